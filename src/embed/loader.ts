/*! Chart embed loader for "Is Kuaishou becoming the next Pinduoduo?"
 * Copyright (c) 2026 the story's authors. MIT License: free to use, copy, modify and share, with
 * this notice, and without warranty. SPDX-License-Identifier: MIT · https://opensource.org/license/mit
 *
 * Usage:  <div data-story-chart="gmv-timeline" data-lang="en"></div>
 *         <script src="https://<our site>/embed.js" async></script>
 * Options on the div: data-state (a step), data-theme ("light" | "dark"), data-title (the frame's
 * accessible name), data-aspect ("<narrow> <wide>" chart ratios, for the space kept before load),
 * data-base (our site's address, if this file is served from elsewhere).
 *
 * Each div gets a lazy, titled iframe of the chart's embed page, at an estimated height until the
 * page reports its own: {"datawrapper-height": {"<its path and query>": px}} (README "Embedding";
 * state= goes last in the src). Only our iframes (event.source), our origin, sane numbers count. */

// The source of /embed.js. src/embed/loader-build.ts bundles it with what it imports into one small
// classic script (no modules: host pages load it with a plain <script async>), served by
// src/pages/embed.js.ts. The height it keeps before a frame loads is the snippets' own estimate.
import { DEFAULT_ASPECT } from '../charts/layout.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { reservedHeight } from './snippets.ts';

interface Mounted {
  frame: HTMLIFrameElement;
  chart: string;
  origin: string;
  /** The snippet named no title: the page's own title names the frame once it reports. */
  untitled: boolean;
}

/** Shared by every copy of this script on the host page, so each frame is mounted and heard once. */
interface Shared {
  frames: Mounted[];
  listening?: boolean;
}

/** A frame's name when the snippet gives no data-title, before the page reports its own. */
const UNTITLED: Record<Lang, string> = { zh: '图表：', en: 'Chart: ' };

const me = (document.currentScript ?? document.querySelector('script[src$="/embed.js"]')) as HTMLScriptElement | null;
const w = window as Window & { __storyChartEmbed?: Shared };
const g: Shared = w.__storyChartEmbed ?? (w.__storyChartEmbed = { frames: [] });
const ID = /^[a-z0-9-]{1,64}$/;

/** The snippet's language (data-lang, else the host page's), English unless it is one of ours. */
const langOf = (tag: string): Lang => LANGS.find((l) => l === tag.slice(0, 2).toLowerCase()) ?? 'en';

function mount(el: HTMLElement): void {
  if (el.getAttribute('data-story-ready')) return;
  el.setAttribute('data-story-ready', '1');
  const chart = el.getAttribute('data-story-chart') || '';
  if (!ID.test(chart)) return;
  const lang = langOf(el.getAttribute('data-lang') || document.documentElement.lang || '');
  let base: URL;
  try {
    base = new URL(el.getAttribute('data-base') || (me && me.getAttribute('data-base')) || '.', me && me.src ? me.src : location.href);
  } catch {
    return;
  }
  const q: string[] = [];
  const state = el.getAttribute('data-state');
  const theme = el.getAttribute('data-theme');
  if (theme === 'light' || theme === 'dark') q.push(`theme=${theme}`);
  if (state && ID.test(state)) q.push(`state=${state}`);
  const given = (el.getAttribute('data-aspect') || '').split(' ').map(Number);
  const aspect = given[0]! > 0.2 && given[1]! > 0.2 ? { narrow: given[0]!, wide: given[1]! } : DEFAULT_ASPECT;

  const f = document.createElement('iframe');
  f.src = new URL(`${lang}/embed/${chart}/${q.length ? `?${q.join('&')}` : ''}`, base).href;
  const title = el.getAttribute('data-title');
  f.title = title || UNTITLED[lang] + chart;
  f.setAttribute('loading', 'lazy');
  f.setAttribute('scrolling', 'no');
  f.setAttribute('frameborder', '0');
  // Styles through the CSSOM, which a strict Content-Security-Policy allows.
  f.style.display = 'block';
  f.style.width = '100%';
  f.style.border = '0';
  f.style.height = `${reservedHeight(el.clientWidth || 600, aspect)}px`;
  el.appendChild(f);
  g.frames.push({ frame: f, chart, origin: base.origin, untitled: !title });
}

function scan(): void {
  const els = document.querySelectorAll<HTMLElement>('[data-story-chart]');
  for (let i = 0; i < els.length; i++) mount(els[i]!);
}

if (!g.listening) {
  g.listening = true;
  window.addEventListener('message', (e: MessageEvent) => {
    const d: unknown = e.data && typeof e.data === 'object' ? e.data['datawrapper-height'] : null;
    if (!d || typeof d !== 'object') return;
    let h: number | null = null;
    for (const k in d) {
      const v = (d as Record<string, unknown>)[k];
      if (typeof v === 'number' && v >= 50 && v <= 8000) {
        h = v;
        break;
      }
    }
    for (let i = 0; i < g.frames.length; i++) {
      const m = g.frames[i]!;
      if (m.frame.contentWindow !== e.source || e.origin !== m.origin) continue;
      const t: unknown = e.data['story-chart-title'];
      if (h !== null) m.frame.style.height = `${Math.ceil(h)}px`;
      // The page's title names the frame if the snippet gave none (as text, never HTML).
      if (m.untitled && typeof t === 'string' && t) m.frame.title = t.slice(0, 300);
    }
  });
}

scan();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
