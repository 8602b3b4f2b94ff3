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

type Root = Selection<SVGSVGElement, unknown, null, undefined>;
type Marks = Selection<SVGElement, Mark, SVGSVGElement, unknown>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Binds the scene's marks to the elements with the same data-key. */
function join(root: Root, marks: Mark[]) {
  return root.selectAll<SVGElement, Mark>('[data-key]').data<Mark>(marks, function (this: SVGElement | SVGSVGElement, d: Mark | undefined) {
    return d ? d.key : ((this as SVGElement).getAttribute('data-key') ?? '');
  });
}

function setAll(el: SVGElement, d: Mark) {
  for (const [k, v] of Object.entries(d.attrs)) el.setAttribute(k, String(v));
  el.setAttribute('class', d.className ?? '');
  if (d.tag === 'text') el.textContent = d.text ?? '';
}

export function applyScene(svg: SVGSVGElement, scene: Scene, { duration }: ApplyOptions): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute('width', String(scene.width));
  svg.setAttribute('height', String(scene.height));
  const root: Root = select(svg);
  // Any running transition is interrupted: the new state wins, from wherever the marks are now.
  root.selectAll<SVGElement, Mark>('[data-key]').interrupt();

  // A key whose element has another tag (rare) is replaced rather than morphed.
  join(root, scene.marks)
    .filter(function (this: SVGElement, d: Mark) {
      return this.tagName !== d.tag;
    })
    .remove();

  const joined = join(root, scene.marks);
  const entering: Marks = joined
    .enter()
    .append<SVGElement>((d: Mark) => document.createElementNS(SVG_NS, d.tag) as SVGElement)
    .attr('data-key', (d: Mark) => d.key)
    .each(function (this: SVGElement, d: Mark) {
      setAll(this, d);
    });
  const exiting = joined.exit<Mark>();

  if (duration <= 0) {
    exiting.remove();
    joined.each(function (this: SVGElement, d: Mark) {
      setAll(this, d);
      this.removeAttribute('opacity');
    });
  } else {
    exiting.transition().duration(duration / 2).attr('opacity', 0).remove();
    entering
      .attr('opacity', 0)
      .transition()
      .delay(duration / 3)
      .duration((duration * 2) / 3)
      .attr('opacity', 1)
      .on('end', function (this: SVGElement) {
        this.removeAttribute('opacity');
      });
    joined.each(function (this: SVGElement, d: Mark) {
      const el = select<SVGElement, Mark>(this);
      el.attr('class', d.className ?? '').attr('opacity', null);
      if (d.tag === 'text') el.text(d.text ?? '');
      const t = el.transition().duration(duration);
      for (const [k, v] of Object.entries(d.attrs)) t.attr(k, String(v));
    });
  }
  // Document order is paint order: keep it as the scene lists the marks.
  join(root, scene.marks).order();
}
