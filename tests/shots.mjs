#!/usr/bin/env node
// Pictures of every chart state for a person to look at: one PNG per chart × language × width ×
// theme, with every state side by side, so overlaps, missing units and clipped text are seen at once.
//   node tests/shots.mjs svg [outDir]             the chart test's SVG snapshots (tests/unit/charts/charts.test.ts) (no build needed)
//   node tests/shots.mjs embed <port> [outDir]   the built embed pages (?state=, ?theme=), served on <port>
// Widths 360, 600 and 1280; themes light and dark. Needs playwright-core and a Chromium (tests/browser.mjs).
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_ONE } from './browser.mjs';
import { PALETTE, paletteCss } from '../src/charts/palette.ts';

const [mode = 'svg', ...rest] = process.argv.slice(2);
const port = mode === 'embed' ? Number(rest.shift()) : 0;
const out = rest[0] ?? 'tests/.output/shots';
// SHOTS_CHARTS=streamers SHOTS_WIDTHS=600 SHOTS_THEMES=dark narrow a run down.
const WIDTHS = (process.env.SHOTS_WIDTHS ?? '360,600,1280').split(',').map(Number);
const THEMES = (process.env.SHOTS_THEMES ?? 'light,dark').split(',');
const LANGS = (process.env.SHOTS_LANGS ?? 'zh,en').split(',');
const SNAP = 'tests/unit/charts/__snapshots__';

const exe = await findChromium();
if (!exe) throw new Error(HOW_TO_GET_ONE);
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
mkdirSync(out, { recursive: true });

const charts = readdirSync(SNAP).filter((c) => !process.env.SHOTS_CHARTS || process.env.SHOTS_CHARTS.split(',').includes(c));
const statesOf = (chart) => [...new Set(readdirSync(join(SNAP, chart)).map((f) => f.replace(/^\w+-\d+-|\.svg$/g, '')))];
/** The registry's order (the story's), which the snapshot file names do not keep. */
const order = async (chart, states) => {
  const src = readFileSync(`src/charts/${chart}/states.ts`, 'utf8');
  const listed = [...(/STATES = \[([^\]]*)\]/.exec(src)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  return [...listed.filter((s) => states.includes(s)), ...states.filter((s) => !listed.includes(s))];
};

for (const chart of charts) {
  const states = await order(chart, statesOf(chart));
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const cols = width >= 1280 ? 1 : width >= 600 ? 2 : 3;
        const page = await browser.newPage({ viewport: { width: (width + 24) * cols, height: 800 }, colorScheme: theme });
        const cell = (state, inner) => `<div style="display:inline-block;vertical-align:top;width:${width}px;margin:0 12px 16px;font:12px sans-serif;color:${theme === 'dark' ? '#ccc' : '#333'}"><div>${chart} · ${lang} · ${width} · ${state}</div>${inner}</div>`;
        let body;
        if (mode === 'embed') {
          // Each embed page on its own at this width (embeds refuse to be framed by another origin),
          // its live chart photographed once drawn, then all states set side by side.
          const shots = [];
          const tab = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
          for (const s of states) {
            await tab.goto(`http://127.0.0.1:${port}/${lang}/embed/${chart}/?state=${s}&theme=${theme}`);
            await tab.locator(`figure[data-chart][data-state="${s}"] svg.chart__svg--live`).waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {});
            shots.push((await tab.screenshot({ fullPage: true })).toString('base64'));
          }
          await tab.close();
          body = states.map((s, i) => cell(s, `<img src="data:image/png;base64,${shots[i]}" style="width:${width}px;outline:1px solid #888">`)).join('');
        } else {
          const svg = (s) => { const f = join(SNAP, chart, `${lang}-${width}-${s}.svg`); return existsSync(f) ? readFileSync(f, 'utf8').replace(/<\?xml-stylesheet[^>]*>/, '') : '(no snapshot)'; };
          body = states.map((s) => cell(s, `<div style="outline:1px solid #888">${svg(s)}</div>`)).join('');
        }
        const css = mode === 'svg' ? `<style>${paletteCss()}\n${readFileSync('src/styles/chart-marks.css', 'utf8')}</style>` : '';
        await page.setContent(`<!doctype html><html data-theme="${theme}">${css}<body style="margin:8px 0;background:${PALETTE[theme === 'dark' ? 'dark' : 'light']['chart-bg']}">${body}</body></html>`);
        const file = join(out, `${mode}-${chart}-${lang}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
    }
  }
}
await browser.close();
