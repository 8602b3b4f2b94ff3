#!/usr/bin/env node
// Counts the story's prose: Chinese characters (汉字) in zh, words in en, paragraphs per language.
// `node src/tools/node22.mjs node src/tools/story-stats.mjs`
import { paragraphsOf, readStory } from '../content/model.ts';
import { LANGS } from '../i18n/langs.ts';

const story = readStory(process.cwd());
const hanzi = (s) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const words = (s) => (s.match(/[A-Za-z0-9][A-Za-z0-9'’.,%-]*/g) ?? []).length;
for (const lang of LANGS) {
  let paras = 0;
  let count = 0;
  for (const ch of story.chapters[lang]) {
    for (const { para } of paragraphsOf(ch)) {
      paras++;
      count += lang === 'zh' ? hanzi(para.text) : words(para.text);
    }
  }
  console.log(`${lang}: ${story.chapters[lang].length} chapters, ${paras} paragraphs, ${count} ${lang === 'zh' ? 'Chinese characters' : 'words'}`);
}
if (story.problems.length) console.log(`(${story.problems.length} structural problems: run npm run check)`);
