// Build-time access to every chart: its definition, its prepared data and strings, its scenes as
// SVG. Pages, the static image endpoints and the CSV downloads all go through here.
import { figureText, getData } from '../content/story.ts';
import { fill } from '../i18n/fill.ts';
import { pick, t, type Lang } from '../i18n/index.ts';
import { stringKeysFor, type ChartDefinition } from './definition.ts';
import { MANIFESTS, type ChartId } from './manifests.ts';
import { paletteCss } from './palette.ts';
import type { Layout } from './layout.ts';
import { sceneToSvg } from './svg.ts';
import type { ChartTable, Scene } from './types.ts';
import chartMarksCss from '../styles/chart-marks.css?raw';

/** Each chart folder's build-time definition (its index.ts, default export), by folder name. */
const FOLDERS = import.meta.glob<ChartDefinition<any>>('./*/index.ts', { eager: true, import: 'default' });
const DEFINITIONS = new Map<string, ChartDefinition<any>>(
  MANIFESTS.map((m) => {
    const def = FOLDERS[`./${m.id}/index.ts`];
    if (!def) throw new Error(`Chart "${m.id}" has a manifest but no build-time definition: export it as the default of src/charts/${m.id}/index.ts`);
    if (def.id !== m.id) throw new Error(`src/charts/${m.id}/index.ts defines chart "${def.id}": take id, states and aspect from its manifest`);
    return [m.id, def];
  }),
);
for (const path of Object.keys(FOLDERS)) {
  const id = path.split('/')[1]!;
  if (!DEFINITIONS.has(id)) throw new Error(`src/charts/${id}/ has a definition but no manifest: add src/charts/${id}/manifest.ts (see src/charts/manifest.ts)`);
}

/** Every chart, in the manifests' order. */
export const builtCharts = (): ChartId[] => MANIFESTS.map((m) => m.id);

export function definition(id: string): ChartDefinition<unknown> {
  const def = DEFINITIONS.get(id);
  if (!def) throw new Error(`Unknown chart "${id}": charts are ${builtCharts().join(', ')}`);
  return def;
}

/** Size the build renders at: the layout's reference width and its aspect ratio. */
export const BUILD_SIZES: Readonly<Record<Layout, number>> = { narrow: 360, wide: 640 };
export type { Layout };

/**
 * A chart in one language, with every string it shows resolved here, once, at build time: the
 * strings its code reads (see stringKeysFor), its title and caption, and each state's description.
 * Pages, embeds, pictures, downloads and the browser's payload all take their text from here.
 */
export interface PreparedChart {
  id: ChartId;
  lang: Lang;
  data: unknown;
  strings: Record<string, string>;
  title: string;
  caption: string;
  /** State id → what a screen-reader user is told the picture shows, in story order. */
  descriptions: Record<string, string>;
  table: ChartTable;
  sources: string[];
}

const prepared = new Map<string, PreparedChart>();

export function prepare(id: string, lang: Lang): PreparedChart {
  const key = `${id}:${lang}`;
  const hit = prepared.get(key);
  if (hit) return hit;
  const def = definition(id);
  const prefix = MANIFESTS.find((m) => m.id === def.id)!.strings;
  const strings = pick(lang, stringKeysFor(def.id));
  const data = getData();
  const p: PreparedChart = {
    id: def.id as ChartId,
    lang,
    data: def.buildData(data, lang, strings),
    strings,
    title: t(lang, `${prefix}.title`),
    caption: t(lang, `${prefix}.caption`),
    descriptions: Object.fromEntries(def.states.map((s) => [s, describe(prefix, lang, s)])),
    table: def.table(data, lang, strings),
    sources: def.sources(data),
  };
  prepared.set(key, p);
  return p;
}

/**
 * The description of a state. Its numbers are placeholders named by figure id ("{{ks-gmv-2019}}"),
 * filled from content/data/figures.json.
 */
function describe(prefix: string, lang: Lang, state: string): string {
  const key = `${prefix}.states.${state}`;
  const raw = t(lang, key, { interpolation: { skipOnVariables: true }, skipInterpolation: true });
  return fill(raw, (fid) => {
    if (!getData().figures[fid]) throw new Error(`[i18n] ${key} (${lang}) names unknown figure "${fid}"`);
    return figureText(fid, lang);
  });
}

export function sizeFor(id: string, layout: Layout): { width: number; height: number } {
  const def = definition(id);
  const width = BUILD_SIZES[layout];
  return { width, height: Math.round(width / def.aspect[layout]) };
}

export function scene(id: string, lang: Lang, state: string, layout: Layout): Scene {
  const def = definition(id);
  const p = prepare(id, lang);
  return def.render(p.data, state, { lang, ...sizeFor(id, layout), strings: p.strings });
}

/** The description of a state: what a screen-reader user is told the picture shows. */
export function stateDescription(id: string, lang: Lang, state: string): string {
  const text = prepare(id, lang).descriptions[state];
  if (text === undefined) throw new Error(`Chart "${id}" has no state "${state}": states are ${definition(id).states.join(', ')}`);
  return text;
}

/** What the browser's chart code needs: prepared data, the strings it uses, each state's description. */
export function payloadFor(id: string, lang: Lang): { data: unknown; strings: Record<string, string>; descriptions: Record<string, string> } {
  const p = prepare(id, lang);
  return { data: p.data, strings: p.strings, descriptions: p.descriptions };
}

export function svgFor(id: string, lang: Lang, state: string, layout: Layout, standalone = false): string {
  return sceneToSvg(scene(id, lang, state, layout), {
    label: stateDescription(id, lang, state),
    className: `chart__svg chart__svg--${layout}`,
    standalone,
    style: standalone ? STANDALONE_CSS : undefined,
  });
}

/** Chart CSS for SVG files opened on their own (downloads, <img>, <noscript>): the palette, light
 *  and dark, and the marks. Comments out, whitespace collapsed. */
export const STANDALONE_CSS = minifyCss(`${paletteCss()}\n\n${chartMarksCss}`);

/** The marks alone, minified the same way (for the PNG pictures, which take the palette's light values). */
export const MARKS_CSS = minifyCss(chartMarksCss);

function minifyCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
}
