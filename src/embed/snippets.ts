// The code other sites paste to embed a chart, built in one place for the gallery (at build time and
// again in the browser, where the site's real origin is known), the oEmbed endpoints and the tests.
// Two ways to embed:
//   - the loader: <div data-story-chart> + <script src="…/embed.js" async> (src/embed/loader.ts), which
//     makes a lazy, titled iframe that sizes itself and trusts only our origin;
//   - a bare <iframe> plus the common "datawrapper-height" listener that many publishing systems
//     already run (included, hardened: our origin only, sane numbers only).
// Pure string work, no DOM and no Astro, so the browser can import it too.
import { COMPACT_BELOW, isCompact, layoutAt } from '../charts/layout.ts';
import { esc } from '../files/escape.ts';
import type { Lang } from '../i18n/langs.ts';

export interface EmbedInfo {
  /** Our site's origin, e.g. "https://kuaishou-story.example" (no trailing slash). */
  origin: string;
  lang: Lang;
  chart: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** The chart frame's aspect ratios (definition.aspect), for the height reserved before load. */
  aspect: { narrow: number; wide: number };
  /** A state to open at; the chart's first state when absent. */
  state?: string;
  /** The static picture for <noscript>: a site path, its alt text and its pixel size. */
  image: { path: string; alt: string; width: number; height: number };
  /** Absolute URL of the story (the <noscript> picture links there). */
  storyUrl: string;
}

/** The embed page's margin around the chart, px: narrower on a phone (src/charts/layout.ts). */
export const EMBED_MARGIN = { compact: 8, normal: 12 } as const;

/** The embed page's margin as CSS (virtual:embed-layout.css; src/styles/embed.css has the rest). */
export const embedLayoutCss = (): string => `body.embed { padding: ${EMBED_MARGIN.normal}px; }
@media (max-width: ${COMPACT_BELOW - 1}px) {
  body.embed { padding: ${EMBED_MARGIN.compact}px; }
}
`;

/**
 * The embed page's height at a given iframe width, estimated before it loads, so the host reserves
 * the space and nothing jumps when the page reports its real height: the chart frame (width /
 * aspect ratio, in the layout the frame's width draws) plus the text around it, which wraps into
 * more lines when the frame is narrow. The loader (/embed.js, src/embed/loader.ts) runs this too.
 */
export function reservedHeight(width: number, aspect: { narrow: number; wide: number }): number {
  const inner = Math.max(200, width - 2 * (isCompact(width) ? EMBED_MARGIN.compact : EMBED_MARGIN.normal));
  const frame = inner / aspect[layoutAt(inner)];
  return Math.round(frame + 195 + 100000 / inner);
}

export const embedUrl = (info: Pick<EmbedInfo, 'origin' | 'lang' | 'chart' | 'state'>) =>
  `${info.origin}/${info.lang}/embed/${info.chart}/${info.state ? `?state=${encodeURIComponent(info.state)}` : ''}`;

/** The listener for the bare iframe: the common one, restricted to our origin and sane heights. */
export const listenerCode = (origin: string) =>
  `<script>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(e.origin!==${JSON.stringify(origin)}||!d||typeof d!=="object")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow!==e.source)return;for(var k in d){var h=d[k];if(typeof h==="number"&&h>=50&&h<=8000)f.style.height=Math.ceil(h)+"px"}})});</script>`;

/** A bare, responsive iframe plus the height listener. */
export function iframeCode(info: EmbedInfo): string {
  const height = reservedHeight(640, info.aspect);
  return [
    `<iframe src="${esc(embedUrl(info))}" title="${esc(info.title)}" width="100%" height="${height}" loading="lazy" scrolling="no" frameborder="0"></iframe>`,
    listenerCode(info.origin),
  ].join('\n');
}

/** The loader snippet: a placeholder that embed.js turns into a self-sizing iframe. */
export function scriptCode(info: EmbedInfo): string {
  const attrs = [
    `data-story-chart="${esc(info.chart)}"`,
    `data-lang="${info.lang}"`,
    info.state ? `data-state="${esc(info.state)}"` : '',
    `data-title="${esc(info.title)}"`,
    `data-aspect="${info.aspect.narrow} ${info.aspect.wide}"`,
  ].filter(Boolean);
  const img = `<img src="${esc(info.origin + info.image.path)}" alt="${esc(info.image.alt)}" width="100%">`;
  return [
    `<div ${attrs.join(' ')}><noscript><a href="${esc(info.storyUrl)}">${img}</a></noscript></div>`,
    `<script src="${esc(info.origin)}/embed.js" async></script>`,
  ].join('\n');
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed response (https://oembed.com/, type "rich") for one chart in one language. */
export function oembed(info: EmbedInfo, provider: { name: string; url: string }): OEmbed {
  const width = 640;
  return {
    version: '1.0',
    type: 'rich',
    title: info.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: iframeCode(info),
    width,
    height: reservedHeight(width, info.aspect),
    thumbnail_url: info.origin + info.image.path,
    thumbnail_width: info.image.width,
    thumbnail_height: info.image.height,
    cache_age: 86400,
  };
}
