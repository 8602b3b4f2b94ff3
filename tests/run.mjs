#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first stage that fails:
//   1. content check and type check (astro check)   2. unit tests (Vitest)
//   3. slow tests (Vitest, tests/slow/: a whole `astro build` of a broken copy must stop)
//   4. the build, then over the built pages: the byte budgets (tests/tools/sizes.mjs, gzip sizes
//      from the files and their module graph, no browser), the Nu HTML Checker, a link check and
//      the reader-view check (Readability)
//   5. browser tests (Playwright in Chromium: behaviour, embeds, hardening, axe)
// It ends with one plain summary line, "tests: N passed, N failed", counting Vitest and Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('tests/.output', { recursive: true });
const stages = [
  ['content check', 'node src/tools/check-content.mjs'],
  ['type check', 'astro check --minimumSeverity warning'],
  ['unit tests', 'vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json=tests/.output/vitest.json'],
  ['slow tests', 'vitest run --config tests/vitest.slow.config.ts --reporter=default --reporter=json --outputFile.json=tests/.output/vitest-slow.json'],
  ['build', 'astro build'],
  ['byte budgets', 'node tests/tools/sizes.mjs dist'],
  ['HTML validation (vnu)', 'node tests/tools/vnu.mjs dist'],
  ['link check', 'node tests/tools/links.mjs dist'],
  ['reader view (Readability)', 'node tests/tools/readability.mjs dist'],
  ['browser', 'node tests/find-browser.mjs'],
  ['end-to-end tests', 'playwright test -c tests/playwright.config.ts'],
];

const counts = { passed: 0, failed: 0 };
function tally() {
  for (const f of ['tests/.output/vitest.json', 'tests/.output/vitest-slow.json']) {
    if (!existsSync(f)) continue;
    const v = JSON.parse(readFileSync(f, 'utf8'));
    counts.passed += v.numPassedTests ?? 0;
    counts.failed += v.numFailedTests ?? 0;
  }
  if (existsSync('tests/.output/playwright.json')) {
    const p = JSON.parse(readFileSync('tests/.output/playwright.json', 'utf8'));
    counts.passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
    counts.failed += p.stats?.unexpected ?? 0;
  }
}

for (const f of ['tests/.output/vitest.json', 'tests/.output/vitest-slow.json', 'tests/.output/playwright.json']) if (existsSync(f)) spawnSync('rm', ['-f', f]);
let failedStage = null;
for (const [name, cmd] of stages) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd}`);
  const r = spawnSync(cmd, { stdio: 'inherit', shell: true });
  console.log(`  ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    failedStage = name;
    break;
  }
}
tally();
if (failedStage && counts.failed === 0) counts.failed = 1; // a failed stage that is not a test run still fails
console.log(`\n${failedStage ? `stopped at: ${failedStage}\n` : ''}tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStage ? 1 : 0);
