// Keeps the reader's place across languages. A link marked data-place (the language switch, the
// side-by-side link, the bilingual page's links back) is given, at the moment it is used, the id
// of what the reader is reading: a paragraph, a step (and so the chart's state), a section or a
// chapter. Ids are shared by both languages, so the other page opens at the same place. The
// reader's offset in the viewport travels too (sessionStorage), so the text does not jump.
import { saveChoice } from './choice.ts';

const KEY = 'story-place';
const ANCHORS = '[data-pid], [data-step], [data-sid], [data-cid]';

/** The element being read: the last anchor whose top has passed the reading line. */
function current(): HTMLElement | null {
  const line = window.innerHeight * 0.35;
  let found: HTMLElement | null = null;
  for (const el of document.querySelectorAll<HTMLElement>(ANCHORS)) {
    if (!el.offsetParent && el.getClientRects().length === 0) continue; // hidden (e.g. a hidden language)
    const top = el.getBoundingClientRect().top;
    if (top <= line) found = el;
    else break;
  }
  return found;
}

function update(a: HTMLAnchorElement) {
  const el = current();
  const url = new URL(a.href, location.href);
  url.hash = el ? el.id : '';
  a.href = url.pathname + url.search + url.hash;
  if (el) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ id: el.id, offset: el.getBoundingClientRect().top }));
    } catch {
      /* no storage: the browser's own scroll to the anchor is enough */
    }
  }
  const lang = a.dataset.langSwitch ?? a.dataset.place;
  if (lang) saveChoice(lang);
}

for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-place], a[data-lang-switch]')) {
  for (const ev of ['pointerdown', 'focus', 'click', 'contextmenu'] as const) a.addEventListener(ev, () => update(a));
}

// On arrival: put the element back at the offset the reader left it at.
try {
  const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { id: string; offset: number } | null;
  sessionStorage.removeItem(KEY);
  if (saved && location.hash === `#${saved.id}`) {
    const el = document.getElementById(saved.id);
    if (el) {
      const settle = () => window.scrollBy({ top: el.getBoundingClientRect().top - saved.offset, behavior: 'instant' });
      if (document.readyState === 'complete') settle();
      else window.addEventListener('load', settle, { once: true });
    }
  }
} catch {
  /* nothing saved */
}
