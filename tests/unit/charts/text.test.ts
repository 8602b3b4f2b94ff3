import { describe, expect, it } from 'vitest';
import { textWidth, wrap, wrapBalanced } from '../../../src/charts/text.ts';

describe('wrapping chart text', () => {
  const note = '2025, 3 quarters so far: +15.4% / +17.6% / +15.2% year on year';

  it('wraps at the width, Chinese between any two characters', () => {
    for (const line of wrap(note, 10, 316)) expect(textWidth(line, 10)).toBeLessThanOrEqual(316);
    expect(wrap('快手正在成为下一个拼多多吗', 10, 60)).toEqual(['快手正在成为', '下一个拼多多', '吗']);
  });

  it('balances: as few lines as plain wrapping, none left with a single word', () => {
    const plain = wrap(note, 10, 316);
    const even = wrapBalanced(note, 10, 316);
    expect(plain.at(-1)).toBe('year');
    expect(even).toHaveLength(plain.length);
    expect(even.join(' ')).toBe(note);
    const widths = even.map((l) => textWidth(l, 10));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(textWidth('+15.4% / ', 10));
    for (const w of widths) expect(w).toBeLessThanOrEqual(316);
  });

  it('leaves text that fits on one line alone', () => {
    expect(wrapBalanced('RMB 385bn', 10, 316)).toEqual(['RMB 385bn']);
  });
});
