#!/usr/bin/env node
// `npm run check`'s first step: checks content/ (chapters, ids in both languages, figures, sources,
// charts and states) and prints every problem with its file, line or id, and the fix.
import { checkContent, formatProblems } from '../content/validate.ts';
import { unfoundSources } from '../content/sources-check.ts';

const root = process.cwd();
const { problems, story, data } = checkContent(root);
if (problems.length) {
  console.error(`Content check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${formatProblems(problems)}\n`);
  process.exit(1);
}
// Leads whose document could not be found build (readers are told so), but editors must act on them.
const unfound = data ? unfoundSources(data.sources) : [];
if (unfound.length) {
  console.warn(
    `Content check: ${unfound.length} source${unfound.length > 1 ? 's have' : ' has'} no document (marked "unfound"):\n` +
      unfound.map((id) => `  ${id}: ${data.sources[id].note?.en ?? ''}`).join('\n') +
      '\n  → cut or re-source the claims that cite them, then remove the source (see notes in content/README.md)\n',
  );
}
const n = (l) => story.chapters[l].length;
console.log(`Content check passed: ${n('zh')} zh and ${n('en')} en chapters, ids paired.`);
