// Every chart the registry names, checked by the same tests (a new chart is covered as soon as it
// is registered; its own file, e.g. streamers.test.ts, checks only what its picture says):
// - Layout, in every state and language, at the narrowest frame a page gives a chart (320, a 360 px
//   phone's), 360, a narrow column (600) and a desktop (1280) width, at the height the page gives
//   it (its aspect ratio for that layout): no text over other text, no text over a mark it does
//   not label, no text outside the frame, unique keys, finite numbers. Each picture is also kept
//   as an SVG file under __snapshots__/<chart>/<lang>-<width>-<state>.svg, so a change to any state
//   shows in review (`vitest -u` accepts an intended change).
// - States: the definition's states are the registry's, each step draws something new, an unknown
//   state draws the first.
// - Strings, descriptions, table and sources: the same chart strings in both languages, a
//   description for every state whose figures exist, table rows as wide as the head with known
//   sources.
import { describe, expect, it } from 'vitest';
import { NARROWEST } from '../../../src/charts/layout.ts';
import { CHART_IDS, statesOf } from '../../../src/charts/registry.ts';
import { definition, prepare, stateDescription } from '../../../src/charts/build.ts';
import { sceneToSvg } from '../../../src/charts/svg.ts';
import { textWidth } from '../../../src/charts/text.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { LANGS, pick } from '../../../src/i18n/index.ts';
import { getData } from '../../../src/content/story.ts';
import { sceneAt } from './scene.ts';

/** The narrowest frame a page gives a chart (a 360 px phone's), a 360 px frame, a 600 px column and a desktop. */
const WIDTHS = [NARROWEST, 360, 600, 1280] as const;
/** Snapshots link the chart stylesheet rather than copy it, so a CSS change does not rewrite every
 *  file; opened from the checkout in a browser, each draws in the site's colours. */
const STYLESHEET = '<?xml-stylesheet type="text/css" href="../../../../../src/styles/chart-marks.css"?>\n';

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A text mark's box from its font size and the shared width estimate (CJK 1 em, Latin ~0.6 em). */
function textBox(m: Mark): Box {
  const size = Number(m.attrs['font-size']);
  const w = textWidth(m.text ?? '', size);
  const x = Number(m.attrs.x);
  const anchor = m.attrs['text-anchor'] ?? 'start';
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  const y = Number(m.attrs.y);
  return { x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.2 };
}

/** Marks that are backgrounds, not data: text may sit on them. */
const BACKDROP = /\b(grid|axis|pt-future|pt-band|pt-lane)\b/;

