#!/usr/bin/env node
// `npm run check`'s first step: checks content/ (chapters, ids in both languages, figures, sources,
// charts and states) and prints every problem with its file, line or id, and the fix.
//
// validate.ts is loaded through Vite's module runner rather than imported: the list of charts is the
// chart folders themselves (src/charts/manifests.ts finds them with Vite's import.meta.glob), which
// plain Node cannot read.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { LANGS } from '../i18n/langs.ts';

const root = process.cwd();
const validate = fileURLToPath(new URL('../content/validate.ts', import.meta.url));
const { module } = await runnerImport(validate, { root, logLevel: 'error' });
const { checkContent, formatProblems } = /** @type {typeof import('../content/validate.ts')} */ (module);

const { problems, story } = checkContent(root);
if (problems.length) {
  console.error(`Content check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${formatProblems(problems)}\n`);
  process.exit(1);
}
const n = (l) => story.chapters[l].length;
console.log(`Content check passed: ${LANGS.map((l) => `${n(l)} ${l}`).join(' and ')} chapters, ids paired.`);
