#!/usr/bin/env node
// `npm run check`'s first step: checks content/ (chapters, ids in both languages, figures, sources,
// charts and states) and prints every problem with its file, line or id, and the fix.
import { checkContent, formatProblems } from '../content/validate.ts';
import { LANGS } from '../i18n/langs.ts';

const root = process.cwd();
const { problems, story } = checkContent(root);
if (problems.length) {
  console.error(`Content check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${formatProblems(problems)}\n`);
  process.exit(1);
}
const n = (l) => story.chapters[l].length;
console.log(`Content check passed: ${LANGS.map((l) => `${n(l)} ${l}`).join(' and ')} chapters, ids paired.`);
