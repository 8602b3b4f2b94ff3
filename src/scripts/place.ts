// Keeps the reader's place across languages and reloads. A link marked data-place (the language
// switch, the side-by-side link, the bilingual page's links back) is given, at the moment it is
// used, the id of what the reader is reading: a paragraph, a step (and so the chart's state), a
// section or a chapter heading. Ids are shared by both languages, so the other page opens at the
// same place. Each history entry remembers the element being read too (history.state), so a reload,
// a phone reloading a discarded tab, and back or forward return to that element rather than to a
// pixel offset, which would point elsewhere on a page whose far parts are laid out lazily.
//
// What is being read is the element at the reading position: the middle of the readable part of
// the screen, below the top bar and, on phones, below a sticky chart covering the top (above it
// while it slides in reaching past the screen's bottom). The element keeps its relative position
// across the switch: the same share of it stays above the reading position, so a paragraph that
// is longer in the other language grows around the line being read instead of pushing it off the
// screen. (Between elements, the gap to the nearer one is kept in px.)
import { saveChoice } from './choice.ts';
import { layOutAll } from './layout.ts';

const KEY = 'story-place';
const ANCHORS = '[data-pid], [data-step], [data-sid], [data-cid], [data-ref]';

/** Set on <html> once an arriving page has put the reader's element back (tests wait for it). */
const RESTORED = 'data-place';

interface Place {
  id: string;
  /** The reading position, px from the top of the viewport. */
  y: number;
  /** Share of the element's box above the reading position (0..1), or null when it was outside. */
  ratio: number | null;
  /** The reading position minus the box's top, px (used when ratio is null); from its bottom when `edge` is 'bottom'. */
  dy: number;
  /** Which edge of the box dy is measured from: the one nearer the reading position. */
  edge?: 'top' | 'bottom';
}

/** Whether the element is rendered: not display:none, nor inside a part not laid out yet. */
const shown = (el: HTMLElement): boolean =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility({ contentVisibilityAuto: true }) : el.getClientRects().length > 0;

/** An anchor's place id: its own id, or `source-<id>` for a bibliography entry (prefixed on /bilingual/). */
const idOf = (el: HTMLElement): string => (el.dataset.ref ? `source-${el.dataset.ref}` : el.id);

/** The element a place id names on this page: the element itself, or the first shown entry of that source. */
function find(id: string): HTMLElement | null {
  const el = document.getElementById(id);
  if (el && shown(el)) return el;
  const ref = /^source-(.+)$/.exec(id)?.[1];
  const entries = ref ? [...document.querySelectorAll<HTMLElement>(`[data-ref="${CSS.escape(ref)}"]`)] : [];
  return entries.find(shown) ?? el;
}

/**
 * The box that stands for an anchor on screen: a paragraph or a step is itself; a section or a
 * chapter is its heading (the whole section is far taller than any screen).
 */
function boxOf(el: HTMLElement): HTMLElement {
  if (el.hasAttribute('data-sid')) return el.querySelector<HTMLElement>(':scope > h3, :scope > .pair--head') ?? el;
  if (el.hasAttribute('data-cid')) return el.querySelector<HTMLElement>(':scope > header') ?? el;
  return el;
}

/** The readable part of the viewport, [top, bottom] px: below the sticky top bar and sticky charts. */
function readable(): [number, number] {
  let top = 0;
  let bottom = window.innerHeight;
  const bar = document.querySelector<HTMLElement>('.topbar');
  if (bar && shown(bar)) top = Math.max(top, bar.getBoundingClientRect().bottom);
  // A chart covers the text only where it shares the text's column (phones), and then whenever it
  // starts in the upper half of what is left, stuck under the top bar or still sliding in or out:
  // the text to read is below it, or above it when it reaches past the screen's bottom (a chart
  // taller than half the screen, sliding in, leaves nothing to read below it).
  for (const g of document.querySelectorAll<HTMLElement>('.scrolly__graphic')) {
    const r = g.getBoundingClientRect();
    if (r.height === 0 || r.top >= (top + window.innerHeight) / 2 || r.bottom <= top) continue;
    const steps = g.parentElement?.querySelector<HTMLElement>('.scrolly__steps')?.getBoundingClientRect();
    if (!steps || Math.min(r.right, steps.right) - Math.max(r.left, steps.left) <= steps.width / 2) continue;
    if (r.bottom >= window.innerHeight) bottom = Math.max(top, r.top);
    else top = r.bottom;
  }
  return [top, Math.max(top, bottom)];
}

