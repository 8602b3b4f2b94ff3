// Every chart an editor can name in <Scrolly chart="…">, with the states its <Step state="…"> may
// use. Pure data (no d3), so the content check can read it without loading chart code.
import { STATES as gmvTimeline } from './gmv-timeline/states.ts';
import { STATES as partnerships } from './partnerships/states.ts';
import { STATES as streamers } from './streamers/states.ts';

export const CHARTS = {
  'gmv-timeline': gmvTimeline,
  partnerships,
  streamers,
} as const satisfies Record<string, readonly string[]>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];
export const isChartId = (id: string): id is ChartId => Object.hasOwn(CHARTS, id);
export const statesOf = (id: ChartId): readonly string[] => CHARTS[id];
