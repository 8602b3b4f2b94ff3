#!/usr/bin/env node
// The byte budgets (tests/bench/lib/report.mjs BUDGETS), checked on the built files alone: the same
// answer every run, no browser, no timing. `node tests/tools/sizes.mjs [dist]` prints each figure
// beside its budget and exits 1 if any is over (`--level N`: another gzip level than 9).
//
// What a page loads is derived from the built HTML and the module graph, the set the benchmark
// (tests/bench/lib/bytes.mjs) sees a browser request:
// - a page's scripts (<script src>, code in inline <script>) and, through their static imports
//   (`import … from "./x.js"`, `import "./x.js"`), every chunk they pull in;
// - lazy chunks (`import("./x.js")`) are of two kinds. A chart's renderer, keyed by its chart id in
//   a loader map (`<id>: () => import("./render.x.js")`), loads as soon as the chart code that holds
//   the map runs, and only for a chart the page shows (`data-chart="<id>"`). Any other lazy chunk
//   loads on something the reader does: a scrolly block coming near, a first step on an embed.
// Figures: a story page's JS "before the first graphic" is the first set alone; "whole story" adds
// every lazy chunk (all its graphics). An embed page's JS is what it loads with no reader action:
// the first set and its chart's renderer where that set holds the loader map; what its first step
// would add is printed beside it, for information.
// Each file is counted once per page, gzip-compressed at level 9 (node:zlib). The benchmark gzips at
// zlib's default level 6, like a static host: it counts the same files, and with `--level 6` this
// check prints its figures byte for byte (checked on 2026-12-01: every route, e.g. /zh/ 4359 B
// before the first graphic, 38,295 B whole; embed pages 28,199-29,304 B). Level 9 comes out 0-0.5 %
// smaller (/zh/ whole 38,259 B).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../bench/lib/report.mjs';
import { routes } from '../bench/lib/routes.mjs';
import { chartIds, kb } from '../bench/lib/util.mjs';

const root = process.cwd();
const args = process.argv.slice(2);
// --level 6: zlib's default, the benchmark's level, to compare figures with its report.
const at = args.indexOf('--level');
const level = at >= 0 ? Number(args.splice(at, 2)[1]) : 9;
const dist = args[0] ?? 'dist';
const gz = (buf) => gzipSync(buf, { level }).length;

/** A built file's bytes by its URL path ("/_astro/x.js"); a missing file stops the check. */
function file(url) {
  const p = join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
  if (!existsSync(p)) throw new Error(`${url} is referenced but not in ${dist}/`);
  return readFileSync(p);
}

const IMPORT_STATIC = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const IMPORT_DYNAMIC = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** A chunk's imports as URL paths: static ones, and lazy ones with the chart id they load for (if any). */
function importsOf(url, charts) {
  const code = readFileSync(join(dist, url)).toString('utf8');
  const resolve = (spec) => new URL(spec, `http://x${url}`).pathname;
  const statics = [...code.matchAll(IMPORT_STATIC)].map((m) => resolve(m[1]));
  const lazy = [];
  let from = 0;
  for (const m of code.matchAll(IMPORT_DYNAMIC)) {
    // The key of a loader map entry sits between the previous lazy import and this one; the last
    // chart id named there is the chart this import loads.
    const before = code.slice(from, m.index);
    let chart = null;
    let at = -1;
    for (const id of charts) {
      const i = before.lastIndexOf(id);
      if (i > at && !/[\w-]/.test(before[i + id.length] ?? '') && !/[\w-]/.test(before[i - 1] ?? '')) [at, chart] = [i, id];
    }
    lazy.push({ url: resolve(m[1]), chart });
    from = m.index + m[0].length;
  }
  return { statics, lazy };
}

/**
 * Every chunk reachable from `entries` by static imports, and by lazy ones: `lazy` 'none', 'charts'
 * (renderers of the charts in `shown`) or 'all' (those and every lazy chunk not keyed by a chart).
 */
function closure(entries, charts, lazy, shown) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    if (!url.endsWith('.js')) continue;
    const imports = importsOf(url, charts);
    queue.push(...imports.statics);
    for (const l of imports.lazy) {
      if (l.chart !== null ? lazy !== 'none' && shown.has(l.chart) : lazy === 'all') queue.push(l.url);
    }
  }
  return seen;
}

/** A page's figures: its HTML, and its JavaScript before the first graphic and in all. */
function measurePage(path, charts) {
  const html = file(`${path}index.html`);
  const text = html.toString('utf8');
  const entries = [];
  const inline = [];
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON data
    if (src) entries.push(new URL(src.replace(/&amp;/g, '&'), `http://x${path}`).pathname);
    else if (m[2].trim()) inline.push(m[2]);
  }
  const shown = new Set([...text.matchAll(/\bdata-chart="([a-z0-9-]+)"/g)].map((m) => m[1]));
  const inlineJs = inline.length ? gz(Buffer.from(inline.join('\n'))) : 0;
  const sum = (urls) => [...urls].reduce((a, u) => a + gz(file(u)), 0) + inlineJs;
  const sets = { initial: closure(entries, charts, 'none', shown), atLoad: closure(entries, charts, 'charts', shown), whole: closure(entries, charts, 'all', shown) };
  return { html: gz(html), initial: sum(sets.initial), atLoad: sum(sets.atLoad), whole: sum(sets.whole), sets };
}

const list = routes(root, dist);
const charts = [...new Set([...chartIds(root), ...list.filter((r) => r.kind === 'embed').map((r) => r.path.split('/')[3])])];
const rows = [];
const row = (figure, value, budget) => rows.push({ figure, value, budget, ok: value <= budget });
let missing = 0;
const info = [];
for (const r of list) {
  if (!r.exists) {
    console.error(`missing: ${r.path} was not built`);
    missing++;
    continue;
  }
  if (r.kind === 'script') {
    row(r.path, gz(file(r.path)), BUDGETS.embedScript);
    continue;
  }
  const m = measurePage(r.path, charts);
  if (r.kind === 'story') {
    row(`${r.path} HTML`, m.html, BUDGETS.storyHtml);
    row(`${r.path} JS before the first graphic`, m.initial, BUDGETS.storyJsInitial);
    row(`${r.path} JS, whole story`, m.whole, BUDGETS.storyJsWhole);
  } else {
    row(`${r.path} JS`, m.atLoad, BUDGETS.embedJs);
    info.push(`${r.path} JS once the reader steps: ${kb(m.whole)} (${m.whole} B)`);
  }
  // SIZES_FILES=1: each file and when it loads (the first set, at load, on the reader's action).
  if (process.env.SIZES_FILES) {
    for (const f of m.sets.whole) console.log(`  ${r.path} ${m.sets.initial.has(f) ? 'first  ' : m.sets.atLoad.has(f) ? 'at load' : 'later  '} ${f} ${gz(file(f))} B`);
  }
}

const w = Math.max(...rows.map((x) => x.figure.length));
for (const x of rows) console.log(`${x.figure.padEnd(w)}  ${kb(x.value).padStart(8)} (${String(x.value).padStart(6)} B)  budget ${kb(x.budget).padStart(8)}  ${x.ok ? 'ok' : 'OVER'}`);
for (const line of info) console.log(`  (${line})`);
const over = rows.filter((x) => !x.ok);
console.log(`\nsizes (gzip -${level}, 1 KB = 1024 B): ${rows.length - over.length} of ${rows.length} within budget${over.length ? `; over: ${over.map((x) => x.figure).join(', ')}` : ''}${missing ? `; ${missing} route(s) not built` : ''}`);
process.exit(over.length || missing ? 1 : 0);
