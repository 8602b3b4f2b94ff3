// Every route of the built site that a reader, an editor or an embedding site can open.
import { CHART_IDS } from './charts.ts';

/** Embed pages of every chart in both languages, and the chart galleries. */
export const EMBED_ROUTES = (['zh', 'en'] as const).flatMap((lang) => CHART_IDS.map((chart) => `/${lang}/embed/${chart}/`));
export const GALLERY_ROUTES = ['/zh/charts/', '/en/charts/'];
/** The data guides (the downloads' dictionary). Share pages move on at once, so they are tested in share.spec.ts. */
export const DATA_ROUTES = ['/data/zh/', '/data/en/'];
export const ROUTES = ['/', '/zh/', '/en/', '/bilingual/', '/404.html', ...GALLERY_ROUTES, ...EMBED_ROUTES, ...DATA_ROUTES];
