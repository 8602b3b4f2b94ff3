// Remembers the reader's choice of language and, on a later visit to the cover, goes straight there.
// The choice is kept in localStorage under one key that the language switch also writes.
import { LANGS } from '../i18n/langs.ts';
import { bilingualPath, storyPath } from '../i18n/routes.ts';
import { readChoice, saveChoice } from './choice.ts';

const paths: Record<string, string> = { ...Object.fromEntries(LANGS.map((l) => [l, storyPath(l)])), bilingual: bilingualPath() };
const params = new URLSearchParams(location.search);
const chosen = readChoice();
// ?choose lets a reader come back to the cover deliberately, without being sent away.
if (chosen && paths[chosen] && !params.has('choose')) location.replace(paths[chosen]);
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-choose]')) {
  a.addEventListener('click', () => saveChoice(a.dataset.choose ?? ''));
}
