// oEmbed (https://oembed.com/) for each embed page: a "rich" response whose html is the iframe
// embed code. Found through <link rel="alternate" type="application/json+oembed"> on the page.
import type { APIRoute } from 'astro';
import { builtCharts } from '../../../../charts/build.ts';
import { embedInfo } from '../../../../embed/info.ts';
import { oembed } from '../../../../embed/snippets.ts';
import { LANGS, t, type Lang } from '../../../../i18n/index.ts';
import { absolute, storyPath } from '../../../../i18n/routes.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => builtCharts().map((chart) => ({ params: { lang, chart } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const info = embedInfo(site, lang, params.chart!);
  const body = oembed(info, { name: t(lang, 'site.title'), url: absolute(site, storyPath(lang)) });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
