// After the build: each page's <meta> Content-Security-Policy narrowed to the inline code the page
// carries (src/security/csp.ts), and a `_headers` file (read by Netlify, Cloudflare Pages and
// tests/serve.mjs) repeating it as an HTTP header, plus what only a header can say: who may frame
// the page. Story pages may be framed by our own origin only; embed pages by anyone.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../build/html-files.ts';
import { LANGS } from '../i18n/langs.ts';
import { policyForPage } from './csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The URL path a built file answers at (directory format: /zh/index.html → /zh/). */
const routeOf = (rel: string) => `/${rel.replace(/index\.html$/, '').replace(/\\/g, '/')}`;

const EMBED_ROUTE = new RegExp(`^/(${LANGS.join('|')})/embed/`);
export const isEmbedRoute = (route: string) => EMBED_ROUTE.test(route);

export function headersFor(route: string, metaPolicy: string): [string, string][] {
  const framing = isEmbedRoute(route) ? 'frame-ancestors *' : "frame-ancestors 'self'";
  const policy = `${metaPolicy.trim().replace(/;?\s*$/, '')}; ${framing}`;
  const headers: [string, string][] = [
    ['Content-Security-Policy', policy],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ];
  if (!isEmbedRoute(route)) headers.push(['X-Frame-Options', 'SAMEORIGIN']);
  return headers;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'story-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const blocks: string[] = ['# Generated at build time by src/security/headers.ts: one block per page.'];
        let pages = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const m = META.exec(html);
          if (!m) throw new Error(`${relative(out, file)} has no Content-Security-Policy <meta>: every page must have one`);
          const policy = policyForPage(m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"'), html);
          writeFileSync(file, html.replace(m[0], () => m[0].replace(m[1]!, () => policy.replace(/'/g, '&#39;'))));
          const route = routeOf(relative(out, file));
          blocks.push([route, ...headersFor(route, policy).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
          pages++;
        }
        blocks.push(['/embed.js', '  Access-Control-Allow-Origin: *', '  X-Content-Type-Options: nosniff'].join('\n'));
        writeFileSync(join(out, '_headers'), `${blocks.join('\n\n')}\n`);
        logger.info(`_headers written for ${pages} pages`);
      },
    },
  };
}
