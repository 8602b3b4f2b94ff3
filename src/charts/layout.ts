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

/**
 * The narrowest a sticky chart's frame is made to keep it within --chart-max-h (a 360 px phone's
 * column; below it the picture is scaled instead). Every chart is tested to read at this width
 * (tests/unit/charts/charts.test.ts).
 */
export const NARROWEST = 320;

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
 *
 * A sticky chart may be no taller than --chart-max-h (src/styles/scrolly.css). Where its proportions
 * at the full width would make it taller, its frame is made narrower, keeping them, and the chart
 * lays out at that width, its text at full size (scaling the full-width picture down set a phone
 * chart's labels at 8 px in a 600 px window). A frame is never narrowed below NARROWEST, nor a wide
 * one below WIDE_FROM (so the layout it draws stays the one its figure's width selects); the script
 * scales what is still too tall (src/scripts/scrolly.ts).
 */
export const chartLayoutCss = (): string => `.chart__frame { aspect-ratio: var(--chart-ar-narrow, ${DEFAULT_ASPECT.narrow}); }
.scrolly[data-live] .chart__frame { width: min(100%, max(${NARROWEST}px, calc(var(--chart-max-h) * var(--chart-ar-narrow, ${DEFAULT_ASPECT.narrow})))); margin-inline: auto; }
@container (min-width: ${WIDE_FROM}px) {
  .chart__frame { aspect-ratio: var(--chart-ar-wide, ${DEFAULT_ASPECT.wide}); }
  .scrolly[data-live] .chart__frame { width: min(100%, max(${WIDE_FROM}px, calc(var(--chart-max-h) * var(--chart-ar-wide, ${DEFAULT_ASPECT.wide})))); }
  .chart__svg--narrow { display: none; }
  .chart__svg--wide { display: block; }
}
.chart__svg--live { display: block; }
`;
