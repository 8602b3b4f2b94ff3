// The sitemap, with each page's language alternates (xhtml:link), so search engines pair /zh/,
// /en/ and /bilingual/. Embed pages are noindex and left out.
import type { APIRoute } from 'astro';
import { esc } from '../charts/svg.ts';
import { HTML_LANG, LANGS } from '../i18n/index.ts';
import { absolute, galleryPath, storyAlternates, storyPath, bilingualPath } from '../i18n/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const story = storyAlternates(site);
  const links = story.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${esc(a.href)}"/>`).join('');
  const galleries = LANGS.map((l) => ({ hreflang: HTML_LANG[l], href: absolute(site, galleryPath(l)) }));
  const galleryLinks = galleries.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${esc(a.href)}"/>`).join('');
  const urls = [
    ...['/', storyPath('zh'), storyPath('en'), bilingualPath()].map((p) => `<url><loc>${esc(absolute(site, p))}</loc>${links}</url>`),
    ...galleries.map((g) => `<url><loc>${esc(g.href)}</loc>${galleryLinks}</url>`),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
