// Keeps the reader's place across languages and reloads. A link marked data-place (the language
// switch, the side-by-side link, the bilingual page's links back) is given, at the moment it is
// used, the id of what the reader is reading: a paragraph, a step (and so the chart's state), a
// section or a chapter. Ids are shared by both languages, so the other page opens at the same
// place. The reader's offset in the viewport travels too (sessionStorage), so the text does not
// jump. Each history entry remembers the element being read too (history.state), so a reload, a
// phone reloading a discarded tab, and back or forward return to that element rather than to a
// pixel offset, which would point elsewhere on a page whose far parts are laid out lazily.
import { saveChoice } from './choice.ts';
import { layOutAll } from './layout.ts';

const KEY = 'story-place';
const ANCHORS = '[data-pid], [data-step], [data-sid], [data-cid]';

interface Place {
  id: string;
  /** The element's top in the viewport, px. */
  offset: number;
}

/** Whether the element is rendered: not display:none, nor inside a part not laid out yet. */
const shown = (el: HTMLElement): boolean =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility({ contentVisibilityAuto: true }) : el.getClientRects().length > 0;

/**
 * The element being read: the last anchor whose top has passed the reading line. `exact` lays out
 * the whole page first (for a click that leaves the page); otherwise anchors inside parts not laid
 * out yet, far from the screen, are passed over rather than laid out.
 */
function current(exact: boolean): HTMLElement | null {
  if (exact) layOutAll();
  const line = window.innerHeight * 0.35;
  let found: HTMLElement | null = null;
  for (const el of document.querySelectorAll<HTMLElement>(ANCHORS)) {
    if (!shown(el)) continue; // hidden (e.g. a hidden language), or not laid out yet
    const top = el.getBoundingClientRect().top;
    if (top <= line) found = el;
    else break;
  }
  return found;
}

const placeOf = (el: HTMLElement): Place => ({ id: el.id, offset: el.getBoundingClientRect().top });

function update(a: HTMLAnchorElement) {
  const el = current(true);
  const url = new URL(a.href, location.href);
  url.hash = el ? el.id : '';
  a.href = url.pathname + url.search + url.hash;
  if (el) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(placeOf(el)));
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

/**
 * Puts the element back at the offset the reader left it at (NaN: where a link to it would put
 * it), once the page has loaded.
 */
function settle(place: Place) {
  const el = document.getElementById(place.id);
  if (!el) return;
  const go = () => {
    layOutAll();
    if (Number.isNaN(place.offset)) el.scrollIntoView({ behavior: 'instant' });
    else window.scrollBy({ top: el.getBoundingClientRect().top - place.offset, behavior: 'instant' });
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

// On arrival from the other language: the paragraph the reader was reading, at the same height.
let switched: Place | null = null;
try {
  switched = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Place | null;
  sessionStorage.removeItem(KEY);
} catch {
  /* nothing saved */
}
if (switched && location.hash === `#${switched.id}`) settle(switched);
else switched = null;

// Within the page: the history entry remembers the element being read (written when scrolling
// stops and when the page is left), and reload, back and forward put it back. Pages without
// reading anchors keep the browser's own scroll restoration.
const placeIn = (state: unknown): Place | null => {
  const p = (state as { place?: Place } | null)?.place;
  return p && typeof p.id === 'string' && typeof p.offset === 'number' ? p : null;
};
if (document.querySelector(ANCHORS)) {
  history.scrollRestoration = 'manual';
  const remember = () => {
    const el = current(false);
    if (el) history.replaceState({ ...(history.state as object | null), place: placeOf(el) }, '');
  };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const saved = placeIn(history.state);
  if (!switched && (nav?.type === 'reload' || nav?.type === 'back_forward')) {
    // Nothing remembered yet (left at once): the fragment, which manual restoration does not scroll to.
    if (saved) settle(saved);
    else if (location.hash) settle({ id: decodeURIComponent(location.hash.slice(1)), offset: NaN });
  }
  // After scrolling has rested a moment (history.replaceState is rate-limited by browsers).
  let rest: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(rest);
      rest = setTimeout(remember, 300);
    },
    { passive: true },
  );
  window.addEventListener('pagehide', remember);
  window.addEventListener('popstate', (e) => {
    const place = placeIn(e.state);
    if (place) settle(place);
    else if (location.hash) settle({ id: decodeURIComponent(location.hash.slice(1)), offset: NaN });
  });
}
