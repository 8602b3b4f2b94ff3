// The contract every chart keeps. A chart is a pure function of (data, state, locale, size) that
// returns a Scene: a flat list of keyed SVG marks. The same Scene is serialized to SVG at build time
// (src/charts/svg.ts) and joined onto the live SVG in the browser (src/charts/apply.ts, d3-selection's
// keyed join and d3-transition), where marks with the same key move from their old attributes to their
// new ones, new keys enter and missing keys leave. Nothing is accumulated between states, so skipped
// steps, deep links, interrupted transitions and resizes always end on the right picture: when the
// transition ends, the live SVG is, attribute for attribute, the serialized Scene.

import type { Lang } from '../i18n/langs.ts';

export type MarkTag = 'rect' | 'line' | 'path' | 'text' | 'circle' | 'polygon';

/**
 * A value on one of the Scene's named scales (see Scene.scales), for `enter` and `exit`: "where
 * `value` sits on the OTHER picture's scale `scale`, plus `offset` px". An entering mark is placed
 * with the previous picture's scale, a leaving mark with the next picture's, so a tick whose value
 * is new comes in from where that value sat on the old axis and a tick that goes leaves towards
 * where its value sits on the new axis: the axis visibly rescales. When the other picture has no
 * such scale (the first draw, another layout), the mark's own picture's scale is used.
 */
export interface ScaledValue {
  scale: string;
  value: number;
  offset?: number;
}

export type MotionAttrs = Record<string, string | number | ScaledValue>;

export interface Mark {
  /** Stable identity across states: the same key (and tag) moves, a new key enters, a missing key
   *  leaves. */
  key: string;
  tag: MarkTag;
  /** SVG presentation attributes (numbers are rounded when serialized, and live alike). `style` is
   *  reserved: the live chart uses inline style to move colours between classes. */
  attrs: Record<string, string | number>;
  /** Text content, for `text` marks. */
  text?: string;
  /** CSS class(es); colours come from CSS custom properties so light and dark both work. When the
   *  class changes, the live chart moves the colours (fill, stroke, their opacities, stroke width)
   *  with the shapes, then hands them back to the class. */
  className?: string;
  /**
   * How the mark enters (live, animated draws only): attributes it starts from, each moving to its
   * value in `attrs`. An attribute not in `attrs` (e.g. `opacity: 0`) moves to its neutral value
   * (opacity 1) and is then removed. Default `{ opacity: 0 }`: a fade in place. Examples: a bar grows
   * from the baseline with `{ y: baseline, height: 0 }`; a gridline comes in from the old axis with
   * `{ y1: { scale: 'y', value }, y2: { scale: 'y', value }, opacity: 0 }`.
   */
  enter?: MotionAttrs;
  /** How the mark leaves: attributes it moves towards before it is removed. Default `{ opacity: 0 }`.
   *  A bar shrinks to the baseline with `{ y: baseline, height: 0 }`; a gridline leaves towards the
   *  new axis with `{ y1: { scale: 'y', value }, y2: { scale: 'y', value }, opacity: 0 }`. */
  exit?: MotionAttrs;
}

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
  /** The picture's scales, by name, that marks' `enter` / `exit` refer to (d3 scales fit). Never
   *  serialized: only the live chart reads them, to place marks on the other picture's axes. */
  scales?: Record<string, (value: number) => number>;
}

/** What render() needs besides data and state. */
export interface RenderContext {
  lang: Lang;
  width: number;
  height: number;
  /** Flat interface strings (unit patterns and the chart's own labels), resolved at build time. */
  strings: Record<string, string>;
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
