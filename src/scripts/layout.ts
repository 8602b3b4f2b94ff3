// The story page is long (about 35,000 px on a phone). Its paragraphs, steps, sources and chart
// frames are `content-visibility: auto` (src/styles/global.css), so the first paint lays out only
// what is on screen instead of the whole story in long tasks. After load, the rest is laid out here
// in small batches in idle periods, so the main thread never blocks and, a moment later, every part has
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

type Idle = (cb: (deadline?: IdleDeadline) => void) => void;
const whenIdle: Idle =
  typeof window.requestIdleCallback === 'function'
    ? (cb) => window.requestIdleCallback(cb, { timeout: 1000 })
    : (cb) => window.setTimeout(cb, 50);

/** Longest a batch should take: well inside a 50 ms task even on a phone four times slower than
 *  the machine measuring (Lighthouse's CPU slowdown). */
const BATCH_MS = 5;

/**
 * Lays out the remaining parts in document order, in idle periods. A part's cost is known only once
 * it is laid out (a chart frame costs as much as many paragraphs), so each batch lays out one part
 * at a time and stops when its time is spent. Batches sized in advance from the last one's cost per
 * part overshot to 14–26 ms in traces (56–105 ms at 4×).
 */
export function layOutWhenIdle(): void {
  const queue = pending();
  const next = (deadline?: IdleDeadline) => {
    if (!queue.length) return finish();
    // An idle period with almost nothing left waits for the next one (unless the timeout forced it).
    const room = deadline && !deadline.didTimeout ? Math.min(deadline.timeRemaining(), BATCH_MS) : BATCH_MS;
    if (room < 2) return whenIdle(next);
    const started = performance.now();
    while (queue.length && performance.now() - started < room) {
      const el = queue.shift()!;
      if (el.classList.contains(DONE)) continue;
      el.classList.add(DONE);
      // Lay it out now, inside this idle period, rather than in the next frame the reader sees.
      void document.body.offsetHeight;
    }
    whenIdle(next);
  };
  whenIdle(next);
}
