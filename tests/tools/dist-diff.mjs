#!/usr/bin/env node
// Compares two builds of the site, for a refactor that must not change what readers get:
//   node tests/tools/dist-diff.mjs [--loose] <before-dist> <after-dist>
// Lists routes only in one build, then every file whose content differs. Bundler chunk names and
// hashes (/_astro/name.HASH.js) are normalized away first, since moving code between modules renames
// chunks without changing behaviour; the chunks' own code is compared separately, by total size.
// Exit code 0 when the builds are identical after normalization, 1 otherwise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!before || !after) {
  console.error('usage: node tests/tools/dist-diff.mjs [--loose] <before-dist> <after-dist>');
  process.exit(2);
}

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

const isChunk = (f) => f.startsWith('_astro/');
// Chunk references carry the bundler's names and content hashes; a refactor changes both.
const chunkNames = (text) => text.replace(/\/_astro\/[\w.@-]+?\.[\w-]{8}\.(js|css)/g, '/_astro/CHUNK.$1');
/** Top-level CSS blocks (rules, @media, @container…) in a canonical order: a refactor that moves a
 *  stylesheet's rules changes their order in the inlined CSS. Only a difference when two blocks set
 *  the same property on the same element, which the cascade check of the change must rule out. */
function cssBlocks(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out.sort().join('\n');
}
/** With --loose: also inline CSS as an unordered set of blocks, and CSP hashes (they hash that CSS). */
const loose = process.argv.includes('--loose');
const normalize = (text) =>
  loose
    ? chunkNames(text)
        .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-HASH'")
        .replace(/<style([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs, css) => `<style${attrs}>${cssBlocks(css)}</style>`)
    : chunkNames(text);
const textual = /\.(html|xml|json|txt|csv|svg|js|css|webmanifest)$/;

const a = new Set(files(before).filter((f) => !isChunk(f)));
const b = new Set(files(after).filter((f) => !isChunk(f)));
const onlyBefore = [...a].filter((f) => !b.has(f));
const onlyAfter = [...b].filter((f) => !a.has(f));
const changed = [];
for (const f of [...a].filter((f) => b.has(f)).sort()) {
  const x = readFileSync(join(before, f));
  const y = readFileSync(join(after, f));
  if (x.equals(y)) continue;
  if (textual.test(f) && normalize(x.toString('utf8')) === normalize(y.toString('utf8'))) continue;
  changed.push(f);
}

const chunkBytes = (dir) =>
  files(dir)
    .filter((f) => isChunk(f) && f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);

console.log(`files compared: ${a.size} before, ${b.size} after`);
for (const f of onlyBefore) console.log(`  only before: ${f}`);
for (const f of onlyAfter) console.log(`  only after:  ${f}`);
for (const f of changed) console.log(`  differs:     ${f}`);
console.log(`all chunks' script, gzip: ${(chunkBytes(before) / 1024).toFixed(1)} KB before, ${(chunkBytes(after) / 1024).toFixed(1)} KB after`);
const same = !onlyBefore.length && !onlyAfter.length && !changed.length;
console.log(same ? `identical apart from chunk names${loose ? ', CSP hashes and the order of top-level CSS blocks' : ''}` : `${onlyBefore.length + onlyAfter.length + changed.length} difference(s)`);
process.exit(same ? 0 : 1);
