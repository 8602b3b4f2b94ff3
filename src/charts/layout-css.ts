// Serves the CSS generated from the layout widths (src/charts/layout.ts) as virtual stylesheets, so
// they are bundled, inlined and hashed for the CSP like any other style and are there at first
// paint: `virtual:chart-layout.css` (every page, src/layouts/Base.astro) and
// `virtual:embed-layout.css` (the embed page's margin, src/pages/[lang]/embed/[chart]/index.astro).
import type { Plugin } from 'vite';
import { embedLayoutCss } from '../embed/snippets.ts';
import { chartLayoutCss } from './layout.ts';

const SHEETS: Record<string, () => string> = {
  'virtual:chart-layout.css': chartLayoutCss,
  'virtual:embed-layout.css': embedLayoutCss,
};

/** The Vite plugin behind the sheets above (astro.config.mjs). */
export function layoutCss(): Plugin {
  return {
    name: 'story-layout-css',
    resolveId: (id) => (id in SHEETS ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') && id.slice(1) in SHEETS ? SHEETS[id.slice(1)]!() : undefined),
  };
}
