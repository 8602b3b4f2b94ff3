// Build-time access to every chart: its definition, its prepared data and strings, its scenes as
// SVG. Pages, the static image endpoints and the CSV downloads all go through here.
import { figureText, getData } from '../content/story.ts';
import { fill } from '../i18n/fill.ts';
import { pick, t, type Lang } from '../i18n/index.ts';
import { stringKeysFor, type ChartDefinition } from './definition.ts';
import { gmvTimeline } from './gmv-timeline/index.ts';
import { partnerships } from './partnerships/index.ts';
import { isChartId, type ChartId } from './registry.ts';
import { streamers } from './streamers/index.ts';
import type { Layout } from './layout.ts';
import { sceneToSvg } from './svg.ts';
import type { ChartTable, Scene } from './types.ts';
import chartMarksCss from '../styles/chart-marks.css?raw';

const DEFINITIONS: Partial<Record<ChartId, ChartDefinition<any>>> = {
  'gmv-timeline': gmvTimeline,
  partnerships,
  streamers,
};

/** Charts that have a built graphic (the registry may name charts still in the works). */
export const builtCharts = (): ChartId[] => (Object.keys(DEFINITIONS) as ChartId[]);

export function definition(id: string): ChartDefinition<unknown> {
  const def = isChartId(id) ? DEFINITIONS[id] : undefined;
  if (!def) throw new Error(`Unknown chart "${id}": charts are ${builtCharts().join(', ')}`);
  return def;
}

/** Size the build renders at: the layout's reference width and its aspect ratio. */
export const BUILD_SIZES: Readonly<Record<Layout, number>> = { narrow: 360, wide: 640 };
export type { Layout };

export interface PreparedChart {
  id: ChartId;
  lang: Lang;
  data: unknown;
  strings: Record<string, string>;
  table: ChartTable;
  sources: string[];
}

const prepared = new Map<string, PreparedChart>();

export function prepare(id: string, lang: Lang): PreparedChart {
  const key = `${id}:${lang}`;
  const hit = prepared.get(key);
  if (hit) return hit;
  const def = definition(id);
  const strings = pick(lang, stringKeysFor(def.id));
  const data = getData();
  const p: PreparedChart = {
    id: def.id as ChartId,
    lang,
    data: def.buildData(data, lang, strings),
    strings,
    table: def.table(data, lang, strings),
    sources: def.sources(data),
  };
  prepared.set(key, p);
  return p;
}

export function sizeFor(id: string, layout: Layout): { width: number; height: number } {
  const def = definition(id);
  const width = BUILD_SIZES[layout];
  return { width, height: Math.round(width / def.aspect[layout]) };
}

export function scene(id: string, lang: Lang, state: string, layout: Layout): Scene {
  const def = definition(id);
  const p = prepare(id, lang);
  return def.render(p.data, state, { lang, ...sizeFor(id, layout), strings: p.strings, progress: 1 });
}

/**
 * The description of a state: what a screen-reader user is told the picture shows. Its numbers are
 * placeholders named by figure id ("{{ks-gmv-2019}}"), filled from content/data/figures.json.
 */
export function stateDescription(id: string, lang: Lang, state: string): string {
  const key = `charts.${id}.states.${state}`;
  const raw = t(lang, key, { interpolation: { skipOnVariables: true }, skipInterpolation: true });
  return fill(raw, (fid) => {
    if (!getData().figures[fid]) throw new Error(`[i18n] ${key} (${lang}) names unknown figure "${fid}"`);
    return figureText(fid, lang);
  });
}

/** What the browser's chart code needs: prepared data, the strings it uses, each state's description. */
export function payloadFor(id: string, lang: Lang): { data: unknown; strings: Record<string, string>; descriptions: Record<string, string> } {
  const p = prepare(id, lang);
  const descriptions = Object.fromEntries(definition(id).states.map((s) => [s, stateDescription(id, lang, s)]));
  return { data: p.data, strings: p.strings, descriptions };
}

export function svgFor(id: string, lang: Lang, state: string, layout: Layout, standalone = false): string {
  return sceneToSvg(scene(id, lang, state, layout), {
    label: stateDescription(id, lang, state),
    className: `chart__svg chart__svg--${layout}`,
    standalone,
    style: standalone ? STANDALONE_CSS : undefined,
  });
}

/** Chart CSS for SVG files opened on their own (downloads, <img>, <noscript>): light and dark. */
export const STANDALONE_CSS = chartMarksCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
