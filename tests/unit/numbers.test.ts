import { ticks } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES } from '../../src/i18n/langs.ts';
import { plainNumber } from '../../src/i18n/numbers.ts';

// The axes' numbers are written without Intl in the browser (src/i18n/numbers.ts); they must read
// exactly as Intl writes them for each language.
describe('plain numbers', () => {
  const values = [
    ...[1, 3, 4, 5, 7, 10].flatMap((n) => ticks(0, n, 5)),
    ...[1200, 3000, 18000, 26000, 16000, 14000].flatMap((max) => ticks(0, max, 4)),
    ...[120, 300, 1800, 2600].flatMap((max) => ticks(0, max, 4)),
    0.3, 2.5, 12.75, 999, 1000, 12345, 1234567,
  ];
  for (const lang of LANGS) {
    it(`writes ${lang} as Intl does (${LOCALES[lang].intl})`, () => {
      const intl = new Intl.NumberFormat(LOCALES[lang].intl);
      for (const v of values) expect(plainNumber(lang, v), String(v)).toBe(intl.format(v));
    });
  }
  it('groups thousands', () => {
    expect(plainNumber('zh', 26000)).toBe('26,000');
    expect(plainNumber('en', 2.5)).toBe('2.5');
  });
});
