// Text measurement without a DOM, so build-time and browser renders lay labels out identically.
// Widths are generous estimates in em (CJK 1em, Latin and digits ~0.62em), so a label that fits
// here fits in any of the system fonts the page may fall back to.

import { fill } from '../i18n/fill.ts';

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[il.,:;'|!()]/.test(ch)) em += 0.32;
    else if (/[mwMW%]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.62;
  }
  return em * fontSize;
}

/** Breaks text into lines no wider than maxWidth (CJK may break anywhere, Latin at spaces). */
export function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F][，。、；：？！）」”]?|[^\s\u2E80-\u9FFF]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && textWidth((line + tok).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wrapped as `wrap` wraps it, in as few lines, the lines as even as they go (CSS's text-wrap:
 * balance, which SVG text does not have): no last line of one word under a full one.
 */
export function wrapBalanced(text: string, fontSize: number, maxWidth: number): string[] {
  const lines = wrap(text, fontSize, maxWidth);
  if (lines.length < 2) return lines;
  let lo = 0;
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrap(text, fontSize, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrap(text, fontSize, hi);
}

/** Fills a "{{name}}" pattern from a flat strings dictionary. */
export function fmt(strings: Record<string, string>, key: string, vars: Record<string, string | number> = {}): string {
  const pattern = strings[key];
  if (pattern === undefined) throw new Error(`[chart] missing string "${key}"`);
  return fill(pattern, vars);
}