/** The reading position, px from the top of the viewport. */
function readingY(): number {
  const [top, bottom] = readable();
  return (top + bottom) / 2;
}

/**
 * The element being read: the most specific anchor whose box spans the reading position
 * (a paragraph before its step, a step before its section), else the anchor nearest to it.
 * `exact` lays out the whole page first (for a click that leaves the page); otherwise anchors
 * inside parts not laid out yet, far from the screen, are passed over rather than laid out.
 */
function current(exact: boolean): Place | null {
  if (exact) layOutAll();
  const y = readingY();
  let best: { el: HTMLElement; rank: number; dist: number; top: number; height: number } | null = null;
  for (const el of document.querySelectorAll<HTMLElement>(ANCHORS)) {
    const box = boxOf(el);
    if (!shown(box)) continue; // hidden (e.g. a hidden language), or not laid out yet
    const r = box.getBoundingClientRect();
    if (r.height === 0) continue;
    const dist = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
    // Among boxes spanning the line, the paragraph wins over its step, the step over a heading.
    const rank = el.hasAttribute('data-pid') || el.hasAttribute('data-ref') ? 0 : el.hasAttribute('data-step') ? 1 : 2;
    if (!best || dist < best.dist || (dist === 0 && best.dist === 0 && rank < best.rank)) best = { el, rank, dist, top: r.top, height: r.height };
  }
  if (!best) return null;
  const dy = y - best.top;
  // Between elements, the gap to the nearer edge is kept: a box above the reading position keeps
  // its bottom's distance to it (its top would push a shorter translation's text under a sticky chart).
  if (best.dist > 0 && y > best.top + best.height) return { id: idOf(best.el), y, ratio: null, dy: dy - best.height, edge: 'bottom' };
  return { id: idOf(best.el), y, ratio: best.dist === 0 ? dy / best.height : null, dy };
}

function update(a: HTMLAnchorElement) {
  const place = current(true);
  const url = new URL(a.href, location.href);
  url.hash = place ? place.id : '';
  a.href = url.pathname + url.search + url.hash;
  if (place) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(place));
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

/** Where a link to the element would put it (a fragment, with nothing remembered). */
const linked = (id: string): Place => ({ id, y: NaN, ratio: null, dy: NaN });

/**
 * Scrolls so the place's element is where the place says: first to the reading position the reader
 * left, then to this page's own, which moves when a sticky chart covers the top here and did not
 * there (or the reverse). Two rounds settle it.
 */
function restore(place: Place): void {
  const el = find(place.id);
  if (!el) return;
  if (Number.isNaN(place.y)) el.scrollIntoView({ behavior: 'instant' });
  else {
    for (let round = 0; round < 3; round++) {
      const y = round === 0 ? place.y : readingY();
      const r = boxOf(el).getBoundingClientRect();
      const by = (place.edge === 'bottom' ? r.bottom : r.top) + (place.ratio === null ? place.dy : place.ratio * r.height) - y;
      if (Math.abs(by) < 1) break;
      window.scrollBy({ top: by, behavior: 'instant' });
    }
  }
  ours = window.scrollY;
}

