#!/usr/bin/env node
// Checks every link and resource reference in the built site: each same-site URL must resolve to a
// built file, and each #fragment to an id in the target page. External links are listed, not
// fetched (the story's sources live on other sites; no network in CI).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const pages = new Map(); // path → { ids:Set, refs:[{attr,url}] }

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const routeOf = (file) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
for (const file of walk(dist)) {
  if (!file.endsWith('.html')) continue;
  const html = readFileSync(file, 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const refs = [...html.matchAll(/\s(href|src|srcset|action)="([^"]+)"/g)].map((m) => ({ attr: m[1], url: m[2].replace(/&amp;/g, '&') }));
  pages.set(routeOf(file), { ids, refs });
}

function resolveFile(path) {
  const clean = decodeURIComponent(path.split('?')[0]);
  const f = join(dist, clean);
  if (existsSync(f) && statSync(f).isFile()) return { file: f, route: clean };
  if (existsSync(join(f, 'index.html'))) return { file: join(f, 'index.html'), route: clean.endsWith('/') ? clean : `${clean}/` };
  return null;
}

const problems = [];
let checked = 0;
let external = 0;
for (const [route, { ids, refs }] of pages) {
  for (const { attr, url } of refs) {
    const urls = attr === 'srcset' ? url.split(',').map((s) => s.trim().split(/\s+/)[0]) : [url];
    for (const u of urls) {
      if (/^(https?:)?\/\//.test(u)) {
        if (!/^https?:\/\/kuaishou-story\.example\//.test(u)) external++;
        continue;
      }
      if (/^(mailto:|data:|javascript:)/.test(u)) continue;
      checked++;
      const [pathPart, frag] = u.split('#');
      if (!pathPart) {
        if (frag && !ids.has(decodeURIComponent(frag))) problems.push(`${route}: #${frag} has no target on the page`);
        continue;
      }
      const abs = pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://x${route}`).pathname;
      const target = resolveFile(abs);
      if (!target) {
        problems.push(`${route}: ${attr}="${u}" leads nowhere`);
        continue;
      }
      if (frag) {
        const page = pages.get(target.route);
        if (!page) problems.push(`${route}: ${u}: #${frag} points into a non-HTML file`);
        else if (!page.ids.has(decodeURIComponent(frag))) problems.push(`${route}: ${u}: no element with id "${frag}" on ${target.route}`);
      }
    }
  }
}
for (const p of problems) console.error(p);
console.log(`links: ${checked} internal links and references checked across ${pages.size} pages, ${problems.length} broken; ${external} external links not fetched`);
process.exit(problems.length ? 1 : 0);
