// The embed page's script (/{lang}/embed/{chart}/):
// - opens the state named by ?state= if the chart has it (the first state otherwise: an unknown
//   value is ignored, and it is only ever compared, never written into the page);
// - steps through the states with the previous/next buttons and the arrow keys;
// - keeps the download links and the story link on the state shown;
// - tells the host page its height whenever it changes, with the message many publishing systems
//   already listen for: {"datawrapper-height": {"<this embed's path and query>": <px>}} (below).
// ?theme= is applied before the first paint by public/embed-boot.js.
import { createChart, readPayload, type LiveChart } from '../charts/runtime.ts';
import { heightKey } from '../embed/message.ts';
import { enhanceShare } from '../embed/share-client.ts';
import { dropPicture, showPicture } from './fallback.ts';

const root = document.documentElement;
const main = document.querySelector<HTMLElement>('[data-embed]')!;
const figure = main.querySelector<HTMLElement>('figure[data-chart]')!;
const chartId = main.dataset.embed!;
const states = (main.dataset.states ?? '').split(' ').filter(Boolean);
const payload = readPayload(figure);
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

let index = Math.max(0, states.indexOf(requestedState(location.search, states) ?? states[0]!));
let live: LiveChart | null = null;

function show(i: number, animate: boolean) {
  index = Math.min(states.length - 1, Math.max(0, i));
  const state = states[index]!;
  // Without the live chart (still loading, or its code failed), the figure names no state it does
  // not draw: once loading has failed, the build's picture of the state stands in.
  if (live) live.set(state, 1, animate);
  else if (failures > 0) void showPicture(figure, state, payload.descriptions[state] ?? null);
  status.textContent = (status.dataset.pattern ?? '{n}/{total}').replace('{n}', String(index + 1)).replace('{total}', String(states.length));
  prev.setAttribute('aria-disabled', String(index === 0));
  next.setAttribute('aria-disabled', String(index === states.length - 1));
  // Downloads and the story link follow the state on screen.
  for (const a of figure.querySelectorAll<HTMLAnchorElement>('a[href*="/img/"]')) {
    a.href = a.href.replace(/\/[a-z0-9-]+\.(svg|png)$/, `/${state}.$1`);
  }
  if (storyLink) storyLink.href = `${storyBase}#${chartId}--${state}`;
  // The share link: this state's share page (…/share/{chart}/{state}/embed/), and its title.
  if (shareLink) {
    shareLink.href = shareLink.href.replace(/\/share\/([a-z0-9-]+)\/[a-z0-9-]+\/embed\/$/, `/share/$1/${state}/embed/`);
    shareLink.dataset.shareTitle = shareTitles[index] ?? shareLink.dataset.shareTitle;
  }
}

const step = (d: number) => {
  if (!live) void mount();
  const target = index + d;
  if (target >= 0 && target < states.length) show(target, true);
};

show(index, false);
// The build-time picture is the first state's: when that is what was asked, nothing needs hiding.
if (index === 0) root.removeAttribute('data-pending');

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

let mounting: Promise<void> | null = null;
/** Failed attempts to load the live chart; the next is not tried before retryAt (backoff). */
let failures = 0;
let retryAt = 0;
const mount = () => {
  if (mounting || performance.now() < retryAt) return mounting;
  return (mounting = createChart(figure, payload).then(
    (c) => {
      live = c;
      c.set(states[index]!, 1, false);
      dropPicture(figure);
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
      void showPicture(figure, states[index]!, payload.descriptions[states[index]!] ?? null).finally(() => root.removeAttribute('data-pending'));
    },
  ));
};
// The build-time picture already shows the first state, so the live chart (needed to step) waits
// for an idle moment; another state asked for, or a first step, mounts it at once.
if (index === 0 && typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => void mount(), { timeout: 2000 });
else void mount();

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
  const lang = root.lang.startsWith('zh') ? 'zh' : 'en';
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || height < 1) return;
    last = height;
    // "story-chart" and the title ride along for our loader (public/embed.js), which names the
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
