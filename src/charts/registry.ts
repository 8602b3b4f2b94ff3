// Every chart an editor can name in <Scrolly chart="…">, with the states its <Step state="…"> may
// use, read from the charts' manifests (manifests.ts). Pure data (no d3), so the content check can
// read it without loading chart code.
import { MANIFESTS, type ChartId } from './manifests.ts';

export const CHARTS: Readonly<Record<ChartId, readonly string[]>> = Object.fromEntries(MANIFESTS.map((m) => [m.id, m.states]));

export type { ChartId };
export const CHART_IDS: ChartId[] = MANIFESTS.map((m) => m.id);
export const isChartId = (id: string): id is ChartId => Object.hasOwn(CHARTS, id);
export const statesOf = (id: ChartId): readonly string[] => CHARTS[id] ?? [];
