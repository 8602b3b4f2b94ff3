// Each chart's data as CSV, per language: the same cells as the chart's data table, plus the
// sources (publisher and source id) of every row. See src/embed/csv.ts.
import type { APIRoute } from 'astro';
import { builtCharts, prepare } from '../../../charts/server.ts';
import { getData } from '../../../content/story.ts';
import { tableToCsv } from '../../../embed/csv.ts';
import { LANGS, t, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => builtCharts().map((chart) => ({ params: { lang, chart } })));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const { table } = prepare(params.chart!, lang);
  const { sources } = getData();
  const csv = tableToCsv(table, t(lang, 'chart.sourceCol'), (id) => sources[id]?.publisher ?? id, t(lang, 'chart.listSep'));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
