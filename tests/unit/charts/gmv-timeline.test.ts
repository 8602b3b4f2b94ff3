// The GMV timeline's content: what each state draws is what the data files say, the axis names its
// unit, no year column is empty, and growth labels include every year the state shows (2022's
// +32.5% too). (Keys, numbers, layout, snapshots, strings and tables of every chart:
// tests/unit/charts/charts.test.ts.)
import { describe, expect, it } from 'vitest';
import { gmvTimeline } from '../../../src/charts/gmv-timeline/index.ts';
import { prepare } from '../../../src/charts/build.ts';
import { KS_QUARTERS, type GmvData } from '../../../src/charts/gmv-timeline/data.ts';
import type { Scene } from '../../../src/charts/types.ts';
import { getData } from '../../../src/content/story.ts';
import { formatFigure } from '../../../src/i18n/format.ts';
import { LANGS, type Lang } from '../../../src/i18n/index.ts';
import { byKey, sceneAt as chartScene } from './scene.ts';

const sceneAt = (lang: Lang, state: string, width: number): Scene => chartScene('gmv-timeline', lang, state, width);
const scene = (lang: Lang, state: string, width = 360): Scene => sceneAt(lang, state, width);
const data = (lang: Lang) => prepare('gmv-timeline', lang).data as GmvData;
const years = (s: Scene) => s.marks.filter((m) => /^x-\d{4}$/.test(m.key)).map((m) => Number(m.key.slice(2)));

const BAR_STATES = gmvTimeline.states.filter((st) => st !== 'race');

describe('gmv-timeline', () => {
  it('names the axis unit in each language, and ticks are bare numbers', () => {
    for (const [lang, unit] of [['zh', '亿元'], ['en', 'RMB bn']] as const) {
      for (const state of BAR_STATES) {
        const s = scene(lang, state);
        expect(byKey(s, 'y-unit')!.text, state).toBe(unit);
        for (const m of s.marks.filter((q) => q.key.startsWith('ytick-'))) expect(m.text).toMatch(/^[\d,]+$/);
      }
    }
  });

  it('draws a bar in every year column (the first states keep 2019–2020 open for what comes next)', () => {
    const early = new Set(['launch', 'first-year', 'prospectus']);
    for (const state of BAR_STATES.filter((st) => !early.has(st))) {
      const s = scene('en', state, 600);
      const keys = s.marks.filter((m) => m.tag === 'rect' && m.key.startsWith('bar-')).map((m) => m.key);
      for (const yr of years(s)) {
        expect(keys.some((k) => k.endsWith(`-${yr}`) || k.endsWith(`-${yr}h1`) || k.endsWith(`-${yr}-9m`)), `${state}: ${yr}`).toBe(true);
      }
    }
  });

  it('compares the years the prose compares: Kuaishou 2018–2020 beside Pinduoduo 2017–2020', () => {
    const s = scene('zh', 'comparison');
    expect(years(s)).toEqual([2017, 2018, 2019, 2020]);
    for (const y of [2018, 2019, 2020]) expect(byKey(s, `bar-ks-${y}`), `ks ${y}`).toBeDefined();
    for (const y of [2017, 2018, 2019, 2020]) expect(byKey(s, `bar-pdd-${y}`), `pdd ${y}`).toBeDefined();
  });

  it('labels growth for every Kuaishou year shown with growth, 2022 included', () => {
    for (const lang of LANGS) {
      const d = data(lang);
      for (const [state, ys] of [['hindsight', [2020, 2021, 2022, 2023]], ['same-size', [2022, 2023]], ['latest', [2020, 2021, 2022, 2023, 2024]]] as const) {
        const s = scene(lang, state);
        for (const y of ys) {
          const g = d.ksGrowth.find((q) => q.year === y)!;
          expect(byKey(s, `growth-${g.key}`)?.text, `${state} ${y}`).toBe(`+${d.text[g.figure]}`);
        }
      }
    }
  });

  it('same-size sets Pinduoduo 2019 beside Kuaishou 2022 and 2023, each with its value and growth', () => {
    const d = data('en');
    const s = scene('en', 'same-size');
    expect(years(s)).toEqual([2019, 2022, 2023]);
    expect(byKey(s, 'x-2019')!.text).toContain('Pinduoduo');
    expect(byKey(s, 'x-2022')!.text).toContain('Kuaishou');
    expect(byKey(s, 'growth-pdd-growth-2019')!.text).toBe(`+${d.text['pdd-growth-2019']}`);
    for (const id of ['pdd-gmv-2019', 'ks-gmv-2022', 'ks-gmv-2023']) expect(s.marks.some((m) => m.text === d.text[id]), id).toBe(true);
  });

  it('latest stacks 2025 from its published quarters and labels the latest one', () => {
    for (const lang of LANGS) {
      const d = data(lang);
      const s = scene(lang, 'latest');
      const q25 = d.ksQuarters.filter((q) => q.period.startsWith('2025'));
      expect(q25.length).toBeGreaterThan(0);
      const rects = q25.map((q) => byKey(s, `bar-${q.key}`)!);
      // Stacked: each quarter starts where the one before ends, and heights follow the values.
      for (let i = 1; i < rects.length; i++) expect(Number(rects[i]!.attrs.y) + Number(rects[i]!.attrs.height)).toBeCloseTo(Number(rects[i - 1]!.attrs.y), 5);
      const h = (i: number) => Number(rects[i]!.attrs.height);
      expect(h(q25.length - 1) / h(0)).toBeCloseTo(q25[q25.length - 1]!.value / q25[0]!.value, 2);
      const last = q25[q25.length - 1]!;
      expect(byKey(s, `val-${last.key}`)!.text).toContain(d.text[last.figure]!);
      expect(byKey(s, `growth-${last.key}`)!.text).toBe(`+${d.text[last.growthFigure]}`);
      expect(byKey(s, 'bar-ks-2024')).toBeDefined();
    }
  });

  it('draws a leader only where a lifted label is far enough from its column to need one', () => {
    // A leader of a few pixels between two stacked labels read as a tick through the lower one
    // (1280 px, latest: 3 px under "+17.3%", through "RMB 1,389.6bn").
    let leaders = 0;
    for (const lang of LANGS) {
      for (const width of [360, 600, 768, 1280]) {
        for (const state of BAR_STATES) {
          const s = sceneAt(lang, state, width);
          for (const m of s.marks.filter((q) => q.key.startsWith('leader-'))) {
            leaders++;
            // The label the leader leads to (key `leader-{label}`), at its own size.
            const font = Number(byKey(s, m.key.slice('leader-'.length))!.attrs['font-size']);
            const length = Math.abs(Number(m.attrs.y1) - Number(m.attrs.y2));
            expect(length, `${lang} ${width} ${state} ${m.key}`).toBeGreaterThan(font / 2);
          }
        }
      }
    }
    // Leaders are still drawn where labels are lifted far (the 2025 quarter on phones).
    expect(leaders).toBeGreaterThan(0);
  });
});

