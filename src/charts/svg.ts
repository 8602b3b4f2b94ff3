// Serializes a Scene to an SVG string at build time: the chart readers see before any script runs,
// in the page, in the static step figures, in embeds' <noscript> and in the downloadable files.
import type { Mark, Scene } from './types.ts';
import { esc } from '../files/escape.ts';

/** An attribute's text: numbers rounded to 0.1 px. The live chart writes the same text (apply.ts),
 *  so a live picture at rest equals the serialized one. */
export const attrText = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);

function markToSvg(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([k, v]) => ` ${k}="${esc(attrText(v))}"`)
    .join('');
  const cls = m.className ? ` class="${esc(m.className)}"` : '';
  const key = ` data-key="${esc(m.key)}"`;
  return m.tag === 'text' ? `<text${key}${cls}${attrs}>${esc(m.text ?? '')}</text>` : `<${m.tag}${key}${cls}${attrs}/>`;
}

export interface SvgOptions {
  /** Accessible name of the picture (the state description). */
  label: string;
  className?: string;
  /** Extra CSS inside the SVG, for standalone files that cannot see the page's stylesheet. */
  style?: string;
  /** Add xmlns for standalone files. */
  standalone?: boolean;
}

export function sceneToSvg(scene: Scene, opts: SvgOptions): string {
  const ns = opts.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const cls = opts.className ? ` class="${esc(opts.className)}"` : '';
  const style = opts.style ? `<style>${opts.style}</style>` : '';
  const title = opts.standalone ? `<title>${esc(opts.label)}</title>` : '';
  const a11y = opts.standalone ? '' : ` role="img" aria-label="${esc(opts.label)}"`;
  return `<svg${ns}${cls} viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}"${a11y}>${title}${style}${scene.marks.map(markToSvg).join('')}</svg>`;
}
