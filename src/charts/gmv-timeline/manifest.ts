// The GMV timeline: everything the site needs to know about it (see ../manifest.ts).
import type { ChartManifest } from '../manifest.ts';
import { STATES } from './states.ts';

export const manifest = {
  id: 'gmv-timeline',
  states: STATES,
  aspect: { narrow: 1, wide: 1.45 },
  strings: 'charts.gmv-timeline',
  load: () => import('./render.ts'),
} as const satisfies ChartManifest;
