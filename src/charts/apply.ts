// Joins a Scene onto a live <svg> in the browser with d3-selection's keyed join and moves it with
// d3-transition. Marks are matched by key (and tag): a mark that stays moves from where it is now to
// its new attributes, a new mark enters as its `enter` says (default: fades in), a mark that is gone
// leaves as its old `exit` said (default: fades out), beneath the others. Whatever was on screen
// before, and however often a transition is interrupted, the SVG at rest is exactly the serialized
// Scene (src/charts/svg.ts), attribute for attribute: tests/e2e/path-independence.spec.ts checks it.
//
// What moves when: numbers, and strings whose numbers move in the same skeleton (paths, points, dash
// arrays), tween through d3-interpolate; colours through interpolateRgb; anything else (text, anchors,
// changed path shapes) switches at the START, as does an attribute the new mark no longer has, which
// is removed. A class change moves the colours it sets with the shapes: the computed fill/stroke of
// the old and new class are tweened as inline style, which is handed back to the class at the end,
// so the light and dark themes (custom properties from src/charts/palette.ts) keep working.
// Duration 0 (reduced motion, first paint, resize) sets everything at once: no transition is created.
import { color } from 'd3-color';
import { interpolateRgb, interpolateString } from 'd3-interpolate';
import { select, type BaseType } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { attrText } from './svg.ts';
import type { Mark, MotionAttrs, Scene } from './types.ts';

export interface ApplyOptions {
  /** Milliseconds; 0 under prefers-reduced-motion, on first paint and on resize. */
  duration: number;
}

type El = SVGElement;
type Interp = (t: number) => string;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The transitions' name, so nothing else's transitions on these nodes are touched. */
const NAME = 'scene';
/** Properties a mark's class may set and that are worth moving (not dash patterns or caps). */
const PAINT = ['fill', 'stroke', 'fill-opacity', 'stroke-opacity', 'stroke-width'] as const;
/** Attributes the join itself owns. */
const OWN = new Set(['data-key', 'class', 'style', 'data-leaving']);
/** Where an attribute a mark enters or leaves with, but does not keep, comes to rest. */
const NEUTRAL: Record<string, string> = { opacity: '1', 'fill-opacity': '1', 'stroke-opacity': '1' };
/** d3 skips a tween whose factory returns null (its typings do not say so). */
const NONE = null as unknown as Interp;
const DEFAULT_MOTION: MotionAttrs = { opacity: 0 };

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const skeleton = (s: string) => s.replace(NUMBER, '#');

/** A d3 interpolator from one attribute text to another that ends on exactly `to`, or null when the
 *  two cannot be tweened (no shared shape): the caller then switches at the start. */
export function tween(from: string, to: string): Interp | null {
  if (from === to) return null;
  let i: Interp;
  if (color(to) && color(from)) i = interpolateRgb(from, to);
  else if (/\d/.test(to) && skeleton(from) === skeleton(to)) i = interpolateString(from, to);
  else return null;
  return (t) => (t >= 1 ? to : i(t));
}

const markId = (tag: string, key: string) => `${tag} ${key}`;
const lastScene = new WeakMap<SVGSVGElement, Scene>();
const generation = new WeakMap<SVGSVGElement, number>();

/** Resolves an enter/exit attribute: a literal, or a value on the other picture's (else own) scale. */
function resolve(v: MotionAttrs[string], other: Scene | undefined, own: Scene | undefined): string {
  if (typeof v !== 'object') return attrText(v);
  const s = other?.scales?.[v.scale] ?? own?.scales?.[v.scale];
  return attrText(s ? s(v.value) + (v.offset ?? 0) : 0);
}

function setAll(el: El, d: Mark) {
  for (const [k, v] of Object.entries(d.attrs)) el.setAttribute(k, attrText(v));
  el.setAttribute('data-key', d.key);
  if (d.className) el.setAttribute('class', d.className);
  else el.removeAttribute('class');
  if (d.tag === 'text') el.textContent = d.text ?? '';
}

/** Removes what the mark does not have (attributes, inline style, leaving flags). */
function prune(el: El, d: Mark) {
  for (const name of el.getAttributeNames()) if (!(name in d.attrs) && (name === 'style' || name === 'data-leaving' || !OWN.has(name))) el.removeAttribute(name);
}

