// Each chart's data, strings and state descriptions for the browser, per language: story pages
// fetch it when a chart nears the viewport instead of carrying it in their HTML.
import type { APIRoute } from 'astro';
import { builtCharts, payloadFor } from '../../../charts/build.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export const getStaticPaths = () => LANGS.flatMap((lang) => builtCharts().map((chart) => ({ params: { lang, chart } })));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(payloadFor(params.chart!, params.lang as Lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