// The place being held. A restored place is not done once the page has scrolled to it: scrolly
// blocks take their sticky layout when they near the screen (after their code loads), charts find
// their height, and each of these moves what follows. Until the reader scrolls, every change of the
// page's height puts the element back, and the browser's own scroll anchoring is off meanwhile (it
// would pick some other element to keep). Layout changes made by scripts go through keepingPlace.
let held: Place | null = null;
/** scrollY after our own last correction: a scroll to anywhere else is the reader's (or a link's). */
let ours = NaN;
/**
 * The viewport's size when the place was taken. A new page gets a resize event of the same size
 * early in its load (every one of 40 switches in the phone tests); when the page loaded fast it
 * came just after the place was restored and let it go, and the place was lost by a step's height
 * once a scrolly block took its layout. Only a resize that changes the size is the reader's.
 */
let heldSize = '';
const viewportSize = (): string => `${window.innerWidth}x${window.innerHeight}`;

function hold(place: Place): void {
  held = place;
  heldSize = viewportSize();
  document.documentElement.style.overflowAnchor = 'none';
}

function letGo(): void {
  if (!held) return;
  held = null;
  document.documentElement.style.removeProperty('overflow-anchor');
}

new ResizeObserver(() => {
  if (held) restore(held);
}).observe(document.body);
for (const ev of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) window.addEventListener(ev, letGo, { capture: true, passive: true });
window.addEventListener('resize', () => {
  if (viewportSize() !== heldSize) letGo();
});
window.addEventListener('scroll', () => {
  if (held && Math.abs(window.scrollY - ours) > 1) letGo();
}, { passive: true });

/**
 * Runs a change of layout (a scrolly block taking its sticky layout, a chart resizing) without
 * moving what the reader is reading: the element at the reading position, or the place being held,
 * ends where it was. The one mechanism for keeping the reader's place, used by src/scripts/scrolly.ts.
 */
export function keepingPlace(change: () => void): void {
  if (held) {
    change();
    restore(held);
    return;
  }
  const html = document.documentElement;
  const place = current(false);
  html.style.overflowAnchor = 'none'; // our own correction below, not the browser's as well
  change();
  if (place) restore(place);
  requestAnimationFrame(() => {
    if (!held) html.style.removeProperty('overflow-anchor');
  });
}

/** Whether a restored place is being held (the reader has not scrolled since). */
export const holding = (): boolean => held !== null;

/** Puts the element back where the place says, once the page has loaded, and holds it there. */
function settle(place: Place) {
  const go = () => {
    layOutAll();
    if (!find(place.id)) return;
    hold(place);
    restore(place);
    document.documentElement.setAttribute(RESTORED, 'restored');
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

const isPlace = (p: unknown): p is Place => {
  const q = p as Partial<Place> | null;
  return !!q && typeof q.id === 'string' && typeof q.y === 'number' && typeof q.dy === 'number' && (q.ratio === null || typeof q.ratio === 'number');
};

// On arrival from the other language: the element the reader was reading, at the same height.
let switched: Place | null = null;
try {
  const saved: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  sessionStorage.removeItem(KEY);
  if (isPlace(saved)) switched = saved;
} catch {
  /* nothing saved */
}
if (switched && location.hash === `#${switched.id}`) settle(switched);
else switched = null;

// Within the page: the history entry remembers the element being read (written when scrolling
// stops and when the page is left), and reload, back and forward put it back. Pages without
// reading anchors keep the browser's own scroll restoration.
const placeIn = (state: unknown): Place | null => {
  const p = (state as { place?: unknown } | null)?.place;
  return isPlace(p) ? p : null;
};
if (document.querySelector(ANCHORS)) {
  history.scrollRestoration = 'manual';
  const remember = () => {
    const place = current(false);
    if (place) history.replaceState({ ...(history.state as object | null), place }, '');
  };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const saved = placeIn(history.state);
  if (!switched && (nav?.type === 'reload' || nav?.type === 'back_forward')) {
    // Nothing remembered yet (left at once): the fragment, which manual restoration does not scroll to.
    if (saved) settle(saved);
    else if (location.hash) settle(linked(decodeURIComponent(location.hash.slice(1))));
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
    else if (location.hash) settle(linked(decodeURIComponent(location.hash.slice(1))));
  });
}
