// Build-time access to the story and its data for pages and components. Everything here runs in
// Node while the site is built; none of it reaches the browser.
import { loadData, type StoryData } from '../data/load.ts';
import type { Figure } from '../data/schema.ts';
import { formatFigure, type UnitStrings } from '../i18n/format.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { citationOrder, readStory, type Chapter, type Story } from './model.ts';

/** Builds run from the project root (npm scripts), so content/ is found from the working directory. */
export const ROOT = process.cwd();

let story: Story | undefined;
export const getStory = (): Story => (story ??= readStory(ROOT));
export const getData = (): StoryData => loadData(ROOT);
export const chaptersOf = (lang: Lang): Chapter[] => getStory().chapters[lang];

const unitCache = new Map<Lang, UnitStrings>();
/** The unit and period patterns of a language, as the formatters take them. */
export const unitStrings = (lang: Lang): UnitStrings => {
  let s = unitCache.get(lang);
  if (!s) unitCache.set(lang, (s = pick(lang, ['unit', 'period'])));
  return s;
};

export function getFigure(id: string): Figure {
  const fig = getData().figures[id];
  if (!fig) throw new Error(`Unknown figure "${id}": add it to content/data/figures.json`);
  return fig;
}

/** A figure as prose shows it: "1,096亿元" / "RMB 109.6bn". */
export const figureText = (id: string, lang: Lang): string => formatFigure(getFigure(id), lang, unitStrings(lang));

const orderCache = new Map<Lang, string[]>();
/** Source ids in note order for a language (first citation first); note n is index n-1. */
export function noteOrder(lang: Lang): string[] {
  let o = orderCache.get(lang);
  if (!o) orderCache.set(lang, (o = citationOrder(chaptersOf(lang))));
  return o;
}
