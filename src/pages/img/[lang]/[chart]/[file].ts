// Every chart state as a standalone SVG file, at the wide and narrow reference sizes: the static
// step pictures, the downloads and the embeds' fallbacks. And each state as a PNG (src/files/png.ts):
// the picture with its title and sources, for sharing and for the embed code's <noscript>.
import type { APIRoute } from 'astro';
import { builtCharts, definition, svgFor } from '../../../../charts/build.ts';
import { pngFor } from '../../../../files/png.ts';
import { LANGS, type Lang } from '../../../../i18n/index.ts';
import { absolute, storyPath } from '../../../../i18n/routes.ts';

type Format = 'svg' | 'png';

export function getStaticPaths() {
  return LANGS.flatMap((lang) =>
    builtCharts().flatMap((chart) =>
      definition(chart).states.flatMap((state) => [
        { params: { lang, chart, file: `${state}.svg` }, props: { state, layout: 'wide' as const, format: 'svg' as Format } },
        { params: { lang, chart, file: `${state}-narrow.svg` }, props: { state, layout: 'narrow' as const, format: 'svg' as Format } },
        { params: { lang, chart, file: `${state}.png` }, props: { state, layout: 'wide' as const, format: 'png' as Format } },
      ]),
    ),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const lang = params.lang as Lang;
  if (props.format === 'png') {
    const label = absolute(site, storyPath(lang)).replace(/^https?:\/\//, '');
    const png = await pngFor(params.chart!, lang, props.state as string, label);
    return new Response(png, { headers: { 'Content-Type': 'image/png' } });
  }
  const svg = svgFor(params.chart!, lang, props.state as string, props.layout as 'wide' | 'narrow', true);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
