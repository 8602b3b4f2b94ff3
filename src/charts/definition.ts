// The build-time half of a chart: how its browser data is prepared from content/data, its table,
// its sources and the strings it needs. The browser half is the chart's render.ts.
import type { StoryData } from '../data/load.ts';
import type { Lang } from '../i18n/langs.ts';
import type { ChartTable, RenderContext, Scene } from './types.ts';

/** Locale key prefixes a chart's code reads: its own `charts.<id>`, the units and periods the
 *  formatters use, and the shared chart labels (table heads, downloads). */
export const stringKeysFor = (id: string): string[] => [`charts.${id}`, 'unit', 'period', 'chart'];

export interface ChartDefinition<D = unknown> {
  id: string;
  states: readonly string[];
  /** Serializable data for render(), built from the validated data files; `strings` as in `table`. */
  buildData(data: StoryData, lang: Lang, strings: Record<string, string>): D;
  /** The data as a table (also the CSV download). */
  table(data: StoryData, lang: Lang, strings: Record<string, string>): ChartTable;
  /** Source ids behind every mark, for the source line. */
  sources(data: StoryData): string[];
  render(data: D, state: string, ctx: RenderContext): Scene;
  /** The chart frame's aspect ratio (width / height) by layout, so CSS reserves the space exactly. */
  aspect: { narrow: number; wide: number };
}
