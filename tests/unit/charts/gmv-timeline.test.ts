// The GMV timeline's hindsight states: what each draws is read from the data file, never typed.
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/data/load.ts';
import { formatFigure } from '../../../src/i18n/format.ts';
import { pick } from '../../../src/i18n/index.ts';
import { stringKeysFor } from '../../../src/charts/definition.ts';
import { gmvTimeline } from '../../../src/charts/gmv-timeline/index.ts';
import { KS_QUARTERS } from '../../../src/charts/gmv-timeline/data.ts';
import type { Scene } from '../../../src/charts/types.ts';

const data = loadData(process.cwd());
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
const strings = Object.fromEntries(LANGS.map((l) => [l, pick(l, stringKeysFor('gmv-timeline'))])) as Record<Lang, Record<string, string>>;
const prepared = Object.fromEntries(LANGS.map((l) => [l, gmvTimeline.buildData(data, l, strings[l])]));

function scene(lang: Lang, state: string, width: number): Scene {
  const layout = width < 480 ? 'narrow' : 'wide';
  const height = Math.round(width / gmvTimeline.aspect[layout]);
  return gmvTimeline.render(prepared[lang]!, state, { lang, width, height, strings: strings[lang], progress: 1 });
}
const fmt = (id: string, lang: Lang) => formatFigure(data.figures[id]!, lang, strings[lang]);
const bars = (s: Scene) => s.marks.filter((m) => m.key.startsWith('bar-')).map((m) => m.key).sort();
const text = (s: Scene, key: string) => s.marks.find((m) => m.key === key)?.text;

describe('gmv-timeline: hindsight states', () => {
  for (const lang of LANGS) {
    for (const width of [360, 720]) {
      it(`same-size (${lang}, ${width}px) shows each company only in its year near RMB 1tn, with that year's growth`, () => {
        const s = scene(lang, 'same-size', width);
        expect(bars(s)).toEqual(['bar-ks-2022', 'bar-ks-2023', 'bar-pdd-2019']);
        expect(text(s, 'growth-pdd-growth-2019')).toBe(`+${fmt('pdd-growth-2019', lang)}`);
        expect(text(s, 'growth-ks-growth-2022')).toBe(`+${fmt('ks-gmv-growth-2022', lang)}`);
        expect(text(s, 'growth-ks-growth-2023')).toBe(`+${fmt('ks-gmv-growth-2023', lang)}`);
        // Growth labels of years the state does not draw stay off the picture.
        expect(text(s, 'growth-pdd-growth-2020')).toBeUndefined();
        expect(text(s, 'growth-ks-growth-2021')).toBeUndefined();
      });

      it(`latest (${lang}, ${width}px) draws Kuaishou's annual bars to the last full year and quotes 2025's quarters`, () => {
        const s = scene(lang, 'latest', width);
        expect(bars(s)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => `bar-ks-${y}`).sort());
        expect(text(s, 'val-ks-2024')).toBe(fmt('ks-gmv-2024', lang));
        const note = text(s, 'note') ?? '';
        const q25 = KS_QUARTERS.filter((q) => q.endsWith('2025'));
        for (const q of q25) expect(note).toContain(`+${fmt(`ks-gmv-growth-${q}`, lang)}`);
        expect(note).toContain(String(q25.length));
      });
    }
  }

  it('every quarter the chart carries has its growth, and the growth matches the year-earlier quarter where both are published', () => {
    for (const q of KS_QUARTERS) {
      const [quarter, year] = q.split('-');
      const now = data.figures[`ks-gmv-${q}`]!;
      const growth = data.figures[`ks-gmv-growth-${q}`]!;
      expect(now.period).toBe(`${year}-${quarter!.toUpperCase()}`);
      const before = data.figures[`ks-gmv-${quarter}-${Number(year) - 1}`];
      // Published growth is computed on unrounded values: allow the rounding of one decimal place.
      if (before) expect(Math.abs((now.value / before.value - 1) * 100 - growth.value)).toBeLessThan(0.15);
    }
  });
});
