// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import storyContent from './src/content/integration.ts';
import modulePreload from './src/build/module-preload.ts';
import securityHeaders from './src/security/headers.ts';
import remarkStory from './src/content/remark-story.ts';
import { chartTheme } from './src/charts/css.ts';
import { layoutCss } from './src/charts/layout-css.ts';
import { embedLoader } from './src/embed/loader-build.ts';

// The public address, for canonical URLs, hreflang, the sitemap and oEmbed. Override with SITE_URL.
const site = process.env.SITE_URL ?? 'https://kuaishou-story.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets are inlined (about 4 KB gzip a page): a render-blocking request cost the story
  // ~150 ms of LCP on a slow phone network. security.csp hashes them. The Nu HTML Checker's CSS
  // grammar predates a few features used here; tests/tools/vnu.mjs sets exactly those aside.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: unified({ remarkPlugins: [remarkStory] }) },
  integrations: [storyContent(), mdx(), modulePreload(), securityHeaders()],
  // A strict policy on every page, as a <meta> for any static host (Astro adds the hashes of every
  // inline script and style the build may emit); after the build src/security/headers.ts narrows each
  // page's policy to the hashes of its own inline code and repeats it as a header, with frame-ancestors.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // virtual:chart-theme.css: the charts' palette and aspect ratios, from src/charts/ (Base.astro);
  // virtual:chart-layout.css and virtual:embed-layout.css: CSS generated from src/charts/layout.ts;
  // virtual:embed-loader.js: /embed.js, bundled from src/embed/loader.ts.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [chartTheme(), layoutCss(), embedLoader()] },
});