/** The box of a filled data mark (bars, dots, arrowheads, crosses); undefined for lines and the rest. */
function markBox(m: Mark): Box | undefined {
  if (BACKDROP.test(m.className ?? '')) return undefined;
  const n = (k: string) => Number(m.attrs[k]);
  if (m.tag === 'rect') return { x0: n('x'), x1: n('x') + n('width'), y0: n('y'), y1: n('y') + n('height') };
  if (m.tag === 'circle') return { x0: n('cx') - n('r'), x1: n('cx') + n('r'), y0: n('cy') - n('r'), y1: n('cy') + n('r') };
  const pts = m.tag === 'polygon' ? String(m.attrs.points) : m.tag === 'path' && /^[ML\d\s.,-]+$/.test(String(m.attrs.d)) ? String(m.attrs.d).replace(/[ML]/g, ' ') : undefined;
  if (!pts) return undefined;
  const nums = pts.trim().split(/[\s,]+/).map(Number);
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** Overlap by more than a pixel each way (anti-aliasing and rounding are not collisions). */
const hits = (a: Box, b: Box) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;

/** A text mark may sit on the marks listed in its `data-on` attribute (a label printed inside its own bar). */
function owns(text: Mark, mark: Mark): boolean {
  const on = String(text.attrs['data-on'] ?? '');
  return on.split(' ').includes(mark.key);
}

const cases = CHART_IDS.flatMap((id) =>
  LANGS.flatMap((lang) => WIDTHS.flatMap((width) => definition(id).states.map((state) => ({ id, lang, width, state })))),
);

describe('every chart, state, language and width is readable', () => {
  it.each(cases)('$id $lang $width $state', async ({ id, lang, width, state }) => {
    const s = sceneAt(id, lang, state, width);
    expect(s.width).toBe(width);

    const keys = s.marks.map((m) => m.key);
    expect(new Set(keys).size, `duplicate keys: ${keys.filter((k, i) => keys.indexOf(k) !== i).join(', ')}`).toBe(keys.length);
    for (const m of s.marks) {
      for (const [k, v] of Object.entries(m.attrs)) {
        if (typeof v === 'number') expect(Number.isFinite(v), `${m.key}.${k} = ${v}`).toBe(true);
        else expect(v, `${m.key}.${k}`).not.toMatch(/NaN|Infinity|undefined/);
      }
      // Colours only through classes, so light, dark and ?theme= all work.
      for (const k of ['style', 'fill', 'stroke', 'opacity']) expect(m.attrs, `${m.key} sets ${k}`).not.toHaveProperty(k);
    }

    const texts = s.marks.filter((m) => m.tag === 'text');
    const problems: string[] = [];
    const boxes = texts.map((m) => ({ m, b: textBox(m) }));
    for (const { m, b } of boxes) {
      if (!m.text?.trim()) problems.push(`${m.key} is empty`);
      if (b.x0 < 0 || b.x1 > s.width || b.y0 < 0 || b.y1 > s.height) {
        problems.push(`${m.key} "${m.text}" leaves the frame (${b.x0.toFixed(0)}–${b.x1.toFixed(0)} × ${b.y0.toFixed(0)}–${b.y1.toFixed(0)} in ${s.width} × ${s.height})`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (hits(boxes[i]!.b, boxes[j]!.b)) problems.push(`"${boxes[i]!.m.text}" (${boxes[i]!.m.key}) overlaps "${boxes[j]!.m.text}" (${boxes[j]!.m.key})`);
      }
    }
    const shapes = s.marks.flatMap((m) => {
      const b = m.tag === 'text' ? undefined : markBox(m);
      return b ? [{ m, b }] : [];
    });
    for (const { m, b } of shapes) {
      if (b.x0 < -0.5 || b.x1 > s.width + 0.5 || b.y0 < -0.5 || b.y1 > s.height + 0.5) problems.push(`${m.tag} ${m.key} leaves the frame`);
    }
    for (const { m, b } of boxes) {
      for (const sh of shapes) {
        if (hits(b, sh.b) && !owns(m, sh.m)) problems.push(`"${m.text}" (${m.key}) lies over ${sh.m.tag} ${sh.m.key}`);
      }
    }
    // The picture first, so a failing state can be looked at (`vitest -u` writes it).
    const svg = STYLESHEET + sceneToSvg(s, { label: `${id}: ${state}`, standalone: true });
    await expect(svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(`__snapshots__/${id}/${lang}-${width}-${state}.svg`);
    expect(problems).toEqual([]);
  });
});

describe.each(CHART_IDS)('%s: states', (id) => {
  const def = definition(id);

  it('has the states the registry gives editors, under its own id', () => {
    expect(def.id).toBe(id);
    expect(def.states).toEqual(statesOf(id));
    expect(def.states.length).toBeGreaterThan(1);
  });

  it.each(LANGS.flatMap((lang) => WIDTHS.map((width) => ({ lang, width }))))('draws a different picture at every step ($lang, $width px)', ({ lang, width }) => {
    const scenes = def.states.map((state) => JSON.stringify(sceneAt(id, lang, state, width)));
    for (let i = 1; i < scenes.length; i++) expect(scenes[i], `${def.states[i - 1]} → ${def.states[i]}`).not.toBe(scenes[i - 1]);
  });

  it.each(LANGS)('draws its first state for an unknown one (%s)', (lang) => {
    // As JSON: the scales a scene carries are functions, new on every render.
    expect(JSON.stringify(sceneAt(id, lang, 'no-such-state', 360))).toBe(JSON.stringify(sceneAt(id, lang, def.states[0]!, 360)));
  });
});

describe.each(CHART_IDS)('%s: strings, descriptions, table and sources', (id) => {
  const data = getData();

  it('has the same chart strings in both languages', () => {
    const own = (lang: (typeof LANGS)[number]) => Object.keys(pick(lang, [`charts.${id}`])).sort();
    expect(own('zh').length).toBeGreaterThan(0);
    expect(own('zh')).toEqual(own('en'));
  });

  it.each(LANGS)('describes every state, with figures that exist (%s)', (lang) => {
    for (const state of definition(id).states) {
      // stateDescription throws on a figure id that figures.json lacks.
      const text = stateDescription(id, lang, state);
      expect(text.trim(), state).not.toBe('');
      expect(text, state).not.toMatch(/\{\{|\}\}|undefined|NaN/);
    }
  });

  it.each(LANGS)('has a table whose rows are as wide as its head, each with known sources (%s)', (lang) => {
    const t = prepare(id, lang).table;
    expect(t.head.length).toBeGreaterThan(1);
    expect(t.rows.length).toBeGreaterThan(0);
    for (const [i, r] of t.rows.entries()) {
      expect(r.cells, `row ${i}`).toHaveLength(t.head.length);
      expect(r.source.length, `row ${i} has no source`).toBeGreaterThan(0);
      for (const src of r.source) expect(data.sources[src], `row ${i}: ${src}`).toBeDefined();
    }
  });

  it('names only sources that exist', () => {
    const sources = definition(id).sources(data);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(data.sources[src], src).toBeDefined();
  });
});
