// Drives one scrolly block with scrollama, tamed:
// - the active step is derived from the page geometry (the last step whose top has passed the
//   trigger line), on load and again whenever scrolling ends, so steps skipped by a fast scroll, an
//   anchor jump or a reload mid-page still end on the right state;
// - scroller.resize() runs, debounced, whenever the viewport changes size;
// - teardown removes every listener and observer it added.
import { createChart, loadPayload, markState, type LiveChart, type Payload } from '../charts/runtime.ts';
import { createScroller } from './scroller.ts';

const OFFSET = 0.6;

const debounce = (fn: () => void, ms: number) => {
  let t: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(t);
    t = setTimeout(fn, ms);
  };
};

export interface MountedScrolly {
  destroy(): void;
  /** The state of the step currently active. */
  readonly state: string;
}

export function mountScrolly(root: HTMLElement): MountedScrolly {
  // Usually one figure; the side-by-side page has one per language, and CSS shows the leading one.
  const figures = [...root.querySelectorAll<HTMLElement>('.scrolly__graphic figure[data-chart]')];
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const payloads: (Payload | undefined)[] = figures.map(() => undefined);
  const charts: LiveChart[] = [];
  let active: HTMLElement | null = null;

  const activate = (step: HTMLElement, progress = 1, animate = true) => {
    if (step !== active) {
      active?.classList.remove('is-active');
      active?.removeAttribute('aria-current');
      step.classList.add('is-active');
      step.setAttribute('aria-current', 'step');
      active = step;
    }
    const state = step.dataset.step ?? '';
    figures.forEach((f, i) => markState(f, payloads[i], state));
    for (const c of charts) c.set(state, step.hasAttribute('data-progress') ? progress : 1, animate);
  };

  /** The step a reader at this scroll position is reading: derived, never accumulated. */
  const derive = (): HTMLElement => {
    const line = window.innerHeight * OFFSET;
    let current = steps[0]!;
    for (const s of steps) if (s.getBoundingClientRect().top <= line) current = s;
    return current;
  };

  const scroller = createScroller();
  scroller
    .setup({ step: steps, offset: OFFSET, progress: steps.some((s) => s.hasAttribute('data-progress')) })
    .onStepEnter(({ element }) => activate(element))
    .onStepExit(({ element, direction }) => {
      // Leaving the first step upwards keeps the first state; other exits are followed by an enter.
      if (direction === 'up' && element === steps[0]) activate(steps[0]);
    })
    .onStepProgress(({ element, progress }) => {
      if (element.hasAttribute('data-progress')) activate(element, progress, false);
    });

  activate(derive(), 1, false);
  figures.forEach((f, i) =>
    loadPayload(f)
      .then((p) => {
        payloads[i] = p;
        return createChart(f, p);
      })
      .then((c) => {
        charts.push(c);
        activate(derive(), 1, false);
      }, (e: unknown) => console.error(e)),
  );

  const onScrollEnd = () => {
    const step = derive();
    if (step !== active) activate(step);
  };
  const onResize = debounce(() => {
    scroller.resize();
    for (const c of charts) c.resize();
    onScrollEnd();
  }, 150);
  const ro = new ResizeObserver(onResize);
  for (const f of figures) ro.observe(f.querySelector('.chart__frame')!);
  window.addEventListener('resize', onResize);
  window.addEventListener('scrollend', onScrollEnd);

  return {
    get state() {
      return figures[0]?.dataset.state ?? '';
    },
    destroy() {
      scroller.destroy();
      ro.disconnect();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scrollend', onScrollEnd);
      for (const c of charts) c.destroy();
    },
  };
}
