// Drives one scrolly block.
// - Layout: until this script has run, the block reads as it does without JavaScript (each step with
//   its own picture). Mounting switches it to the sticky layout (`data-live`) through place.ts's
//   keepingPlace, so the element being read (or the place place.ts restored) stays where it was.
// - The active step is derived from the page's geometry (src/scripts/scroller.ts): the step whose
//   text is readable below the top bar and, on phones, below the chart. It is recomputed on scroll,
//   resize, rotation, load, hash changes and lazy layout, never accumulated from enter/exit events.
// - Resizing or rotating keeps the step that was being read in view, and so the chart's state.
// - Failures: if the chart's data or its renderer cannot load, the figure shows the build's picture
//   of each state (src/scripts/fallback.ts) and the live chart is retried quietly, with backoff, on
//   later step changes. The figure's data-state and description only ever name what is drawn.
import { createChart, type LiveChart, type Payload } from '../charts/runtime.ts';
import { dropPicture, showPicture } from './fallback.ts';
import { holding, keepingPlace } from './place.ts';
import { activeIndex, readability, readableArea, type Area, type Box } from './scroller.ts';

/** Retries of the live chart: after 1 s, 2 s, 4 s ... at most this many times. */
const MAX_TRIES = 6;

interface Live {
  figure: HTMLElement;
  chart: LiveChart | null;
  payload: Payload | null;
  loading: boolean;
  tries: number;
  /** Not before this time (ms, performance.now()). */
  retryAt: number;
}

async function fetchPayload(url: string): Promise<Payload> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`chart data ${url}: HTTP ${r.status}`);
  return (await r.json()) as Payload;
}

const topBar = () => document.querySelector<HTMLElement>('.topbar');

