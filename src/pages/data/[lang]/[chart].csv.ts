// Each chart's data as CSV, per language: one row per figure (then per event), the value as a plain
// number with its scale and unit, a sortable period, the label in the file's language and the
// sources' title, publisher, date and URL. Columns: src/files/dataset.ts (COLUMNS), /data/{lang}/.
import type { APIRoute } from 'astro';
import { builtCharts } from '../../../charts/build.ts';
import { getData } from '../../../content/story.ts';
import { chartRows, rowsToCsv } from '../../../files/dataset.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => builtCharts().map((chart) => ({ params: { lang, chart } })));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const csv = rowsToCsv(chartRows(getData(), params.chart!, lang), [lang]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
