// Every chart state as a standalone SVG file, at the wide and narrow reference sizes: the static
// step pictures, the downloads and the embeds' fallbacks.
import type { APIRoute } from 'astro';
import { builtCharts, definition, svgFor } from '../../../../charts/server.ts';
import { LANGS, type Lang } from '../../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) =>
    builtCharts().flatMap((chart) =>
      definition(chart).states.flatMap((state) => [
        { params: { lang, chart, file: `${state}.svg` }, props: { state, layout: 'wide' as const } },
        { params: { lang, chart, file: `${state}-narrow.svg` }, props: { state, layout: 'narrow' as const } },
      ]),
    ),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const svg = svgFor(params.chart!, params.lang as Lang, props.state as string, props.layout as 'wide' | 'narrow', true);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