export function mountScrolly(root: HTMLElement): void {
  // Usually one figure; the side-by-side page has one per language, and CSS shows the leading one.
  const figures = [...root.querySelectorAll<HTMLElement>('.scrolly__graphic figure[data-chart]')];
  const graphic = root.querySelector<HTMLElement>('.scrolly__graphic')!;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const bodies = steps.map((s) => s.querySelector<HTMLElement>('.step__body') ?? s);
  const lives: Live[] = figures.map((figure) => ({ figure, chart: null, payload: null, loading: false, tries: 0, retryAt: 0 }));
  let active = -1;
  /** Whether the block was on screen when last looked at (scroll, load, lazy layout). */
  let inView = false;
  /** During a resize: the step that was being read, to be put back in view. */
  let keeping: number | null = null;

  /** The readable part of the viewport now: below the top bar and any chart drawn over the text. */
  const area = (): Area => {
    const covers: Box[] = [];
    const bar = topBar();
    if (bar) covers.push(bar.getBoundingClientRect());
    const g = graphic.getBoundingClientRect();
    const col = root.querySelector('.scrolly__steps')!.getBoundingClientRect();
    // The chart covers text only where it sits over the steps' column (phones), not beside it.
    if (g.left < col.right - 1 && g.right > col.left + 1 && g.height > 0) covers.push(g);
    return readableArea(covers, window.innerHeight);
  };

  const derive = (a = area()): number => activeIndex(bodies.map((b) => b.getBoundingClientRect()), a, active);

  /** The description of a state in the figure's language, from the step's own build picture. */
  const describe = (step: HTMLElement, lang: string): string | null =>
    (step.querySelector<HTMLImageElement>(`.step__static.for-${lang} img`) ?? step.querySelector<HTMLImageElement>('.step__static img'))?.alt ?? null;

  const draw = (live: Live, animate: boolean) => {
    const step = steps[active]!;
    const state = step.dataset.step ?? '';
    if (live.chart) {
      live.chart.set(state, animate);
      return;
    }
    void showPicture(live.figure, state, describe(step, live.figure.dataset.lang ?? 'en'));
    goLive(live);
  };

  /** Loads the live chart (data, then renderer); on failure, tries again later, quietly. */
  const goLive = (live: Live) => {
    if (live.chart || live.loading || live.tries >= MAX_TRIES || performance.now() < live.retryAt) return;
    live.loading = true;
    const url = live.figure.dataset.payload;
    const payload = live.payload ? Promise.resolve(live.payload) : url ? fetchPayload(url) : Promise.reject(new Error('no chart data'));
    payload
      .then((p) => {
        live.payload = p;
        return createChart(live.figure, p);
      })
      .then(
        (c) => {
          live.chart = c;
          live.loading = false;
          draw(live, false);
          dropPicture(live.figure);
        },
        (e: unknown) => {
          live.loading = false;
          live.tries += 1;
          live.retryAt = performance.now() + 1000 * 2 ** (live.tries - 1);
          console.warn('Live chart unavailable; showing the built pictures.', e);
        },
      );
  };

  const activate = (i: number, animate: boolean) => {
    const changed = i !== active;
    if (changed) {
      steps[active]?.classList.remove('is-active');
      steps[active]?.removeAttribute('aria-current');
      steps[i]!.classList.add('is-active');
      steps[i]!.setAttribute('aria-current', 'step');
      active = i;
    }
    for (const live of lives) if (changed || !live.chart) draw(live, animate);
  };

  const update = (animate = true) => {
    if (keeping !== null) return; // a resize is putting the step being read back in view
    const r = root.getBoundingClientRect();
    inView = r.bottom > 0 && r.top < window.innerHeight;
    const a = area();
    const i = derive(a);
    if (i !== active) activate(i, animate);
  };

  /** The sticky chart's top part (source line, data table) that slides under the top bar, px. */
  let tuck = 0;

  /** Scales a chart's picture down to the height CSS allows it (--chart-max-h), keeping its layout,
   *  where narrowing its frame (virtual:chart-layout.css) was not enough. */
  const fit = (figure: HTMLElement) => {
    const frame = figure.querySelector<HTMLElement>('.chart__frame');
    if (!frame) return;
    const h = frame.getBoundingClientRect().height;
    const max = parseFloat(getComputedStyle(frame).getPropertyValue('--chart-max-h'));
    const k = h > 0 && max > 0 ? Math.min(1, max / h) : 1;
    frame.style.setProperty('--chart-scale', k.toFixed(4));
    frame.style.marginBottom = k < 1 ? `${(-h * (1 - k)).toFixed(1)}px` : '';
  };

  /** Sizes the layout needs from the page: the top bar's height and, on phones, the chart's. */
  const measure = () => {
    for (const f of figures) fit(f);
    const g = graphic.getBoundingClientRect();
    const figure = figures.find((f) => f.getClientRects().length > 0) ?? figures[0];
    const head = figure?.querySelector('.chart__head');
    const source = figure?.querySelector('.chart__source');
    // Tucked only where CSS puts the source above the title, and never while the table is open.
    const tucks = source && getComputedStyle(source).order === '-1' && !figure?.querySelector('.chart__data[open]');
    tuck = tucks && head ? Math.max(0, Math.round(head.getBoundingClientRect().top - g.top - 4)) : 0;
    root.style.setProperty('--scrolly-top', `${Math.round(topBar()?.getBoundingClientRect().height ?? 0)}px`);
    root.style.setProperty('--scrolly-tuck', `${tuck}px`);
    root.style.setProperty('--scrolly-graphic', `${Math.ceil(g.height - tuck)}px`);
    root.style.setProperty('--scrolly-graphic-full', `${Math.ceil(g.height)}px`);
  };

  /** Scrolls so a step's text starts just inside the readable area (once the chart is stuck). */
  const bringIntoView = (i: number) => {
    const bar = Math.round(topBar()?.getBoundingClientRect().height ?? 0);
    const g = graphic.getBoundingClientRect();
    const col = root.querySelector('.scrolly__steps')!.getBoundingClientRect();
    const over = g.left < col.right - 1 && g.right > col.left + 1;
    const top = bar + (over ? g.height - tuck : 0) + 8;
    const delta = bodies[i]!.getBoundingClientRect().top - top;
    if (Math.abs(delta) > 1) window.scrollBy({ top: delta, behavior: 'instant' });
  };

  /** The step a link named (#step), if it is readable now: a deep link lands on that step's text. */
  const linkedStep = (): number | null => {
    const r = root.getBoundingClientRect();
    const a = area();
    if (r.bottom <= a.top || r.top >= a.bottom) return null;
    const hashed = steps.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));
    return hashed >= 0 && readability(bodies[hashed]!.getBoundingClientRect(), a) > 0 ? hashed : null;
  };

  // Switch to the sticky layout without moving what the reader is reading (src/scripts/place.ts
  // keeps the element at the reading position, or the place it has restored and still holds). A
  // deep link to a step, followed just now, puts that step's text at the top of the readable area.
  const goLiveLayout = () => {
    root.dataset.live = '';
    measure();
  };
  const linked = holding() ? null : linkedStep();
  if (linked === null) keepingPlace(goLiveLayout);
  else {
    goLiveLayout();
    bringIntoView(linked);
  }
  update(false);

  let frame = 0;
  const onScroll = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };

  // Resizing and rotating reflow the text: the step being read stays in view, so its state stays.
  // The step is taken when the size changes (before anything is re-derived), every block measures
  // itself in the next frame, and the step is put back in the frame after, once all heights are new.
  let resizing = 0;
  let width = window.innerWidth;
  let height = window.innerHeight;
  const onResize = () => {
    if (window.innerWidth === width && window.innerHeight === height) return;
    // Only a new width reflows the text; a new height alone (a phone's address bar) does not.
    if (window.innerWidth !== width && keeping === null && inView && active >= 0) keeping = active;
    width = window.innerWidth;
    height = window.innerHeight;
    cancelAnimationFrame(resizing);
    resizing = requestAnimationFrame(() => {
      measure();
      for (const l of lives) l.chart?.resize();
      resizing = requestAnimationFrame(() => {
        const i = keeping;
        keeping = null;
        if (i !== null) bringIntoView(i);
        update(false);
      });
    });
  };
  // The chart's own height (its title wrapping, a font arriving) sets the steps' spacing on phones;
  // a step laid out lazily moves the others.
  const ro = new ResizeObserver(() => {
    // A place restored and still held is put back at once, before this frame is painted.
    if (holding()) keepingPlace(measure);
    else measure();
    for (const l of lives) l.chart?.resize();
    onScroll();
  });
  ro.observe(graphic);
  for (const f of figures) ro.observe(f.querySelector('.chart__frame')!);
  ro.observe(root.querySelector('.scrolly__steps')!);
  const onLoad = () => update(false);
  // Opening the data table untucks it (it is read with the chart); closing tucks it again.
  const onToggle = () => {
    measure();
    onScroll();
  };
  root.addEventListener('toggle', onToggle, true);

  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  window.addEventListener('orientationchange', onResize);
  window.addEventListener('hashchange', onScroll);
  window.addEventListener('load', onLoad);
}
