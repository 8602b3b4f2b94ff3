// How a source is cited to readers: linked when it is an online document, unlinked and marked when
// it is a print citation ("not checked online"). One place,
// so the bibliography and the footnote labels (story page and side-by-side page) say the same.
import type { Source } from '../data/schema.ts';
import { t, type Lang } from '../i18n/index.ts';

export type SourceStatus = 'online' | 'offline';

export const sourceStatus = (s: Source): SourceStatus => (s.offline || !s.url ? 'offline' : 'online');

/** The reader-facing mark for a source without a link ("not checked online"). */
export function statusText(s: Source, lang: Lang): string | undefined {
  return sourceStatus(s) === 'online' ? undefined : t(lang, 'story.notCheckedOnline');
}

/** The accessible name of a footnote marker: "Note 3: <title>", plus the mark when unlinked. */
export function noteLabel(s: Source, n: number, lang: Lang): string {
  const status = statusText(s, lang);
  return status ? t(lang, 'story.noteLabelStatus', { n, title: s.title, status }) : t(lang, 'story.noteLabel', { n, title: s.title });
}
