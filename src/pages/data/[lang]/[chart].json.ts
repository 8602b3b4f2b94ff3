// Each chart's data as JSON: the same rows as the CSV beside it, with named fields.
import type { APIRoute } from 'astro';
import { builtCharts, prepare } from '../../../charts/build.ts';
import { getData } from '../../../content/story.ts';
import { chartRows, rowsToJson } from '../../../files/dataset.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';
import { absolute, dataGuidePath, storyPath } from '../../../i18n/routes.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => builtCharts().map((chart) => ({ params: { lang, chart } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const chart = params.chart!;
  const json = rowsToJson(chartRows(getData(), chart, lang), {
    chart,
    title: prepare(chart, lang).title,
    lang,
    story: absolute(site, storyPath(lang)),
    dictionary: absolute(site, dataGuidePath(lang)),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
