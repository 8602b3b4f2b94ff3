// The contract every chart keeps. A chart is a pure function of (data, state, locale, size) that
// returns a Scene: a flat list of keyed SVG marks. The same Scene is serialized to SVG at build time
// (src/charts/svg.ts) and joined onto the live SVG in the browser (src/charts/apply.ts), where marks
// with the same key move from their old attributes to their new ones. Nothing is accumulated between
// states, so skipped steps, deep links and resizes always end on the right picture.

export type ChartLang = 'zh' | 'en';

export type MarkTag = 'rect' | 'line' | 'path' | 'text' | 'circle' | 'polygon';

export interface Mark {
  /** Stable identity across states: the same key moves, a new key enters, a missing key leaves. */
  key: string;
  tag: MarkTag;
  /** SVG presentation attributes (numbers are rounded when serialized). */
  attrs: Record<string, string | number>;
  /** Text content, for `text` marks. */
  text?: string;
  /** CSS class(es); colours come from CSS custom properties so light and dark both work. */
  className?: string;
}

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** What render() needs besides data and state. */
export interface RenderContext {
  lang: ChartLang;
  width: number;
  height: number;
  /** Flat interface strings (unit patterns and the chart's own labels), resolved at build time. */
  strings: Record<string, string>;
  /** 0–1 within the state, for steps that follow the scroll continuously. */
  progress: number;
}

/** One row of a chart's data table and CSV download. */
export interface TableRow {
  cells: string[];
  /** Source ids of the row. */
  source: string[];
}

export interface ChartTable {
  head: string[];
  rows: TableRow[];
}

/**
 * A chart module's browser half: data arrives as JSON prepared at build time, strings likewise,
 * so the browser never loads i18next or the data files.
 */
export interface ChartRenderer<D> {
  render(data: D, state: string, ctx: RenderContext): Scene;
}
