#!/usr/bin/env node
// Compares two builds of the site, for a refactor that must not change what readers get:
//   node tests/tools/dist-diff.mjs <before-dist> <after-dist>
// Lists routes only in one build, then every file whose content differs. Bundler chunk names and
// hashes (/_astro/name.HASH.js) are normalized away first, since moving code between modules renames
// chunks without changing behaviour; the chunks' own code is compared separately, by total size.
// Exit code 0 when the builds are identical after normalization, 1 otherwise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node tests/tools/dist-diff.mjs <before-dist> <after-dist>');
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
const normalize = (text) => text.replace(/\/_astro\/[\w.@-]+?\.[\w-]{8}\.(js|css)/g, '/_astro/CHUNK.$1');
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
console.log(same ? 'identical apart from chunk names' : `${onlyBefore.length + onlyAfter.length + changed.length} difference(s)`);
process.exit(same ? 0 : 1);
