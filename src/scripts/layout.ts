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

/** Longest a batch may take. Each forced layout walks the whole story once, so laying out one part
 *  per idle period costs nearly as much as several: batches are sized to stay well inside a 50 ms
 *  task even on a phone four times slower than the machine measuring (Lighthouse's CPU slowdown). */
const BATCH_MS = 8;

/** Lays out the remaining parts in document order, in batches sized to the time each one took. */
export function layOutWhenIdle(): void {
  const queue = pending();
  let size = 1;
  const next = (deadline?: IdleDeadline) => {
    if (!queue.length) return finish();
    // An idle period with almost nothing left waits for the next one (unless the timeout forced it).
    const room = deadline && !deadline.didTimeout ? deadline.timeRemaining() : BATCH_MS;
    if (room < 2) return whenIdle(next);
    const started = performance.now();
    let n = 0;
    while (queue.length && n < size) {
      const el = queue.shift()!;
      if (el.classList.contains(DONE)) continue;
      el.classList.add(DONE);
      n++;
    }
    // Lay the batch out now, inside this idle period, rather than in the next frame the reader sees.
    void document.body.offsetHeight;
    const took = performance.now() - started;
    if (took < BATCH_MS / 2) size *= 2;
    else if (took > BATCH_MS) size = Math.max(1, size >> 1);
    whenIdle(next);
  };
  whenIdle(next);
}