export function applyScene(svg: SVGSVGElement, scene: Scene, { duration }: ApplyOptions): void {
  const root = select(svg);
  // Interrupt: the new state wins, from wherever the marks are now.
  root.interrupt(NAME);
  root.selectChildren<El, Mark>('[data-key]').interrupt(NAME);
  const prev = lastScene.get(svg);
  lastScene.set(svg, scene);
  const gen = (generation.get(svg) ?? 0) + 1;
  generation.set(svg, gen);

  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute('width', String(scene.width));
  svg.setAttribute('height', String(scene.height));

  const joined = root
    .selectChildren<El, Mark>('[data-key]')
    .data(scene.marks, function (this: El | SVGSVGElement, d, _i, group) {
      // Called for each node (`this`: the node) and each mark (`group`: the marks).
      return (group as unknown) === scene.marks ? markId(d.tag, d.key) : markId((this as El).localName, (this as El).getAttribute('data-key') ?? '');
    });
  const exiting = joined.exit<Mark | undefined>();
  const entering = joined
    .enter()
    .append((d) => document.createElementNS(SVG_NS, d.tag) as El)
    .each(function (d) {
      setAll(this, d);
    });
  const all = entering.merge(joined).order();

  if (duration <= 0) {
    joined.each(function (d) {
      prune(this, d);
      setAll(this, d);
    });
    exiting.remove();
    svg.removeAttribute('data-transitioning');
    return;
  }

  // The svg carries the timing every mark's transition inherits (one id, one clock, one easing).
  const t = root.transition(NAME).duration(duration) as unknown as Transition<BaseType, any, any, any>;
  const tweens = new Map<El, Map<string, Interp>>();
  const after = new Map<El, string[]>();
  const plan = (el: El, name: string, i: Interp | null, to: string) => {
    if (!i) return void el.setAttribute(name, to);
    let m = tweens.get(el);
    if (!m) tweens.set(el, (m = new Map()));
    m.set(name, i);
  };

  // Entering marks start from their `enter` attributes (default: transparent).
  entering.each(function (d) {
    for (const [name, v] of Object.entries(d.enter ?? DEFAULT_MOTION)) {
      const from = resolve(v, prev, scene);
      const kept = name in d.attrs;
      const to = kept ? attrText(d.attrs[name]!) : NEUTRAL[name];
      if (!kept) (after.get(this) ?? after.set(this, []).get(this)!).push(name);
      this.setAttribute(name, from);
      plan(this, name, tween(from, to ?? from), to ?? from);
    }
  });

  // Staying marks: colours first (read all, write all, read all: two style recalculations in all).
  const recolour = joined.filter(function (d) {
    return this.hasAttribute('style') || (this.getAttribute('class') ?? '') !== (d.className ?? '');
  });
  const froms = recolour.nodes().map((n) => paint(n));
  recolour.each(function (d) {
    this.removeAttribute('style');
    if (d.className) this.setAttribute('class', d.className);
    else this.removeAttribute('class');
  });
  const tos = recolour.nodes().map((n) => paint(n));
  const styleTweens = new Map<El, Map<string, Interp>>();
  recolour.each(function (_d, i) {
    const m = new Map<string, Interp>();
    const from = froms[i]!;
    const to = tos[i]!;
    for (const p of ['fill', 'stroke'] as const) {
      if ((from[p] === 'none') === (to[p] === 'none')) continue;
      // A paint that appears or goes: it takes its colour at once and fades in or out by opacity.
      const op = `${p}-opacity` as const;
      this.style.setProperty(p, from[p] === 'none' ? to[p]! : from[p]!);
      if (from[p] === 'none') from[op] = '0';
      else to[op] = '0';
      from[p] = to[p] = '';
    }
    for (const p of PAINT) {
      const a = from[p];
      const b = to[p];
      const tw = a && b ? tween(a, b) : null;
      if (tw) {
        this.style.setProperty(p, a!);
        m.set(p, tw);
      }
    }
    if (m.size) styleTweens.set(this, m);
    else if (!this.style.length) this.removeAttribute('style');
  });

  joined.each(function (d) {
    this.removeAttribute('data-leaving');
    if (d.tag === 'text' && this.textContent !== (d.text ?? '')) this.textContent = d.text ?? '';
    for (const name of this.getAttributeNames()) {
      if (OWN.has(name) || name in d.attrs) continue;
      // Left over from an interrupted entrance or exit: back to rest, then gone. Else gone now.
      const rest = NEUTRAL[name];
      const tw = rest === undefined ? null : tween(this.getAttribute(name)!, rest);
      if (tw) {
        plan(this, name, tw, rest!);
        (after.get(this) ?? after.set(this, []).get(this)!).push(name);
      } else this.removeAttribute(name);
    }
    for (const [name, v] of Object.entries(d.attrs)) {
      const to = attrText(v);
      const from = this.getAttribute(name);
      plan(this, name, from === null ? null : tween(from, to), to);
    }
  });

  // Leaving marks go beneath the others and move to their `exit` attributes (default: transparent).
  exiting.each(function (d) {
    this.setAttribute('data-leaving', '');
    svg.insertBefore(this, svg.firstChild);
    for (const [name, v] of Object.entries(d?.exit ?? DEFAULT_MOTION)) {
      const to = resolve(v, scene, prev);
      const from = this.getAttribute(name) ?? NEUTRAL[name] ?? to;
      plan(this, name, tween(from, to), to);
    }
  });

  const names = new Set<string>();
  for (const m of tweens.values()) for (const n of m.keys()) names.add(n);
  const run = (tr: Transition<El, any, any, any>) => {
    for (const name of names) tr.attrTween(name, function () {
      return tweens.get(this)?.get(name) ?? NONE;
    });
    for (const p of PAINT) tr.styleTween(p, function () {
      return styleTweens.get(this)?.get(p) ?? NONE;
    });
    return tr.on('end.rest', function () {
      this.removeAttribute('style');
      for (const name of after.get(this) ?? []) this.removeAttribute(name);
    });
  };
  const moving = run(all.transition(t));
  const leaving = run(exiting.transition(t)).remove();

  svg.setAttribute('data-transitioning', '');
  Promise.all([moving.end(), leaving.end()]).then(
    () => {
      if (generation.get(svg) === gen) svg.removeAttribute('data-transitioning');
    },
    () => {}, // interrupted: the next scene's transition clears the flag
  );
}

function paint(node: El): Partial<Record<(typeof PAINT)[number], string>> {
  const cs = getComputedStyle(node);
  const out: Partial<Record<(typeof PAINT)[number], string>> = {};
  for (const p of PAINT) out[p] = cs.getPropertyValue(p);
  return out;
}
