// /og/{lang}/{chart}/{state}.png: each chart state's 1200 × 630 sharing picture (src/embed/share.ts).
import type { APIRoute } from 'astro';
import { builtCharts, definition } from '../../../../charts/build.ts';
import { sharePng, shareInfo } from '../../../../embed/share.ts';
import { LANGS, type Lang } from '../../../../i18n/index.ts';

export const getStaticPaths = () =>
  LANGS.flatMap((lang) => builtCharts().flatMap((chart) => definition(chart).states.map((state) => ({ params: { lang, chart, state } }))));

export const GET: APIRoute = async ({ params }) =>
  new Response(await sharePng(shareInfo(params.lang as Lang, params.chart!, params.state!)), { headers: { 'Content-Type': 'image/png' } });
