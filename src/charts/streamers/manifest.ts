// The streamers graphic: everything the site needs to know about it (see ../manifest.ts).
import type { ChartManifest } from '../manifest.ts';
import { STATES } from './states.ts';

export const manifest = {
  id: 'streamers',
  states: STATES,
  aspect: { narrow: 0.92, wide: 1.6 },
  events: { track: 'streamers', kinds: ['record', 'feud', 'scandal', 'penalty', 'ban', 'comeback', 'structure', 'share'] },
  strings: 'charts.streamers',
  load: () => import('./render.ts'),
} as const satisfies ChartManifest;
