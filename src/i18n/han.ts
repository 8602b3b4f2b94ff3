// Chinese words inside English text: the names, terms and headlines the English story quotes in
// their own script (快手, 下沉市场, a Chinese source's publisher). Marked with their language, a
// screen reader reads them with a Chinese voice instead of spelling or skipping them, and the
// browser sets them in the Chinese faces (global.css, :lang(zh)) instead of searching every
// installed font for each character.
import { HTML_LANG, type Lang } from './langs.ts';

/** A run of Han characters with the CJK and full-width punctuation inside or after it (（，、：…);
 *  curly quotes, shared with English, stay outside. */
const HAN_RUN = /\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]*/gu;
const HAS_HAN = /\p{Script=Han}/u;

/** The `lang` a text needs inside a page in `lang`: Chinese where a non-Chinese page quotes Han text. */
export function langOfText(text: string, lang: Lang): string | undefined {
  return lang !== 'zh' && HAS_HAN.test(text) ? HTML_LANG.zh : undefined;
}

/** The `lang` of a title or name as written: Chinese if it has Han characters, else `otherwise`.
 *  (A source's `language` is its document's; some English documents carry a Chinese headline.) */
export const writtenIn = (text: string, otherwise: Lang): string => HTML_LANG[HAS_HAN.test(text) ? 'zh' : otherwise];

/** Splits text into runs, each with the `lang` it needs inside a page in `lang` (undefined: the page's). */
export function splitByLang(text: string, lang: Lang): { text: string; lang?: string }[] {
  if (lang === 'zh') return [{ text }];
  const out: { text: string; lang?: string }[] = [];
  let at = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], lang: HTML_LANG.zh });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
