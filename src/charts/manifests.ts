// The one list of charts, found rather than written: every folder `src/charts/<id>/` with a
// `manifest.ts` is a chart, and nothing else registers it. The content check (registry.ts), the build
// (build.ts), the browser (runtime.ts), the data schema (event tracks and kinds) and the page CSS
// (aspect ratios, see css.ts) all read this list.
//
// `import.meta.glob` is Vite's, so everything that reads this module runs through Vite: Astro (build,
// dev, check; astro.config.mjs reaches this module through css.ts and the content-check integration,
// so plain Node fails to import the config and Astro loads it with Vite instead, as it does any
// config Node cannot run), the browser bundle, Vitest, and the content check (src/tools/
// check-content.mjs loads it with Vite's module runner). The glob imports the manifests
// only, eagerly (pure data); each chart's render code stays behind its manifest's lazy `load`.
// Playwright specs read the folders themselves (tests/e2e/charts.ts).
import type { ChartManifest } from './manifest.ts';

/** Each chart folder's manifest, by path (`./<id>/manifest.ts`). registry.ts checks each id is its
 *  folder's name, for the content check and the build (not here: the browser need not carry it). */
export const MANIFEST_FILES = import.meta.glob<ChartManifest>('./*/manifest.ts', { eager: true, import: 'manifest' });

/** Every chart's manifest, in order of id, so pages, the sitemap and the downloads list the charts in
 *  a stable order whatever the file system says. */
export const MANIFESTS: readonly ChartManifest[] = Object.values(MANIFEST_FILES)
  .filter((m) => m !== undefined) // a folder whose manifest.ts exports none: registry.ts says so
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A chart's id: its folder's name. A string, because the list is found when the code runs; the
 *  content check (validate.ts) and isChartId (registry.ts) make sure a name is one of them. */
export type ChartId = string;
/** An events track, and the kinds of event on it, as the manifests name them (data schema). */
export type EventTrack = string;
export type EventKind = string;

export const manifestOf = (id: string): ChartManifest | undefined => MANIFESTS.find((m) => m.id === id);
