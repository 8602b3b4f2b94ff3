// Every chart, for the browser tests: the folders src/charts/<id>/ that hold a manifest.ts, found the
// way src/charts/manifests.ts finds them (its import.meta.glob is Vite's; Playwright loads specs
// without Vite), each manifest imported for its states, in the same order (by id).
// tests/unit/charts/manifest.test.ts checks that this list and the site's are the same.
import { existsSync, readdirSync } from 'node:fs';
import type { ChartManifest } from '../../src/charts/manifest.ts';

const DIR = new URL('../../src/charts/', import.meta.url);

const folders = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/manifest.ts`, DIR)))
  .map((d) => d.name)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const MANIFESTS: ChartManifest[] = await Promise.all(
  folders.map(async (id) => ((await import(new URL(`${id}/manifest.ts`, DIR).href)) as { manifest: ChartManifest }).manifest),
);

export const CHART_IDS: string[] = MANIFESTS.map((m) => m.id);
const STATES = new Map(MANIFESTS.map((m) => [m.id, m.states]));
export const statesOf = (id: string): readonly string[] => STATES.get(id) ?? [];