const storyData = getData();
const fmt = (id: string, lang: Lang) => formatFigure(storyData.figures[id]!, lang, prepare('gmv-timeline', lang).strings);
const bars = (s: Scene) => s.marks.filter((m) => m.key.startsWith('bar-')).map((m) => m.key).sort();
const text = (s: Scene, key: string) => s.marks.find((m) => m.key === key)?.text;

describe('gmv-timeline: hindsight states', () => {
  for (const lang of LANGS) {
    for (const width of [320, 360, 720]) {
      it(`same-size (${lang}, ${width}px) shows each company only in its year near RMB 1tn, with that year's growth`, () => {
        const s = sceneAt(lang, 'same-size', width);
        expect(bars(s)).toEqual(['bar-ks-2022', 'bar-ks-2023', 'bar-pdd-2019']);
        expect(text(s, 'growth-pdd-growth-2019')).toBe(`+${fmt('pdd-growth-2019', lang)}`);
        expect(text(s, 'growth-ks-growth-2022')).toBe(`+${fmt('ks-gmv-growth-2022', lang)}`);
        expect(text(s, 'growth-ks-growth-2023')).toBe(`+${fmt('ks-gmv-growth-2023', lang)}`);
        // Growth labels of years the state does not draw stay off the picture.
        expect(text(s, 'growth-pdd-growth-2020')).toBeUndefined();
        expect(text(s, 'growth-ks-growth-2021')).toBeUndefined();
      });

      it(`latest (${lang}, ${width}px) draws Kuaishou's annual bars to the last full year, then 2025's quarters, and quotes their growth`, () => {
        const s = sceneAt(lang, 'latest', width);
        const q25 = KS_QUARTERS.filter((q) => q.endsWith('2025'));
        expect(bars(s)).toEqual([...[2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => `bar-ks-${y}`), ...q25.map((q) => `bar-ks-${q}`)].sort());
        expect(text(s, 'val-ks-2024')).toBe(fmt('ks-gmv-2024', lang));
        // The note, on as many lines as the width needs.
        const note = s.marks.filter((m) => m.key === 'note' || m.key.startsWith('note-')).map((m) => m.text).join(' ');
        for (const q of q25) expect(note).toContain(`+${fmt(`ks-gmv-growth-${q}`, lang)}`);
        expect(note).toContain(String(q25.length));
      });
    }
  }

  it('every quarter the chart carries has its growth, and the growth matches the year-earlier quarter where both are published', () => {
    let compared = 0;
    for (const q of KS_QUARTERS) {
      const [quarter, year] = q.split('-');
      const now = storyData.figures[`ks-gmv-${q}`]!;
      const growth = storyData.figures[`ks-gmv-growth-${q}`]!;
      expect(now.period).toBe(`${year}-${quarter!.toUpperCase()}`);
      const before = storyData.figures[`ks-gmv-${quarter}-${Number(year) - 1}`];
      // Published growth is computed on unrounded values: allow the rounding of one decimal place.
      if (before) {
        expect(Math.abs((now.value / before.value - 1) * 100 - growth.value), q).toBeLessThan(0.15);
        compared++;
      }
    }
    expect(compared, 'quarters with a year-earlier quarter to compare').toBeGreaterThan(0);
  });
});
