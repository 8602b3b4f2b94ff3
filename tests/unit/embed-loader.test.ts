// /embed.js as built (src/embed/loader-build.ts from src/embed/loader.ts): one standalone classic
// script that keeps, before a frame loads, exactly the height the snippets and oEmbed announce.
// esbuild runs in Node, the script in a jsdom window of a host page (outside Vitest's jsdom
// environment, whose TextEncoder esbuild refuses).
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtCharts, definition } from '../../src/charts/build.ts';
import { bundleLoader } from '../../src/embed/loader-build.ts';
import { reservedHeight } from '../../src/embed/snippets.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HOST = 'https://host.example/news/story.html';
let code = '';
let host: JSDOM;
beforeAll(async () => {
  code = (await bundleLoader(root)).code;
  host = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { url: HOST, runScripts: 'outside-only' });
});

/** Runs the loader over one snippet `width` px wide and returns the frame it made. */
function embed(attrs: Record<string, string>, width: number): HTMLIFrameElement | null {
  const { document } = host.window;
  const div = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  Object.defineProperty(div, 'clientWidth', { value: width });
  document.body.append(div);
  host.window.eval(code);
  return div.querySelector('iframe');
}

describe('/embed.js', () => {
  it('is one classic script: no imports, the licence first, ASCII', () => {
    expect(code).toMatch(/^\/\*! Chart embed loader[\s\S]*?MIT License[\s\S]*?\*\/\n"use strict";\(\(\)=>\{/);
    expect(code).not.toMatch(/\bimport\b|\brequire\(|\bexport\b/);
    expect(code.replace(/^\/\*![\s\S]*?\*\//, '')).toMatch(/^[\x00-\x7f]*$/);
  });

  it('keeps the snippets’ height for every chart at every width', () => {
    for (const chart of builtCharts()) {
      const { aspect } = definition(chart);
      for (const w of [280, 320, 479, 480, 559, 560, 600, 800, 1000, 1200]) {
        const f = embed({ 'data-story-chart': chart, 'data-lang': 'zh', 'data-aspect': `${aspect.narrow} ${aspect.wide}` }, w);
        expect(f?.style.height, `${chart} at ${w}px`).toBe(`${reservedHeight(w, aspect)}px`);
      }
    }
  });

  it('names, points and sizes the frame as before (language, state, theme, default ratio)', () => {
    const f = embed({ 'data-story-chart': 'streamers', 'data-lang': 'zh-Hans', 'data-state': 'feud', 'data-theme': 'dark' }, 0)!;
    expect(f.src).toBe(new URL('zh/embed/streamers/?theme=dark&state=feud', HOST).href);
    expect(f.title).toBe('图表：streamers');
    expect(f.getAttribute('loading')).toBe('lazy');
    expect(f.style.height).toBe(`${reservedHeight(600, { narrow: 1, wide: 1.45 })}px`);
    const en = embed({ 'data-story-chart': 'gmv-timeline', 'data-lang': 'fr', 'data-state': 'Bad State', 'data-title': 'GMV' }, 400)!;
    expect(en.src).toBe(new URL('en/embed/gmv-timeline/', HOST).href);
    expect(en.title).toBe('GMV');
    expect(embed({ 'data-story-chart': '../evil' }, 400)).toBeNull();
  });
});
