// Every chart an editor can name in <Scrolly chart="…">, with the states its <Step state="…"> may
// use, read from the charts' manifests (manifests.ts). Pure data (no d3), so the content check can
// read it without loading chart code.
import { MANIFEST_FILES, MANIFESTS, type ChartId } from './manifests.ts';

// A chart is its folder: a manifest that names another id, or exports none, stops the content check
// and the build here, with the fix.
for (const [path, manifest] of Object.entries(MANIFEST_FILES)) {
  const folder = path.split('/')[1]!;
  if (!manifest) throw new Error(`src/charts/${folder}/manifest.ts exports no \`manifest\`: export const manifest = { id: '${folder}', … } satisfies ChartManifest (see src/charts/manifest.ts)`);
  if (manifest.id !== folder) throw new Error(`src/charts/${folder}/manifest.ts names its chart "${manifest.id}": a chart's id is its folder's name, so set id: '${folder}'`);
}

export const CHARTS: Readonly<Record<ChartId, readonly string[]>> = Object.fromEntries(MANIFESTS.map((m) => [m.id, m.states]));

export type { ChartId };
export const CHART_IDS: ChartId[] = MANIFESTS.map((m) => m.id);
export const isChartId = (id: string): id is ChartId => Object.hasOwn(CHARTS, id);
export const statesOf = (id: ChartId): readonly string[] => CHARTS[id] ?? [];
