// Localized routes in one place, so links, hreflang alternates, the sitemap and the tests agree.
import type { Lang } from './index.ts';

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
  { hreflang: 'zh-Hans', href: absolute(site, storyPath('zh')) },
  { hreflang: 'en', href: absolute(site, storyPath('en')) },
  { hreflang: 'mul', href: absolute(site, bilingualPath()) },
  { hreflang: 'x-default', href: absolute(site, '/') },
];
