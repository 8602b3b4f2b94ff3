// Localized routes in one place, so links, hreflang alternates, the sitemap and the tests agree.
import { HTML_LANG, LANGS, type Lang } from './langs.ts';

export const storyPath = (lang: Lang) => `/${lang}/`;
export const bilingualPath = () => '/bilingual/';
export const embedPath = (lang: Lang, chart: string) => `/${lang}/embed/${chart}/`;
export const galleryPath = (lang: Lang) => `/${lang}/charts/`;
/** The chart's data and strings as the browser code reads them (JSON, fetched by story pages). */
export const chartDataPath = (lang: Lang, chart: string) => `/chart-data/${lang}/${chart}.json`;
export const dataPath = (lang: Lang, chart: string) => `/data/${lang}/${chart}.csv`;
export const imagePath = (lang: Lang, chart: string, state: string, ext: 'svg' | 'png') => `/img/${lang}/${chart}/${state}.${ext}`;

/** An alternate of a page in another language, for <link rel="alternate" hreflang>. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** Absolute URL for a site path (canonical links and Open Graph need absolute URLs). */
export const absolute = (site: URL | undefined, path: string) => new URL(path, site ?? 'http://localhost:4321').href;

/**
 * The story's alternates, the same on all three versions: each language, the side-by-side page
 * ("mul", several languages) and the bilingual cover as x-default.
 */
export const storyAlternates = (site: URL | undefined): Alternate[] => [
  ...LANGS.map((l) => ({ hreflang: HTML_LANG[l], href: absolute(site, storyPath(l)) })),
  { hreflang: 'mul', href: absolute(site, bilingualPath()) },
  { hreflang: 'x-default', href: absolute(site, '/') },
];

// Reusable data (src/files/dataset.ts) and share pages (src/embed/share.ts).
export const dataJsonPath = (lang: Lang, chart: string) => `/data/${lang}/${chart}.json`;
/** The whole story's figures, both languages, in one file. */
export const storyDataPath = (ext: 'csv' | 'json') => `/data/story.${ext}`;
/** The data dictionary: what the downloads hold, column by column. */
export const dataGuidePath = (lang: Lang) => `/data/${lang}/`;
/** A chart state's share page: its own preview, then the story at that step. */
export const sharePath = (lang: Lang, chart: string, state: string) => `/${lang}/share/${chart}/${state}/`;
/** The same for the embed: the preview, then the embed page at that state. */
export const shareEmbedPath = (lang: Lang, chart: string, state: string) => `/${lang}/share/${chart}/${state}/embed/`;
/** The share page's 1200 × 630 picture (under /og/, like the story's). */
export const shareImagePath = (lang: Lang, chart: string, state: string) => `/og/${lang}/${chart}/${state}.png`;
