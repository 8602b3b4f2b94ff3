// What every part of the site needs to know about a chart, in one place per chart
// (`src/charts/<id>/manifest.ts`): its states (the content check), its frame's aspect ratios (the
// build's sizes and the page CSS, generated from here), the events it draws (the data schema), the
// prefix of its strings, and a lazy loader for its browser code. Pure data and one dynamic import,
// so Node (the content check), the build and the browser's first script can all read it without
// pulling chart code or d3 along.
import type { ChartRenderer } from './types.ts';

export interface ChartManifest {
  /** The chart's id: its folder's name, `<Scrolly chart="…">`, URLs and `.chart[data-chart]`. */
  id: string;
  /** The named states, in story order; `<Step state="…">` may use these and no other. */
  states: readonly string[];
  /** The chart frame's width / height by layout: the build renders at these, the CSS reserves them. */
  aspect: { narrow: number; wide: number };
  /** The events track it draws from content/data/events.json, and the kinds of event on it; the data
   *  schema accepts exactly the tracks and kinds the manifests name. */
  events?: { track: string; kinds: readonly string[] };
  /** Locale key prefix of its own strings (title, caption, states.*, labels): `charts.<id>`. */
  strings: string;
  /** The browser half (render.ts), loaded only when the chart is about to be drawn. */
  load: () => Promise<ChartRenderer<any>>;
}
