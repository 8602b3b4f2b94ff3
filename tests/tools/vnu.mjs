#!/usr/bin/env node
// Validates every built HTML page with the Nu HTML Checker (vnu-jar, Java). Errors fail; the few
// warnings the checker gives for valid modern markup are printed but do not fail.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jar = require('vnu-jar');
const dir = process.argv[2] ?? 'dist';
const r = spawnSync('java', ['-Xss1024k', '-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (r.error) {
  console.error(`vnu: could not run java (${r.error.message}). Install a Java runtime (Debian: apt-get install -y default-jre-headless).`);
  process.exit(1);
}
const out = JSON.parse(r.stderr || '{"messages":[]}');
const errors = out.messages.filter((m) => m.type === 'error');
for (const m of errors) console.error(`${m.url.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine ?? '?'}: ${m.message}\n  ${(m.extract ?? '').replace(/\n/g, ' ').slice(0, 160)}`);
console.log(`vnu: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${dir}`);
process.exit(errors.length ? 1 : 0);
