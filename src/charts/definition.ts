// The build-time half of a chart (its folder's index.ts, default export): how its browser data is
// prepared from content/data, its table and its sources. Its id, states and aspect ratios come from
// its manifest; the browser half is the chart's render.ts.
import type { StoryData } from '../data/load.ts';
import type { Lang } from '../i18n/langs.ts';
import type { ChartManifest } from './manifest.ts';
import { manifestOf } from './manifests.ts';
import type { ChartTable, RenderContext, Scene } from './types.ts';

/** Locale key prefixes a chart's code reads: its own (the manifest's `strings`), the units and
 *  periods the formatters use, and the shared chart labels (table heads, downloads). */
export const stringKeysFor = (id: string): string[] => [manifestOf(id)?.strings ?? `charts.${id}`, 'unit', 'period', 'chart'];

/** The figures an event cites, for events in the order given (a chart's `contents`). */
export const eventFigures = (data: StoryData, ids: readonly string[]): string[] => ids.flatMap((id) => data.events.find((e) => e.id === id)?.figures ?? []);

export interface ChartDefinition<D = unknown> extends Pick<ChartManifest, 'id' | 'states' | 'aspect'> {
  /** Serializable data for render(), built from the validated data files; `strings` as in `table`. */
  buildData(data: StoryData, lang: Lang, strings: Record<string, string>): D;
  /** The data as a table (also the CSV download). */
  table(data: StoryData, lang: Lang, strings: Record<string, string>): ChartTable;
  /** Source ids behind every mark, for the source line. */
  sources(data: StoryData): string[];
  /** The figures and events (ids in content/data) it shows: its data downloads (/data/{lang}/<id>.csv
   *  and .json) list these, and the story's download names the charts each figure appears in. */
  contents(data: StoryData): { figures: string[]; events: string[] };
  render(data: D, state: string, ctx: RenderContext): Scene;
}
