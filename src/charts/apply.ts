// Joins a Scene onto a live <svg> in the browser. Marks are matched by key: a mark that stays moves
// from its current attributes to the new ones, a new mark fades in, a mark that is gone fades out.
// The result after the transition is exactly the serialized Scene, whatever was on screen before.
//
// Why not d3-selection + d3-transition: they (with d3-color and d3-interpolate's colour and
// transform parsers) weighed ~12 KB gzip, more than the rest of the story's script together, for a
// job that is a keyed loop and a numeric tween here: colours live in CSS classes, never in attributes.
import type { Mark, Scene } from './types.ts';

export interface ApplyOptions {
  /** Milliseconds; 0 under prefers-reduced-motion, on first paint and on resize. */
  duration: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;

/** Interpolates two attribute values: numbers, and strings whose numbers differ (path data,
 *  points, dash arrays). Anything else switches at the end. */
export function interpolate(from: string, to: string): (t: number) => string {
  const a = from.match(NUMBER);
  const b = to.match(NUMBER);
  const skeleton = (s: string) => s.replace(NUMBER, '#');
  if (!a || !b || a.length !== b.length || skeleton(from) !== skeleton(to)) return (t) => (t < 1 ? from : to);
  const parts = to.split(NUMBER);
  const na = a.map(Number);
  const nb = b.map(Number);
  return (t) => {
    if (t >= 1) return to;
    let out = parts[0]!;
    for (let i = 0; i < nb.length; i++) out += String(Math.round((na[i]! + (nb[i]! - na[i]!) * t) * 100) / 100) + parts[i + 1]!;
    return out;
  };
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2); // cubic in-out

interface Tween {
  el: SVGElement;
  name: string;
  at: (t: number) => string;
}

const frames = new WeakMap<SVGSVGElement, number>();

function setAll(el: SVGElement, d: Mark) {
  for (const [k, v] of Object.entries(d.attrs)) el.setAttribute(k, String(v));
  el.setAttribute('class', d.className ?? '');
  if (d.tag === 'text') el.textContent = d.text ?? '';
}

export function applyScene(svg: SVGSVGElement, scene: Scene, { duration }: ApplyOptions): void {
  // Interrupt: the new state wins, from wherever the marks are now; half-faded marks go at once.
  const running = frames.get(svg);
  if (running !== undefined) cancelAnimationFrame(running);
  frames.delete(svg);
  svg.removeAttribute('data-transitioning');
  for (const el of svg.querySelectorAll('[data-leaving]')) el.remove();
  for (const el of svg.querySelectorAll('[opacity]')) el.removeAttribute('opacity');

  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute('width', String(scene.width));
  svg.setAttribute('height', String(scene.height));

  const existing = new Map<string, SVGElement>();
  for (const el of svg.querySelectorAll<SVGElement>('[data-key]')) existing.set(el.getAttribute('data-key')!, el);

  const animate = duration > 0;
  const tweens: Tween[] = [];
  const entering: SVGElement[] = [];
  for (const m of scene.marks) {
    let el = existing.get(m.key);
    existing.delete(m.key);
    if (el && el.tagName !== m.tag) {
      el.remove();
      el = undefined;
    }
    if (!el) {
      el = document.createElementNS(SVG_NS, m.tag) as SVGElement;
      el.setAttribute('data-key', m.key);
      setAll(el, m);
      if (animate) {
        el.setAttribute('opacity', '0');
        entering.push(el);
      }
    } else {
      el.setAttribute('class', m.className ?? '');
      if (m.tag === 'text') el.textContent = m.text ?? '';
      for (const [name, v] of Object.entries(m.attrs)) {
        const to = String(v);
        const from = el.getAttribute(name);
        if (animate && from !== null && from !== to) tweens.push({ el, name, at: interpolate(from, to) });
        else el.setAttribute(name, to);
      }
    }
    svg.appendChild(el); // document order is paint order: as the scene lists the marks
  }

  // Marks that are gone: fade out underneath the others, then leave.
  const leaving = [...existing.values()];
  for (const el of leaving) {
    if (!animate) {
      el.remove();
      continue;
    }
    el.setAttribute('data-leaving', '');
    svg.insertBefore(el, svg.firstChild);
  }
  if (!animate) return;

  svg.setAttribute('data-transitioning', '');
  const start = performance.now();
  const frame = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const e = ease(t);
    for (const tw of tweens) tw.el.setAttribute(tw.name, tw.at(e));
    const fadeIn = String(Math.max(0, Math.min(1, (t - 1 / 3) * 1.5)));
    for (const el of entering) el.setAttribute('opacity', fadeIn);
    const fadeOut = String(Math.max(0, 1 - t * 2));
    for (const el of leaving) el.setAttribute('opacity', fadeOut);
    if (t < 1) {
      frames.set(svg, requestAnimationFrame(frame));
      return;
    }
    frames.delete(svg);
    for (const el of leaving) el.remove();
    for (const el of entering) el.removeAttribute('opacity');
    svg.removeAttribute('data-transitioning');
  };
  frames.set(svg, requestAnimationFrame(frame));
}
