// Every chart the registry names, in every state and language, at a phone (360), a narrow column
// (600) and a desktop (1280) width, at the height the page gives it (its aspect ratio for that
// layout): no text over other text, no text over a mark it does not label, no text outside the
// frame, unique keys, finite numbers. Each picture is also kept as an SVG file under
// __snapshots__/<chart>/<lang>-<width>-<state>.svg, so a change to any state shows in review
// (`vitest -u` accepts an intended change).
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/charts/registry.ts';
import { definition, prepare } from '../../../src/charts/build.ts';
import { sceneToSvg } from '../../../src/charts/svg.ts';
import { textWidth } from '../../../src/charts/text.ts';
import type { Mark, Scene } from '../../../src/charts/types.ts';
import { LANGS } from '../../../src/i18n/index.ts';

const WIDTHS = [360, 600, 1280] as const;
/** Snapshots link the chart stylesheet rather than copy it, so a CSS change does not rewrite every
 *  file; opened from the checkout in a browser, each draws in the site's colours. */
const STYLESHEET = '<?xml-stylesheet type="text/css" href="../../../../../src/styles/chart-marks.css"?>\n';
/** The container width from which the page uses a chart's wide aspect ratio (src/styles/scrolly.css). */
const WIDE_FROM = 560;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function sceneAt(id: string, lang: (typeof LANGS)[number], state: string, width: number): Scene {
  const def = definition(id);
  const height = Math.round(width / def.aspect[width < WIDE_FROM ? 'narrow' : 'wide']);
  const p = prepare(id, lang);
  return def.render(p.data, state, { lang, width, height, strings: p.strings, progress: 1 });
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
