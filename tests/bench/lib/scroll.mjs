// A scripted read-through: mouse-wheel scrolling from the top to the bottom of a story page at a
// steady pace, in Chromium at phone size, measuring
//   - long tasks (> 50 ms, PerformanceObserver 'longtask') and their blocking time while scrolling;
//   - frames during chart transitions: a frame is "in transition" when the SVG of a [data-chart]
//     figure changed since the previous frame (whatever script moves it) or one of its elements
//     runs a CSS transition or animation; a frame that took more than 1.5 × 16.7 ms counts as
//     dropped; and how much of the page's script ran in each.
// Script time is measured in the page by timing every callback the browser calls into the page's
// code (animation frames, timers, observers, event listeners), outermost calls only, each assigned
// to the frame during which it ran. The probe is injected before any page script (addInitScript).
import { VIEWPORT } from './bytes.mjs';
import { percentile, sleep, withTimeout } from './util.mjs';

const FRAME = 1000 / 60;

/* Runs in the page, before its own scripts. Keep it ES2020 and self-contained. */
function probe() {
  const B = (window.__bench = { longtasks: [], loaf: [], ticks: [], slices: [], states: [], t0: null, t1: null });
  const MO = window.MutationObserver; // the probe's own, untimed
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* not supported */
    }
  };
  observe('longtask', (e) => B.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (e) =>
    B.loaf.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      // The rendering update at the end of the frame, and its style-and-layout part.
      render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
      styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
      scripts: (e.scripts || []).map((s) => ({ src: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, duration: s.duration, layout: s.forcedStyleAndLayoutDuration })),
    }),
  );

  // Outermost page callbacks, timed.
  let depth = 0;
  const timed = (fn, kind) =>
    function (...args) {
      if (depth > 0) return fn.apply(this, args);
      depth++;
      const t = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        depth--;
        const d = performance.now() - t;
        if (d > 0.05) B.slices.push([t, d, kind]);
      }
    };
  // Which script registered a listener or observer (its file), for the report.
  const caller = () => {
    for (const line of (new Error().stack || '').split('\n').slice(2)) {
      const m = /(https?:\/\/[^\s)]+?)(?::\d+){2}/.exec(line);
      if (m) return m[1].replace(location.origin, '');
    }
    return 'inline';
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf(timed(cb, 'raf'));
  const st = window.setTimeout.bind(window);
  window.setTimeout = (cb, ...rest) => st(typeof cb === 'function' ? timed(cb, 'timeout') : cb, ...rest);
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver']) {
    const Orig = window[name];
    if (!Orig) continue;
    const Wrapped = function (cb, opts) {
      return new Orig(timed(cb, `${name} ${caller()}`), opts);
    };
    Wrapped.prototype = Orig.prototype;
    window[name] = Wrapped;
  }
  const wrappers = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const key = (type, opts) => `${type}|${typeof opts === 'boolean' ? opts : !!(opts && opts.capture)}`;
  EventTarget.prototype.addEventListener = function (type, listener, opts) {
    if (!listener) return add.call(this, type, listener, opts);
    let byKey = wrappers.get(listener);
    if (!byKey) wrappers.set(listener, (byKey = new Map()));
    let w = byKey.get(key(type, opts));
    if (!w) {
      const call = typeof listener === 'function' ? listener : (e) => listener.handleEvent(e);
      w = timed(call, `${type} ${caller()}`);
      byKey.set(key(type, opts), w);
    }
    return add.call(this, type, w, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, opts) {
    const w = listener && wrappers.get(listener)?.get(key(type, opts));
    return remove.call(this, type, w || listener, opts);
  };

  // Is a chart moving? Whatever moves it (d3, a hand-written tween, a progress-driven redraw), its
  // SVG changes: a mutation observer on each chart's SVG notes that it did since the last frame.
  // CSS transitions and animations of chart elements are followed by their events (not by
  // document.getAnimations(), which would force a style update in every frame).
  let mutated = 0;
  const watched = new WeakSet();
  const marks = new MO(() => (mutated = 1));
  let watchedAt = -1e9;
  const watch = (now) => {
    if (now - watchedAt < 250) return;
    watchedAt = now;
    for (const svg of document.querySelectorAll('[data-chart] svg'))
      if (!watched.has(svg)) {
        watched.add(svg);
        marks.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
      }
  };
  const css = new Map();
  const inChart = (e) => e.target instanceof Element && e.target.closest('[data-chart]');
  const on = (e) => inChart(e) && css.set(e.target, { n: (css.get(e.target)?.n || 0) + 1, t: performance.now() });
  const off = (e) => {
    if (!inChart(e)) return;
    const c = css.get(e.target);
    if (c && c.n > 1) c.n--;
    else css.delete(e.target);
  };
  for (const t of ['transitionrun', 'animationstart']) add.call(window, t, on, true);
  for (const t of ['transitionend', 'transitioncancel', 'animationend', 'animationcancel']) add.call(window, t, off, true);
  const busy = (now) => {
    watch(now);
    const m = mutated;
    mutated = 0;
    // An element removed mid-transition may never report its end: forget it after 3 s.
    for (const [el, c] of css) if (!el.isConnected || now - c.t > 3000) css.delete(el);
    return m || css.size ? 1 : 0;
  };
  const tick = (ts) => {
    B.ticks.push([ts, busy(ts)]);
    raf(tick);
  };
  raf(tick);

  // Each state change of a chart: one transition started.
  const startStates = () =>
    new MO((records) => {
      for (const r of records) if (r.target.dataset) B.states.push([performance.now(), r.target.dataset.chart, r.target.dataset.state]);
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  if (document.documentElement) startStates();
  else add.call(document, 'readystatechange', startStates, { once: true });
}

/** Median and worst of a few numbers. */
const stats = (xs) => ({ max: xs.length ? Math.max(...xs) : 0, p95: percentile(xs, 95) ?? 0 });

function analyse(B, t0, t1) {
  const inScroll = (t) => t >= t0 && t <= t1;
  const longtasks = B.longtasks.filter((l) => inScroll(l.start));
  const tbt = longtasks.reduce((a, l) => a + Math.max(0, l.duration - 50), 0);

  // Frame intervals from the probe's own animation-frame timestamps.
  const ticks = B.ticks.filter(([ts]) => inScroll(ts));
  const slices = B.slices.filter(([t]) => inScroll(t)).sort((a, b) => a[0] - b[0]);
  const frames = [];
  let s = 0;
  for (let i = 1; i < ticks.length; i++) {
    const [a, busyA] = ticks[i - 1];
    const [b, busyB] = ticks[i];
    let script = 0;
    const kinds = {};
    while (s < slices.length && slices[s][0] < b) {
      if (slices[s][0] >= a) {
        script += slices[s][1];
        kinds[slices[s][2]] = (kinds[slices[s][2]] ?? 0) + slices[s][1];
      }
      s++;
    }
    frames.push({ start: a, interval: b - a, busy: !!(busyA || busyB), script, kinds });
  }
  const moving = frames.filter((f) => f.busy);
  // A long interval stands for the frames that were not produced in it.
  const dropped = (f) => (f.interval > 1.5 * FRAME ? Math.max(1, Math.round(f.interval / FRAME) - 1) : 0);
  const droppedMoving = moving.reduce((a, f) => a + dropped(f), 0);
  const droppedAll = frames.reduce((a, f) => a + dropped(f), 0);
  const scripts = moving.map((f) => f.script);
  const worst = [...moving].sort((a, b) => b.script - a.script).slice(0, 3).map((f) => ({ at: Math.round(f.start - t0), script: +f.script.toFixed(1), interval: +f.interval.toFixed(1), kinds: Object.fromEntries(Object.entries(f.kinds).map(([k, v]) => [k, +v.toFixed(1)])) }));
  const loaf = B.loaf
    .filter((l) => inScroll(l.start))
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 5)
    .map((l) => ({ at: Math.round(l.start - t0), duration: Math.round(l.duration), blocking: Math.round(l.blocking), render: Math.round(l.render), styleLayout: Math.round(l.styleLayout), scripts: l.scripts.sort((a, b) => b.duration - a.duration).slice(0, 3).map((x) => ({ ...x, duration: Math.round(x.duration) })) }));

  return {
    seconds: +((t1 - t0) / 1000).toFixed(1),
    longTasks: longtasks.length,
    longTaskMax: longtasks.length ? Math.round(Math.max(...longtasks.map((l) => l.duration))) : 0,
    tbt: Math.round(tbt),
    frames: frames.length,
    droppedShareAll: frames.length ? droppedAll / (frames.length + droppedAll) : 0,
    stateChanges: B.states.filter(([t]) => inScroll(t)).length,
    transitionFrames: moving.length,
    droppedTransitionFrames: droppedMoving,
    droppedShare: moving.length ? droppedMoving / (moving.length + droppedMoving) : null,
    scriptPerFrame: moving.length ? { ...stats(scripts), over8: scripts.filter((x) => x > 8).length } : null,
    worstFrames: worst,
    longAnimationFrames: loaf,
  };
}

export async function measureScroll(browser, origin, path, { step = 120, interval = 100 } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 3, isMobile: true, hasTouch: true, reducedMotion: 'no-preference', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
    await page.addInitScript(probe);
    const res = await page.goto(origin + path, { waitUntil: 'load', timeout: 30_000 });
    if (!res || res.status() >= 400) throw new Error(`${path} answered ${res?.status() ?? 'nothing'}`);
    await sleep(1500); // let the first block's code arrive and settle: the scroll starts from a page at rest
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    const t0 = await page.evaluate(() => performance.now());
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    let stuck = 0;
    let lastY = -1;
    const deadline = Date.now() + 600_000;
    while (Date.now() < deadline) {
      const started = Date.now();
      await page.mouse.wheel(0, step);
      const { y, max } = await page.evaluate(() => ({ y: scrollY, max: document.documentElement.scrollHeight - innerHeight }));
      if (y >= max - 2 || y === lastY) {
        if (++stuck >= 5) break;
      } else stuck = 0;
      lastY = y;
      await sleep(Math.max(0, interval - (Date.now() - started)));
    }
    await sleep(1500); // the last transition ends
    const t1 = await page.evaluate(() => performance.now());
    const B = await page.evaluate(() => window.__bench);
    if (!B) throw new Error(`the probe did not run on ${path}`);
    const y = await page.evaluate(() => scrollY);
    return { path, px: Math.round(y), height, step, interval, ...analyse(B, t0, t1), errors };
  } finally {
    await context.close().catch(() => {});
  }
}

export const scrollOnce = (browser, origin, path, opts) => withTimeout(measureScroll(browser, origin, path, opts), 660_000, `scrolling ${path}`);
