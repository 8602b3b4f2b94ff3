// Everything may be crawled; embed pages say noindex themselves. Points to the sitemap.
import type { APIRoute } from 'astro';
import { absolute } from '../i18n/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, '/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
