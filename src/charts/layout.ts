// The widths at which charts change how they lay out, defined once. Renderers, the fallback picture,
// the step pictures' <source media>, the embed height estimate and the CSS all read these; the CSS
// rules that depend on them are generated here (container queries cannot read custom properties)
// and reach the pages as `virtual:chart-layout.css` (src/charts/layout-css.ts). No imports, so
// browser code can use it.

/**
 * The layout breakpoint: a chart frame at least this wide (CSS px) draws its wide layout (the build's
 * 640 px picture), a narrower one its narrow layout (the 360 px picture).
 */
export const WIDE_FROM = 560;

/**
 * Below this width (a phone's) space is tight: inside the narrow layout a chart sets its text in
 * compact sizes, and the embed page keeps a narrower margin around the chart.
 */
export const COMPACT_BELOW = 480;

export type Layout = 'narrow' | 'wide';

/** The frame's aspect ratio (width / height) by layout when a chart's own is not known (the
 *  first chart's): CSS falls back to it, and so does the embed loader for a snippet without one. */
export const DEFAULT_ASPECT: Readonly<Record<Layout, number>> = { narrow: 1, wide: 1.45 };

/** The layout a chart frame of this width draws. */
export const layoutAt = (width: number): Layout => (width < WIDE_FROM ? 'narrow' : 'wide');

/** True when a frame (or the embed page) of this width is phone-sized. */
export const isCompact = (width: number): boolean => width < COMPACT_BELOW;

/**
 * The media condition under which a step's static picture is the narrow one. It tests the viewport,
 * which is never narrower than the picture's column, so phones always get the narrow picture.
 */
export const NARROW_MEDIA = `(max-width: ${WIDE_FROM - 1}px)`;

/**
 * The chart frame's layout switch, as CSS: the narrow aspect ratio, then the wide one and the wide
 * picture from WIDE_FROM up (src/styles/scrolly.css hides the wide picture by default). The live
 * chart's SVG shows in either layout.
 */
export const chartLayoutCss = (): string => `.chart__frame { aspect-ratio: var(--chart-ar-narrow, ${DEFAULT_ASPECT.narrow}); }
@container (min-width: ${WIDE_FROM}px) {
  .chart__frame { aspect-ratio: var(--chart-ar-wide, ${DEFAULT_ASPECT.wide}); }
  .chart__svg--narrow { display: none; }
  .chart__svg--wide { display: block; }
}
.chart__svg--live { display: block; }
`;
