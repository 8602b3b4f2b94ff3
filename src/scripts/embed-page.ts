// The embed page's script (/{lang}/embed/{chart}/):
// - opens the state named by ?state= if the chart has it (the first state otherwise: an unknown
//   value is ignored, and it is only ever compared, never written into the page);
// - steps through the states with the previous/next buttons and the arrow keys;
// - keeps the download links and the story link on the state shown;
// - tells the host page its height whenever it changes, with the message many publishing systems
//   already listen for: {"datawrapper-height": {"<this embed's path and query>": <px>}} (below).
// ?theme= is applied before the first paint by public/embed-boot.js.
//
// What loads at once is this script alone (a few KB). The live chart (src/charts/runtime.ts with
// d3, and the chart's render code) loads on the reader's first sign of intent: a pointer over or
// down on the chart or its buttons, focus inside the figure, an arrow key, a step chosen. Until it
// has drawn, the build's picture of each state stands in (src/embed/picture.ts): a ?state= deep link
// shows its picture, and a step chosen early shows its picture at once; the live chart then takes
// over the picture on screen and moves to the chosen state. If the live chart cannot load, the
// pictures stay, and loading is retried quietly on later steps.
import type { LiveChart } from '../charts/runtime.ts';
import { heightKey } from '../embed/message.ts';
import { drawPicture, fitPicture, unfitPicture } from '../embed/picture.ts';
import { enhanceShare } from '../embed/share-client.ts';
import { fill } from '../i18n/fill.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';

const root = document.documentElement;
const main = document.querySelector<HTMLElement>('[data-embed]')!;
const figure = main.querySelector<HTMLElement>('figure[data-chart]')!;
const chartId = main.dataset.embed!;
const states = (main.dataset.states ?? '').split(' ').filter(Boolean);
const prev = main.querySelector<HTMLButtonElement>('[data-go="-1"]')!;
const next = main.querySelector<HTMLButtonElement>('[data-go="1"]')!;
const status = main.querySelector<HTMLElement>('[data-status]')!;
const storyLink = main.querySelector<HTMLAnchorElement>('[data-story-link]');
const storyBase = main.dataset.story ?? '';
const shareLink = main.querySelector<HTMLAnchorElement>('[data-share-link]');
const shareTitles = JSON.parse(main.dataset.shareTitles ?? '[]') as string[];

/** The state the URL asks for, if the chart has it. */
export function requestedState(search: string, known: readonly string[]): string | null {
  const asked = new URLSearchParams(search).get('state');
  return asked !== null && known.includes(asked) ? asked : null;
}

/** The state chosen (by the URL or the buttons); what is drawn follows it as soon as it can. */
let index = Math.max(0, states.indexOf(requestedState(location.search, states) ?? states[0]!));
let live: LiveChart | null = null;

/** Downloads, the story link and the share link name the state drawn (figure[data-state]). */
function follow(state: string) {
  const i = states.indexOf(state);
  for (const a of figure.querySelectorAll<HTMLAnchorElement>('a[href*="/img/"]')) {
    a.href = a.href.replace(/\/[a-z0-9-]+\.(svg|png)$/, `/${state}.$1`);
  }
  if (storyLink) storyLink.href = `${storyBase}#${chartId}--${state}`;
  // The share link: this state's share page (…/share/{chart}/{state}/embed/), and its title.
  if (shareLink) {
    shareLink.href = shareLink.href.replace(/\/share\/([a-z0-9-]+)\/[a-z0-9-]+\/embed\/$/, `/share/$1/${state}/embed/`);
    shareLink.dataset.shareTitle = shareTitles[i] ?? shareLink.dataset.shareTitle;
  }
}

/** Draws the chosen state: with the live chart if it is there, else the build's picture. */
function draw(animate: boolean): Promise<unknown> {
  const state = states[index]!;
  if (live) {
    live.set(state, animate);
    follow(state);
    return Promise.resolve();
  }
  return drawPicture(figure, state).then((shown) => {
    if (shown) follow(state);
  });
}

function choose(i: number) {
  index = Math.min(states.length - 1, Math.max(0, i));
  // The controls say where the reader is at once; the figure says so once it is drawn.
  status.textContent = fill(status.dataset.pattern ?? '{{n}}/{{total}}', { n: index + 1, total: states.length });
  prev.setAttribute('aria-disabled', String(index === 0));
  next.setAttribute('aria-disabled', String(index === states.length - 1));
}

