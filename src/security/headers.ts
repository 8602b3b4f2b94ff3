// After the build: a `_headers` file (read by Netlify, Cloudflare Pages and tests/serve.mjs) with
// each page's Content-Security-Policy as an HTTP header, taken from the page's own <meta> policy
// (which Astro fills with the hashes of its inline styles) plus what only a header can say: who may
// frame the page. Story pages may be framed by our own origin only; embed pages by anyone.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n/langs.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

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
          const route = routeOf(relative(out, file));
          blocks.push([route, ...headersFor(route, m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"')).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
          pages++;
        }
        blocks.push(['/embed.js', '  Access-Control-Allow-Origin: *', '  X-Content-Type-Options: nosniff'].join('\n'));
        writeFileSync(join(out, '_headers'), `${blocks.join('\n\n')}\n`);
        logger.info(`_headers written for ${pages} pages`);
      },
    },
  };
}
