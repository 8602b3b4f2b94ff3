// The build's picture of a state, drawn into the embed page's own SVGs before the live chart has
// loaded (a ?state= deep link, a step chosen while the chart code is on its way) and when it cannot
// load. The build writes every state as a standalone SVG file at both layouts
// (/img/{lang}/{chart}/{state}.svg and {state}-narrow.svg, src/pages/img/…); their marks replace
// the marks of the page's narrow and wide SVGs, so
// - the page's stylesheet colours them: light, dark and ?theme= all hold (an <img> of the file would
//   follow the host's colour scheme only, not ?theme=);
// - the container query keeps choosing the layout: resizing across 560 px stays right;
// - the live chart, when it comes, takes over an SVG that is the serializer's picture of the state it
//   shows, exactly as it takes over the build's first state at load.
// The figure's data-state, its description and the SVG's aria-label change only once the marks are
// in place, so nothing names a state that is not drawn. No d3 here: this runs at load.

const LAYOUTS = [
  ['narrow', '-narrow'],
  ['wide', ''],
] as const;

/** Parsed files by URL, so stepping back and forth after the first visit costs nothing. */
const files = new Map<string, Promise<Document>>();
/** The state last asked for, per figure: an answer for an older request is dropped. */
const asked = new WeakMap<HTMLElement, string>();

function file(url: string): Promise<Document> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      // The file's own <style> is for it alone (the page has the same rules); dropped before parsing,
      // since a parsed document shares the page's CSP, which may refuse inline style.
      const text = (await r.text()).replace(/<style>[\s\S]*?<\/style>/g, '');
      return new DOMParser().parseFromString(text, 'image/svg+xml');
    });
    // A failed request is tried again next time.
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p;
}

/** Figures whose live chart is loading: a picture drawn now is fitted at once (fitPicture). */
const fitting = new WeakSet<HTMLElement>();

const isLive = (figure: HTMLElement) => !!figure.querySelector('svg.chart__svg--live');

/**
 * Draws the build's picture of `state` into the figure's SVGs, then marks the figure with the state
 * and its description (the picture's own <title>). Resolves true once drawn; false if the live chart
 * has taken over meanwhile, a later state was asked for, or the files could not be loaded (the
 * figure then keeps what it shows, and says so).
 */
export async function drawPicture(figure: HTMLElement, state: string, again = false): Promise<boolean> {
  if (isLive(figure)) return false;
  asked.set(figure, state);
  const frame = figure.querySelector<HTMLElement>('.chart__frame');
  if (!frame) return false;
  if (figure.dataset.state === state && !again) return true;
  const base = `/img/${figure.dataset.lang ?? 'en'}/${figure.dataset.chart ?? ''}/${state}`;
  let docs: Document[];
  try {
    docs = await Promise.all(LAYOUTS.map(([, suffix]) => file(`${base}${suffix}.svg`)));
  } catch {
    return false;
  }
  if (asked.get(figure) !== state || isLive(figure)) return false;
  let description = '';
  LAYOUTS.forEach(([layout], i) => {
    const target = frame.querySelector<SVGSVGElement>(`svg.chart__svg--${layout}`);
    const source = docs[i]!.documentElement;
    if (!target || source.localName !== 'svg') return;
    for (const name of ['viewBox', 'width', 'height']) {
      const v = source.getAttribute(name);
      if (v !== null) target.setAttribute(name, v);
    }
    // The marks only: the file's <title> and <style> are for it alone (the page has both).
    const marks = [...source.children].filter((el) => el.localName !== 'title' && el.localName !== 'style');
    target.replaceChildren(...marks.map((el) => document.importNode(el, true)));
    description = source.querySelector('title')?.textContent ?? description;
    if (description) target.setAttribute('aria-label', description);
  });
  // The live chart is on its way and takes over from a picture fitted to the frame.
  if (fitting.has(figure)) fitPicture(figure);
  figure.dataset.state = state;
  const desc = figure.querySelector<HTMLElement>('.chart__desc');
  if (desc && description && desc.textContent !== description) desc.textContent = description;
  return true;
}

/**
 * The live chart could not load after all: the picture on screen goes back to the build's own
 * (fitPicture rewrote it for a takeover that did not happen).
 */
export function unfitPicture(figure: HTMLElement): Promise<boolean> {
  if (!fitting.delete(figure)) return Promise.resolve(false);
  const state = figure.dataset.state;
  // A picture of another state on its way is drawn unfitted anyway, and is not to be dropped.
  const pending = asked.get(figure);
  if (!state || (pending !== undefined && pending !== state)) return Promise.resolve(false);
  return drawPicture(figure, state, true);
}

/** Attributes that hold lengths in the pictures' marks (src/charts/svg.ts writes no others). */
const LENGTHS = ['x', 'y', 'width', 'height', 'r', 'cx', 'cy', 'rx', 'ry', 'x1', 'x2', 'y1', 'y2', 'font-size', 'd', 'points'];
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * Before the live chart takes over: the picture on screen, drawn at the build's reference size
 * (360 or 640 px) and scaled by CSS to the frame, is rewritten at the frame's own size, scaling
 * every length. It looks the same; but from there the live chart's first draw can move each mark to
 * where the live layout puts it at this size (type at its own size, not scaled) instead of jumping.
 * Paths hold only absolute and relative moves and lines (no arcs), so scaling every number is exact.
 */
export function fitPicture(figure: HTMLElement): void {
  fitting.add(figure);
  const frame = figure.querySelector<HTMLElement>('.chart__frame');
  const svg = [...(frame?.querySelectorAll<SVGSVGElement>('svg.chart__svg') ?? [])].find((s) => getComputedStyle(s).display !== 'none');
  if (!frame || !svg || svg.classList.contains('chart__svg--live')) return;
  const [, , vw = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const { width, height } = frame.getBoundingClientRect();
  const w = Math.round(width);
  const h = Math.round(height);
  if (!vw || w < 1 || h < 1 || w === vw) return;
  const k = w / vw;
  for (const el of svg.children) {
    for (const name of LENGTHS) {
      const v = el.getAttribute(name);
      if (v !== null) el.setAttribute(name, v.replace(NUMBER, (n) => String(Math.round(Number(n) * k * 10) / 10)));
    }
  }
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
}
