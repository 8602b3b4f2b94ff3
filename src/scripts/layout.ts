// The story page is long (about 35,000 px on a phone). Its paragraphs, steps, sources and chart
// frames are `content-visibility: auto` (src/styles/global.css), so the first paint lays out only
// what is on screen instead of the whole story in long tasks. After load, the rest is laid out here
// one part per idle period, so the main thread never blocks and, a moment later, every part has
// its real size again (`contain-intrinsic-size: auto` keeps it). Code that measures the page to
// scroll it (returning the reader to a place) calls layOutAll() first: it never reads an estimate.

/** The parts global.css lays out lazily; both selectors must name the same elements. */
const PARTS = '.story :where(.section > p, .step, .bibliography li, .chart__frame)';
const DONE = 'is-laid-out';

/** Set on <html> once every part is laid out (the end-to-end tests wait for it before measuring). */
const COMPLETE = 'data-layout';

const pending = () => [...document.querySelectorAll<HTMLElement>(PARTS)].filter((el) => !el.classList.contains(DONE));

const finish = () => document.documentElement.setAttribute(COMPLETE, 'complete');

/** Lays out every part now (one synchronous layout on the next measurement). */
export function layOutAll(): void {
  for (const el of pending()) el.classList.add(DONE);
  finish();
}

type Idle = (cb: () => void) => void;
const whenIdle: Idle =
  typeof window.requestIdleCallback === 'function'
    ? (cb) => window.requestIdleCallback(cb, { timeout: 1000 })
    : (cb) => window.setTimeout(cb, 50);

/** Lays out the remaining parts in document order, one per idle callback. */
export function layOutWhenIdle(): void {
  const queue = pending();
  const next = () => {
    const el = queue.shift();
    if (!el) return finish();
    if (!el.classList.contains(DONE)) {
      el.classList.add(DONE);
      // Lay it out now, inside this idle period, rather than in the next frame the reader sees.
      void el.offsetHeight;
    }
    whenIdle(next);
  };
  whenIdle(next);
}
