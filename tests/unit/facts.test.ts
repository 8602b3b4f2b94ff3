// Facts defined once (src/i18n/langs.ts, src/i18n/fill.ts, src/charts/layout.ts) and what the rest
// of the code assumes of them.
import { describe, expect, it } from 'vitest';
import { BUILD_SIZES } from '../../src/charts/build.ts';
import { chartLayoutCss, COMPACT_BELOW, isCompact, layoutAt, NARROW_MEDIA, WIDE_FROM } from '../../src/charts/layout.ts';
import { embedLayoutCss, EMBED_MARGIN } from '../../src/embed/snippets.ts';
import { fill } from '../../src/i18n/fill.ts';
import { HTML_LANG, LANGS, LOCALES, otherLang, perLang } from '../../src/i18n/langs.ts';

describe('languages', () => {
  it('pair up, each with its tags', () => {
    expect(LANGS).toEqual(['zh', 'en']);
    for (const l of LANGS) {
      expect(otherLang(otherLang(l))).toBe(l);
      expect(otherLang(l)).not.toBe(l);
      expect(HTML_LANG[l]).toBe(LOCALES[l].html);
      expect(() => new Intl.NumberFormat(LOCALES[l].intl)).not.toThrow();
      expect(LOCALES[l].og).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
    expect(perLang((l) => l.toUpperCase())).toEqual({ zh: 'ZH', en: 'EN' });
  });
});

describe('placeholders', () => {
  it('fills every {{name}}, hyphenated ids too; an unknown name becomes empty', () => {
    expect(fill('{{n}} of {{total}}, {{n}}', { n: 2, total: 5 })).toBe('2 of 5, 2');
    expect(fill('about {{ks-gmv-2019}}', { 'ks-gmv-2019': '¥1bn' })).toBe('about ¥1bn');
    expect(fill('[{{missing}}] {single}', {})).toBe('[] {single}');
  });
  it('asks a function for each name, which may refuse one', () => {
    expect(fill('{{a}}+{{b}}', (k) => k.toUpperCase())).toBe('A+B');
    expect(() => fill('{{x}}', (k) => { throw new Error(`unknown ${k}`); })).toThrow('unknown x');
  });
});

describe('layout widths', () => {
  it('the build draws each layout at a width that takes it', () => {
    expect(layoutAt(BUILD_SIZES.narrow)).toBe('narrow');
    expect(layoutAt(BUILD_SIZES.wide)).toBe('wide');
    expect(layoutAt(WIDE_FROM - 1)).toBe('narrow');
    expect(layoutAt(WIDE_FROM)).toBe('wide');
    // Compact type is a step inside the narrow layout, and the narrow picture is drawn compact.
    expect(COMPACT_BELOW).toBeLessThan(WIDE_FROM);
    expect(isCompact(BUILD_SIZES.narrow)).toBe(true);
  });
  it('the generated CSS and the picture source switch at the same width', () => {
    expect(chartLayoutCss()).toContain(`@container (min-width: ${WIDE_FROM}px)`);
    expect(NARROW_MEDIA).toBe(`(max-width: ${WIDE_FROM - 1}px)`);
    expect(embedLayoutCss()).toContain(`@media (max-width: ${COMPACT_BELOW - 1}px) {\n  body.embed { padding: ${EMBED_MARGIN.compact}px; }`);
  });
});
