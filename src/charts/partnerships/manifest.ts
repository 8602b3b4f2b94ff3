// The partnerships graphic: everything the site needs to know about it (see ../manifest.ts).
import type { ChartManifest } from '../manifest.ts';
import { STATES } from './states.ts';

export const manifest = {
  id: 'partnerships',
  states: STATES,
  aspect: { narrow: 0.9, wide: 1.6 },
  events: { track: 'partnerships', kinds: ['launch', 'link-out', 'in-app', 'suspend', 'cut', 'restore', 'alliance', 'closed-loop'] },
  strings: 'charts.partnerships',
  load: () => import('./render.ts'),
} as const satisfies ChartManifest;
