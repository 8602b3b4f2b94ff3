// The chart CSS that comes from TypeScript facts rather than a stylesheet: the palette
// (palette.ts) and each chart frame's aspect ratios (its manifest). Pages get it as the virtual
// stylesheet `virtual:chart-theme.css` (imported by src/layouts/Base.astro, bundled and inlined
// with the other styles, so it is there at first paint and nothing shifts); the standalone SVG
// files get the palette with the marks (src/charts/build.ts).
import type { Plugin } from 'vite';
import { MANIFESTS } from './manifests.ts';
import { paletteCss } from './palette.ts';

export const CHART_THEME_CSS = 'virtual:chart-theme.css';

/** Each chart frame's aspect ratios, as the custom properties src/styles/scrolly.css reads. */
export function aspectCss(): string {
  return MANIFESTS.map(
    (m) => `.chart[data-chart="${m.id}"] { --chart-ar-narrow: ${m.aspect.narrow}; --chart-ar-wide: ${m.aspect.wide}; }`,
  ).join('\n');
}

/** Everything `virtual:chart-theme.css` holds. */
export const chartThemeCss = (): string => `${paletteCss()}\n\n${aspectCss()}\n`;

/** The Vite plugin serving `virtual:chart-theme.css` (astro.config.mjs). */
export function chartTheme(): Plugin {
  const resolved = `\0${CHART_THEME_CSS}`;
  return {
    name: 'story-chart-theme',
    resolveId: (id) => (id === CHART_THEME_CSS ? resolved : undefined),
    load: (id) => (id === resolved ? chartThemeCss() : undefined),
  };
}
