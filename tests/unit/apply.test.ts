// @vitest-environment jsdom
// jsdom, the tests' one DOM library (tests/tools/readability.mjs runs Readability on it too).
// The live join (src/charts/apply.ts) in a DOM: what switches at the start, what is removed, how
// marks enter and leave, and that any path through the states ends on the serialized Scene.
// tests/e2e/path-independence.spec.ts checks the same on the real charts in Chromium.
import { describe, expect, it, vi } from 'vitest';
import { applyScene, tween } from '../../src/charts/apply.ts';
import { sceneToSvg } from '../../src/charts/svg.ts';
import type { Mark, Scene } from '../../src/charts/types.ts';

describe('attribute tweens (d3-interpolate)', () => {
  it('interpolates numbers and ends on the exact target text', () => {
    const i = tween('10', '20')!;
    expect(i(0)).toBe('10');
    expect(i(0.5)).toBe('15');
    expect(i(1)).toBe('20');
    expect(tween('0.1', '.3')!(1)).toBe('.3');
  });
  it('interpolates the numbers inside path data with the same shape', () => {
    const i = tween('M0,0L10,10', 'M10,20L30,40')!;
    expect(i(0.5)).toBe('M5,10L20,25');
    expect(i(1)).toBe('M10,20L30,40');
  });
  it('interpolates colours', () => {
    expect(tween('rgb(0, 0, 0)', 'rgb(200, 100, 0)')!(0.5)).toBe('rgb(100, 50, 0)');
  });
  it('refuses what cannot move, so the caller switches it at the start', () => {
    expect(tween('M0,0L10,10', 'M0,0L10,10L20,20')).toBeNull();
    expect(tween('start', 'end')).toBeNull();
    expect(tween('5', '5')).toBeNull();
  });
});

const svgEl = () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  return svg;
};

/** Each mark as tag + sorted attributes + text, in document order. */
function shape(svg: SVGSVGElement): string[] {
  return [...svg.children].map((el) => {
    const attrs = el
      .getAttributeNames()
      .sort()
      .map((n) => `${n}=${el.getAttribute(n)}`)
      .join(' ');
    return `${el.localName} ${attrs} |${el.textContent}`;
  });
}
function expected(scene: Scene): string[] {
  const wrap = document.createElement('div');
  wrap.innerHTML = sceneToSvg(scene, { label: '' });
  return shape(wrap.firstElementChild as SVGSVGElement);
}

const scene = (marks: Mark[]): Scene => ({ width: 100, height: 100, marks });
const A = scene([
  { key: 'bar', tag: 'rect', className: 'c-ks', attrs: { x: 0, y: 50, width: 10, height: 50 }, enter: { y: 100, height: 0 } },
  { key: 'label', tag: 'text', className: 'val', text: 'fifty', attrs: { x: 5, y: 45, 'text-anchor': 'middle' } },
  { key: 'old', tag: 'line', className: 'grid', attrs: { x1: 0, x2: 100, y1: 10, y2: 10 } },
]);
const B = scene([
  { key: 'label', tag: 'text', className: 'val val--ks', text: 'eighty', attrs: { x: 5, y: 15 } },
  { key: 'bar', tag: 'rect', className: 'c-pdd is-dim', attrs: { x: 0, y: 20, width: 10, height: 80 }, enter: { y: 100, height: 0 } },
  { key: 'new', tag: 'line', className: 'grid', attrs: { x1: 0, x2: 100, y1: 30.04, y2: 30.04 }, enter: { y1: { scale: 'y', value: 3 }, y2: { scale: 'y', value: 3 }, opacity: 0 } },
]);
const C = scene([{ key: 'bar', tag: 'circle', attrs: { cx: 1, cy: 2, r: 3 } }]);

/** Waits for the transition to end: the flag the join sets, removed by d3's transition.end(). */
async function settled(svg: SVGSVGElement) {
  await vi.waitFor(() => expect(svg.hasAttribute('data-transitioning')).toBe(false), { timeout: 2000, interval: 5 });
}
/**
 * Waits until the running transition has drawn a frame between its ends (the mark's attribute is
 * neither where it started nor where it goes), so whatever comes next interrupts it midway.
 */
async function midway(svg: SVGSVGElement, selector: string, name: string, ends: [string, string]) {
  await vi.waitFor(
    () => {
      expect(svg.hasAttribute('data-transitioning')).toBe(true);
      expect(ends).not.toContain(svg.querySelector(selector)?.getAttribute(name));
    },
    { timeout: 2000, interval: 1 },
  );
}
const hasTransition = (svg: SVGSVGElement) => [svg, ...svg.children].some((el) => (el as unknown as { __transition?: object }).__transition);

