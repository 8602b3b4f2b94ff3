// The sitemap, with each page's language alternates (xhtml:link), so search engines pair /zh/,
// /en/ and /bilingual/, and each share page (/{lang}/share/{chart}/{state}/) and data guide with its
// other language. Embed pages (and the embed share pages) are noindex and left out.
import type { APIRoute } from 'astro';
import { esc } from '../files/escape.ts';
import { builtCharts, definition } from '../charts/build.ts';
import { HTML_LANG, LANGS, type Lang } from '../i18n/index.ts';
import { absolute, dataGuidePath, galleryPath, sharePath, storyAlternates, storyPath, bilingualPath } from '../i18n/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const story = storyAlternates(site);
  const links = story.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${esc(a.href)}"/>`).join('');
  const galleries = LANGS.map((l) => ({ hreflang: HTML_LANG[l], href: absolute(site, galleryPath(l)) }));
  const galleryLinks = galleries.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${esc(a.href)}"/>`).join('');
  // A page per language, each listing both languages as alternates.
  const pair = (pathOf: (l: Lang) => string) => {
    const alts = LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${esc(absolute(site, pathOf(l)))}"/>`).join('');
    return LANGS.map((l) => `<url><loc>${esc(absolute(site, pathOf(l)))}</loc>${alts}</url>`);
  };
  const shares = builtCharts().flatMap((chart) => definition(chart).states.flatMap((state) => pair((l) => sharePath(l, chart, state))));
  const urls = [
    ...['/', storyPath('zh'), storyPath('en'), bilingualPath()].map((p) => `<url><loc>${esc(absolute(site, p))}</loc>${links}</url>`),
    ...galleries.map((g) => `<url><loc>${esc(g.href)}</loc>${galleryLinks}</url>`),
    ...pair(dataGuidePath),
    ...shares,
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
