// The live chart in the browser. It takes over the build-rendered SVG inside a <figure data-chart>,
// loads only that chart's render code, and redraws whenever the state or the
// size changes. Each draw is computed from (data, state, size) alone.
import { applyScene } from './apply.ts';
import { sceneToSvg } from './svg.ts';
import { manifestOf } from './manifests.ts';
import type { RenderContext, Scene } from './types.ts';

export interface Payload {
  data: unknown;
  strings: Record<string, string>;
  /** State id → text description, resolved at build time. */
  descriptions: Record<string, string>;
}

export interface LiveChart {
  /** Moves the chart to a state; `animate` is ignored under prefers-reduced-motion. */
  set(state: string, animate?: boolean): void;
  /** Redraws at the frame's current size, without animation. */
  resize(): void;
}

/**
 * For tests only (tests/e2e/path-independence.spec.ts): a page that defines `window.__chartTest`
 * before its scripts run is handed each live chart's own drawing and the build serializer's picture
 * of any state at the frame's current size, so the test compares the two in the page. Nothing sets
 * it in production.
 */
export interface ChartTestApi {
  svg: SVGSVGElement;
  /** Goes to a state as `set` does, with this duration (still 0 under reduced motion). */
  go(state: string, ms: number): void;
  scene(state: string): Scene;
  /** The serializer's SVG of a state (src/charts/svg.ts), as the build writes it. */
  serialize(state: string): string;
}
type TestHook = (figure: HTMLElement, api: ChartTestApi) => void;

const DURATION = 700;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function readPayload(figure: HTMLElement): Payload {
  const el = figure.querySelector<HTMLScriptElement>('script.chart__payload');
  return JSON.parse(el?.textContent ?? '{}') as Payload;
}

const fetched = new Map<string, Promise<Payload>>();

/**
 * The chart's data and strings: inline in the figure (embed pages, which draw at once), or a JSON
 * file beside the page (story pages, which need it only when the reader nears the chart, and so
 * keep it out of the HTML that has to arrive before anything is painted).
 */
export function loadPayload(figure: HTMLElement): Promise<Payload> {
  const url = figure.dataset.payload;
  if (!url) return Promise.resolve(readPayload(figure));
  let p = fetched.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`chart data ${url}: HTTP ${r.status}`);
      return r.json() as Promise<Payload>;
    });
    fetched.set(url, p);
  }
  return p;
}

/** Sets the figure's observable state (data-state, description) without drawing. */
export function markState(figure: HTMLElement, payload: Payload | undefined, state: string): void {
  figure.dataset.state = state;
  const desc = figure.querySelector<HTMLElement>('.chart__desc');
  const text = payload?.descriptions[state];
  if (desc && text && desc.textContent !== text) desc.textContent = text;
}

/**
 * `animateFirst`: the first draw moves from the SVG on screen (a build picture fitted to the frame,
 * on embed pages) to the live layout, instead of replacing it at once; never under reduced motion.
 */
export async function createChart(figure: HTMLElement, given?: Payload, animateFirst = false): Promise<LiveChart> {
  const payload = given ?? (await loadPayload(figure));
  const id = figure.dataset.chart ?? '';
  const lang = (figure.dataset.lang ?? 'en') as RenderContext['lang'];
  // Chart code is split per chart (each manifest's lazy loader), so a page loads only what it
  // shows, when it shows it.
  const manifest = manifestOf(id);
  if (!manifest) throw new Error(`No chart code for "${id}"`);
  const mod = await manifest.load();
  const frame = figure.querySelector<HTMLElement>('.chart__frame')!;

  // Keep the build-rendered SVG that is showing (no flash) and drop the other layout's copy.
  const svgs = [...frame.querySelectorAll<SVGSVGElement>('svg.chart__svg')];
  const svg = svgs.find((s) => getComputedStyle(s).display !== 'none') ?? svgs[0]!;
  for (const s of svgs) if (s !== svg) s.remove();
  svg.classList.add('chart__svg--live');

  let drawn = '';
  const draw = (duration: number) => {
    const state = figure.dataset.state ?? '';
    const { width, height } = frame.getBoundingClientRect();
    if (width < 1 || height < 1) return;
    const w = Math.round(width);
    const h = Math.round(height);
    const key = `${state}|${w}x${h}`;
    if (key === drawn) return;
    drawn = key;
    const scene = mod.render(payload.data, state, { lang, width: w, height: h, strings: payload.strings });
    applyScene(svg, scene, { duration: reducedMotion() ? 0 : duration });
    const label = payload.descriptions[state];
    if (label) svg.setAttribute('aria-label', label);
  };
  draw(animateFirst ? DURATION : 0);

  const hook = (window as { __chartTest?: TestHook }).__chartTest;
  if (hook) {
    const sceneOf = (state: string) => {
      const { width, height } = frame.getBoundingClientRect();
      return mod.render(payload.data, state, { lang, width: Math.round(width), height: Math.round(height), strings: payload.strings });
    };
    hook(figure, {
      svg,
      go(state, ms) {
        markState(figure, payload, state);
        draw(ms);
      },
      scene: sceneOf,
      serialize: (state) => sceneToSvg(sceneOf(state), { label: '' }),
    });
  }

  return {
    set(state, animate = true) {
      markState(figure, payload, state);
      draw(animate ? DURATION : 0);
    },
    resize() {
      draw(0);
    },
  };
}