const step = (d: number) => {
  void mount();
  const target = index + d;
  if (target < 0 || target >= states.length) return;
  choose(target);
  void draw(true);
};

let mounting: Promise<void> | null = null;
/** Failed attempts to load the live chart; the next is not tried before retryAt (backoff). */
let failures = 0;
let retryAt = 0;
function mount(): Promise<void> | null {
  if (live || mounting || performance.now() < retryAt) return mounting;
  return (mounting = import('../charts/runtime.ts')
    .then(({ createChart, readPayload }) => {
      // The live chart moves from the picture on screen, fitted to the frame, to its own layout.
      fitPicture(figure);
      return createChart(figure, readPayload(figure), true);
    })
    .then(
      (c) => {
        live = c;
        // The live chart starts from the picture on screen (figure[data-state]); if the reader has
        // chosen another state meanwhile whose picture has not arrived, it moves there.
        const moved = figure.dataset.state !== states[index];
        void draw(moved);
        root.removeAttribute('data-pending');
        const frame = figure.querySelector('.chart__frame')!;
        let raf = 0;
        new ResizeObserver(() => {
          cancelAnimationFrame(raf);
          raf = requestAnimationFrame(() => c.resize());
        }).observe(frame);
      },
      (e: unknown) => {
        // Retried quietly on a later step, after 1 s, 2 s, 4 s ...
        failures += 1;
        retryAt = performance.now() + 1000 * 2 ** (failures - 1);
        mounting = null;
        console.warn('Live chart unavailable; showing the built pictures.', e);
        void unfitPicture(figure);
      },
    ));
}

// The reader's first intent loads the live chart (once; later ones find it loading or loaded).
const intent = () => void mount();
for (const type of ['pointerenter', 'pointerdown', 'focusin'] as const) figure.addEventListener(type, intent, { passive: true });

choose(index);
enhanceShare(main);
prev.addEventListener('click', () => step(-1));
next.addEventListener('click', () => step(1));
document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
  if ((e.target as Element | null)?.closest?.('.table-scroll, input, textarea, select, summary')) return;
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    e.preventDefault();
    step(e.key === 'ArrowLeft' ? -1 : 1);
  }
});

// A deep link: the build's picture of the state asked for (the page's own is the first state's).
// If it cannot be loaded, the live chart is tried; if that fails too, the first state shows, and
// the figure says so.
if (index > 0) {
  void draw(false).then(async () => {
    if (figure.dataset.state !== states[index]) await mount();
    const drawn = states.indexOf(figure.dataset.state ?? '');
    if (drawn !== index && drawn >= 0) choose(drawn);
    root.removeAttribute('data-pending');
  });
} else root.removeAttribute('data-pending');
main.dataset.ready = '';

// The height, for the host page. Only numbers and our own path leave this page; any host may read
// them. The message (documented in README "Embedding" and the gallery):
//   {"datawrapper-height": {"<path and query of this embed>": px},
//    "story-chart": {"chart", "lang", "state", "key", "height"}, "story-chart-title": "<title>"}
// The key is the embed's own path and query, as in the iframe's src, so a handler that finds "the
// iframe whose src contains the key" (Datawrapper's published script) picks this frame even when
// the page embeds the same chart twice (another language or state); handlers that match the iframe
// by event.source (ours, most CMS snippets) read the one number whatever its key.
if (window.parent !== window) {
  let last = 0;
  const title = figure.querySelector('.chart__title')?.textContent?.trim() ?? '';
  const key = heightKey(location.pathname, location.search);
  const lang: Lang = LANGS.find((l) => l === figure.dataset.lang) ?? LANGS[0];
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || height < 1) return;
    last = height;
    // "story-chart" and the title ride along for our loader (/embed.js, built from src/embed/loader.ts), which names the
    // iframe with the title when the host's snippet did not; other listeners ignore them.
    const state = states[index] ?? '';
    window.parent.postMessage(
      { 'datawrapper-height': { [key]: height }, 'story-chart': { chart: chartId, lang, state, key, height }, 'story-chart-title': title },
      '*',
    );
  };
  new ResizeObserver(report).observe(root);
  report();
}
