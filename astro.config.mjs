// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import storyContent from './src/content/integration.ts';
import remarkStory from './src/content/remark-story.ts';

// The public address, for canonical URLs, hreflang, the sitemap and oEmbed. Override with SITE_URL.
const site = process.env.SITE_URL ?? 'https://kuaishou-story.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: unified({ remarkPlugins: [remarkStory] }) },
  integrations: [storyContent(), mdx()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
