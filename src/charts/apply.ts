// Joins a Scene onto a live <svg> in the browser. Marks are matched by key: a mark that stays moves
// from its current attributes to the new ones, a new mark fades in, a mark that is gone fades out.
// The result after the transition is exactly the serialized Scene, whatever was on screen before.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Mark, Scene } from './types.ts';

export interface ApplyOptions {
  /** Milliseconds; 0 under prefers-reduced-motion, on first paint and on resize. */
  duration: number;
}

type MarkSel = Selection<SVGElement, Mark, SVGSVGElement, unknown>;

const setAttrs = (sel: MarkSel) => {
  sel.each(function (d) {
    const el = this as SVGElement;
    for (const [k, v] of Object.entries(d.attrs)) el.setAttribute(k, String(v));
    el.setAttribute('class', d.className ?? '');
    if (d.tag === 'text') el.textContent = d.text ?? '';
  });
};

export function applyScene(svg: SVGSVGElement, scene: Scene, { duration }: ApplyOptions): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute('width', String(scene.width));
  svg.setAttribute('height', String(scene.height));
  const root = select(svg);
  // Any running transition is interrupted: the new state wins, from wherever the marks are now.
  root.selectAll<SVGElement, Mark>('[data-key]').interrupt();

  const joined = root
    .selectAll<SVGElement, Mark>('[data-key]')
    .data(scene.marks, function (this: SVGElement | SVGSVGElement, d?: Mark) {
      return d ? d.key : (this as SVGElement).getAttribute('data-key') ?? '';
    });

  const exit = joined.exit<Mark>();
  const enter = joined
    .enter()
    .append<SVGElement>((d) => document.createElementNS('http://www.w3.org/2000/svg', d.tag) as SVGElement)
    .attr('data-key', (d) => d.key);

  // A key that changes its tag (rare) is replaced rather than morphed.
  const update = joined.filter(function (d) {
    return (this as SVGElement).tagName === d.tag;
  });
  const retagged = joined.filter(function (d) {
    return (this as SVGElement).tagName !== d.tag;
  });
  retagged.remove();
  const reentered = root
    .selectAll<SVGElement, Mark>('[data-key]')
    .data(scene.marks.filter((m) => retagged.data().some((r) => r.key === m.key)), (d) => d.key)
    .enter()
    .append<SVGElement>((d) => document.createElementNS('http://www.w3.org/2000/svg', d.tag) as SVGElement)
    .attr('data-key', (d) => d.key);

  const entering = enter.merge(reentered) as MarkSel;
  setAttrs(entering);

  if (duration <= 0) {
    exit.remove();
    setAttrs(update as MarkSel);
    entering.attr('opacity', null);
    root.selectAll<SVGElement, Mark>('[data-key]').data(scene.marks, (d) => d.key).order();
    return;
  }

  exit.transition().duration(duration / 2).attr('opacity', 0).remove();
  entering.attr('opacity', 0).transition().delay(duration / 3).duration((duration * 2) / 3).attr('opacity', 1).on('end', function () {
    (this as SVGElement).removeAttribute('opacity');
  });
  update.each(function (d) {
    const el = select(this as SVGElement);
    el.attr('class', d.className ?? '');
    if (d.tag === 'text') el.text(d.text ?? '');
    const t = el.transition().duration(duration);
    for (const [k, v] of Object.entries(d.attrs)) t.attr(k, String(v));
  });
  root.selectAll<SVGElement, Mark>('[data-key]').data(scene.marks, (d) => d.key).order();
}