describe('applyScene (d3-selection join, d3-transition)', () => {
  it('without motion sets the scene at once, removes attributes the mark no longer has, leaves no transition', () => {
    const svg = svgEl();
    applyScene(svg, A, { duration: 0 });
    expect(shape(svg)).toEqual(expected(A));
    applyScene(svg, B, { duration: 0 });
    expect(shape(svg)).toEqual(expected(B));
    expect(svg.querySelector('[data-key="label"]')!.hasAttribute('text-anchor')).toBe(false);
    expect(svg.hasAttribute('data-transitioning')).toBe(false);
    expect(hasTransition(svg)).toBe(false);
    applyScene(svg, C, { duration: 0 });
    expect(shape(svg)).toEqual(expected(C)); // same key, other tag: replaced
  });

  it('switches text, anchors and classes at the start, moves numbers and colours, and ends on the scene', async () => {
    const svg = svgEl();
    applyScene(svg, A, { duration: 0 });
    applyScene(svg, B, { duration: 60 });
    expect(svg.hasAttribute('data-transitioning')).toBe(true);
    const label = svg.querySelector('[data-key="label"]')!;
    expect(label.textContent).toBe('eighty');
    expect(label.hasAttribute('text-anchor')).toBe(false);
    expect(label.getAttribute('y')).toBe('45'); // numbers move from where they were
    const bar = svg.querySelector('[data-key="bar"]')!;
    expect(bar.getAttribute('class')).toBe('c-pdd is-dim');
    // The leaving gridline stays, beneath the others, until the end.
    expect(svg.firstElementChild!.getAttribute('data-key')).toBe('old');
    expect(svg.firstElementChild!.hasAttribute('data-leaving')).toBe(true);
    // The entering gridline starts transparent, where it says (no y scale before: its own, none).
    const fresh = svg.querySelector('[data-key="new"]')!;
    expect(fresh.getAttribute('opacity')).toBe('0');
    await settled(svg);
    expect(shape(svg)).toEqual(expected(B));
    expect(hasTransition(svg)).toBe(false);
  });

  it('switches a changed non-numeric attribute and a reshaped path at the start', () => {
    const svg = svgEl();
    const one = scene([
      { key: 't', tag: 'text', text: 'a', attrs: { x: 1, y: 2, 'text-anchor': 'start' } },
      { key: 'p', tag: 'path', attrs: { d: 'M0,0L10,10' } },
    ]);
    const two = scene([
      { key: 't', tag: 'text', text: 'a', attrs: { x: 9, y: 2, 'text-anchor': 'end' } },
      { key: 'p', tag: 'path', attrs: { d: 'M0,0L10,10L20,0' } },
    ]);
    applyScene(svg, one, { duration: 0 });
    applyScene(svg, two, { duration: 60 });
    expect(svg.querySelector('[data-key="t"]')!.getAttribute('text-anchor')).toBe('end');
    expect(svg.querySelector('[data-key="t"]')!.getAttribute('x')).toBe('1');
    expect(svg.querySelector('[data-key="p"]')!.getAttribute('d')).toBe('M0,0L10,10L20,0');
    applyScene(svg, two, { duration: 0 });
  });

  it('enters from the enter attributes and the other picture\u2019s scale', async () => {
    const svg = svgEl();
    applyScene(svg, { ...A, scales: { y: (v) => v * 10 } }, { duration: 0 });
    applyScene(svg, { ...B, scales: { y: (v) => v * 20 } }, { duration: 60 });
    const fresh = svg.querySelector('[data-key="new"]')!;
    expect(fresh.getAttribute('y1')).toBe('30'); // 3 on the OLD scale
    await settled(svg);
    expect(fresh.getAttribute('y1')).toBe('30'); // the serialized 30.04
    expect(shape(svg)).toEqual(expected(B));
  });

  it('ends exactly on the target when interrupted by a third state and sent back', async () => {
    const svg = svgEl();
    applyScene(svg, A, { duration: 0 });
    applyScene(svg, B, { duration: 300 });
    await midway(svg, 'rect[data-key="bar"]', 'y', ['50', '20']);
    applyScene(svg, C, { duration: 300 });
    await midway(svg, 'circle[data-key="bar"]', 'opacity', ['0', '1']);
    applyScene(svg, B, { duration: 300 });
    await settled(svg);
    expect(shape(svg)).toEqual(expected(B));
    applyScene(svg, A, { duration: 300 });
    await midway(svg, 'rect[data-key="bar"]', 'y', ['20', '50']);
    applyScene(svg, B, { duration: 0 });
    expect(shape(svg)).toEqual(expected(B));
    expect(hasTransition(svg)).toBe(false);
  });
});
