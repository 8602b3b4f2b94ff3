// The streamers chart's content: what is drawn equals the data files, every event drawn is named,
// unlike quantities stay on separate scales. (Keys, numbers, layout, snapshots, states, strings,
// descriptions, table shape and sources of every chart: tests/unit/charts/charts.test.ts.)
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/charts/build.ts';
import { streamers } from '../../../src/charts/streamers/index.ts';
import { FIGURES, STATE_EVENTS, shownIn, timeOf, type StreamersData } from '../../../src/charts/streamers/data.ts';
import type { StreamersState } from '../../../src/charts/streamers/states.ts';
import type { Scene } from '../../../src/charts/types.ts';
import { getData } from '../../../src/content/story.ts';
import type { StoryData } from '../../../src/data/load.ts';
import { formatFigure } from '../../../src/i18n/format.ts';
import { LANGS, type Lang } from '../../../src/i18n/index.ts';
import { byKey, sceneAt, texts } from './scene.ts';

const data = getData();
const WIDTHS = { narrow: 360, wide: 640 } as const;
const strings = (lang: Lang) => prepare('streamers', lang).strings;
const built = (lang: Lang) => prepare('streamers', lang).data as StreamersData;
const scene = (lang: Lang, state: string, layout: keyof typeof WIDTHS): Scene => sceneAt('streamers', lang, state, WIDTHS[layout]);
const fig = (id: string, lang: Lang) => formatFigure(data.figures[id]!, lang, strings(lang));

describe('streamers: what is drawn equals the data files', () => {
  /** Figures each state must print, whole ("exact") or inside a longer label ("within"). */
  const SHOWN: Record<string, { exact: string[]; within: string[] }> = {
    'first-sale': { exact: [], within: [] },
    'record-2018': { exact: [FIGURES.cdSales, FIGURES.articleSales], within: [FIGURES.cdHours, FIGURES.articleHours, FIGURES.cdFirst, FIGURES.cdFirstHours] },
    feud: { exact: [], within: [] },
    'birds-nest': { exact: [FIGURES.nestSales, FIGURES.nestComp], within: [FIGURES.nestOrders, FIGURES.nestMultiple] },
    penalty: { exact: [FIGURES.nestSales, FIGURES.nestComp, FIGURES.fineHeyi, FIGURES.fineRongyu, FIGURES.banDays], within: [FIGURES.nestOrders] },
    clans: { exact: [FIGURES.clanFans, FIGURES.apprentices, FIGURES.comeback], within: [FIGURES.shareScmp, FIGURES.gmv2019] },
    shrinking: { exact: [FIGURES.shareScmp, FIGURES.clan2024], within: [FIGURES.gmv2019] },
  };

  it.each(LANGS)('figures are printed as formatFigure gives them (%s)', (lang) => {
    for (const state of streamers.states) {
      const all = texts(scene(lang, state, 'narrow')).map((m) => m.text ?? '');
      for (const id of SHOWN[state]!.exact) expect(all, `${state}: ${id}`).toContain(fig(id, lang));
      const joined = all.join('\n');
      for (const id of SHOWN[state]!.within) expect(joined, `${state}: ${id}`).toContain(fig(id, lang));
    }
  });

  it('money bars are drawn to one scale within a state', () => {
    const ratio = (s: Scene, a: string, b: string) => Number(byKey(s, a)!.attrs.width) / Number(byKey(s, b)!.attrs.width);
    const v = (id: string) => data.figures[id]!.value;
    for (const lang of LANGS) {
      const rec = scene(lang, 'record-2018', 'narrow');
      expect(ratio(rec, 'rec-article-bar', 'rec-cd-bar')).toBeCloseTo(v(FIGURES.articleSales) / v(FIGURES.cdSales), 2);
      expect(ratio(rec, 'rec-cd-part', 'rec-cd-bar')).toBeCloseTo(v(FIGURES.cdFirst) / v(FIGURES.cdSales), 2);
      const pen = scene(lang, 'penalty', 'narrow');
      expect(ratio(pen, 'nest-sales-bar', 'nest-comp-bar')).toBeCloseTo(v(FIGURES.nestSales) / v(FIGURES.nestComp), 2);
      expect(ratio(pen, 'nest-rongyu-bar', 'nest-comp-bar')).toBeCloseTo(v(FIGURES.fineRongyu) / v(FIGURES.nestComp), 2);
      expect(ratio(pen, 'nest-heyi-bar', 'nest-comp-bar')).toBeCloseTo(v(FIGURES.fineHeyi) / v(FIGURES.nestComp), 2);
      // The bird's-nest bars keep their place when the fines arrive.
      const nest = scene(lang, 'birds-nest', 'narrow');
      expect(byKey(nest, 'nest-comp-bar')!.attrs.width).toBe(byKey(pen, 'nest-comp-bar')!.attrs.width);
      expect(byKey(nest, 'nest-sales-bar')!.attrs.width).toBe(byKey(pen, 'nest-sales-bar')!.attrs.width);
    }
  });

  it('the 2018 record shows both accounts, each with its own bar', () => {
    for (const lang of LANGS) {
      const s = scene(lang, 'record-2018', 'narrow');
      expect(byKey(s, 'rec-cd-bar')).toBeDefined();
      expect(byKey(s, 'rec-article-bar')).toBeDefined();
      expect(byKey(s, 'rec-cd-lbl-0')!.text).toContain(lang === 'zh' ? '《中国日报》' : 'China Daily');
      // The article's figure is a lower bound: its bar ends in an open arrow.
      expect(byKey(s, 'rec-article-arrow')).toBeDefined();
    }
  });

  it('the 2019 clan share is one estimate bar, in the estimate colour, on the percent scale', () => {
    for (const lang of LANGS) {
      const s = scene(lang, 'clans', 'narrow');
      expect(byKey(s, 'share-2019-bar')!.className).toContain('c-estimate');
      expect(texts(s).map((m) => m.text).join(' ')).toContain(strings(lang)['charts.streamers.share.scmp']);
    }
  });

  it('the two clan shares are separate cards, each saying what it measures, never bars on one axis', () => {
    for (const lang of LANGS) {
      for (const layout of ['narrow', 'wide'] as const) {
        const s = scene(lang, 'shrinking', layout);
        // No share bars, bands or percent axis: nothing invites reading 2019 → 2024 as a line.
        expect(s.marks.filter((m) => /^share-\d{4}-(bar|band|grid)/.test(m.key) || m.key.startsWith('share-tick-'))).toEqual([]);
        const val = (y: string) => texts(s).filter((m) => m.key.startsWith(`share-${y}-val`)).map((m) => m.text).join(' ');
        expect(val('2019')).toBe(fig(FIGURES.shareScmp, lang));
        expect(val('2024')).toBe(fig(FIGURES.clan2024, lang));
        for (const y of ['2019', '2024']) expect(byKey(s, `share-${y}-title-0`), `${layout} ${y}`).toBeDefined();
        expect(texts(s).some((m) => m.text === strings(lang)['charts.streamers.share.caveat'])).toBe(true);
      }
    }
  });

  it('the timeline draws and names each event the state shows, at its date, and no other', () => {
    for (const lang of LANGS) {
      for (const layout of ['narrow', 'wide'] as const) {
        for (const state of streamers.states) {
          const s = scene(lang, state, layout);
          const axis = byKey(s, 'tl-axis')!;
          const [d0, d1] = built(lang).domain;
          const x = (t: number) => Number(axis.attrs.x1) + ((t - d0) / (d1 - d0)) * (Number(axis.attrs.x2) - Number(axis.attrs.x1));
          const shown = shownIn(state as StreamersState, built(lang).events).map((e) => e.id);
          expect(shown.length).toBeGreaterThan(0);
          for (const ev of Object.values(STATE_EVENTS).flat()) {
            const m = byKey(s, `tl-${ev}`);
            expect(!!m, `${state}: ${ev}`).toBe(shown.includes(ev));
            if (!m) continue;
            const t = timeOf(data.events.find((q) => q.id === ev)!.date);
            if (t.span) {
              expect(Number(m.attrs.x)).toBeCloseTo(x(t.start) + 1.5, 1);
              expect(Number(m.attrs.x) + Number(m.attrs.width)).toBeCloseTo(x(t.end) - 1.5, 1);
            } else expect(Number(m.attrs.cx)).toBeCloseTo(x(t.start), 1);
            const name = byKey(s, `tl-name-${ev}`)!;
            expect(name.text).toBe(strings(lang)[`charts.streamers.event.${ev}`]);
            // The name sits on the marker's row (or on the line just above it).
            const cy = Number(m.attrs.cy ?? Number(m.attrs.y) + Number(m.attrs.height) / 2);
            expect(Math.abs(Number(name.attrs.y) - cy)).toBeLessThan(30);
          }
          const pub = byKey(s, 'tl-pub')!;
          expect(Number(pub.attrs.x1)).toBeCloseTo(x(timeOf(data.sources['lianxian-2020']!.date).start), 1);
        }
      }
    }
  });

  it('the penalty keeps yuan and days apart: fines are bars, the ban is a number under its own heading', () => {
    for (const lang of LANGS) {
      const s = scene(lang, 'penalty', 'narrow');
      expect(s.marks.some((m) => m.key.startsWith('ban') && m.tag === 'rect')).toBe(false);
      expect(byKey(s, 'ban-val')!.text).toBe(fig(FIGURES.banDays, lang));
      expect(texts(s).map((m) => m.text)).toContain(strings(lang)['charts.streamers.block.days']);
      expect(byKey(s, 'head-title-0')!.text).not.toMatch(/same scale|同一比例尺/);
    }
  });
});

describe('streamers: data, table, sources, strings', () => {
  it('buildData names a missing figure or event', () => {
    const noFig: StoryData = { ...data, figures: { ...data.figures } };
    delete noFig.figures[FIGURES.fineHeyi];
    expect(() => streamers.buildData(noFig, 'zh', strings('zh'))).toThrow(FIGURES.fineHeyi);
    const noEvent: StoryData = { ...data, events: data.events.filter((e) => e.id !== 'xinba-ban-2020-12-23') };
    expect(() => streamers.buildData(noEvent, 'en', strings('en'))).toThrow('xinba-ban-2020-12-23');
  });

  it.each(LANGS)('the table has a row per figure and per event shown (%s)', (lang) => {
    const t = streamers.table(data, lang, strings(lang));
    const values = t.rows.map((r) => r.cells[3]);
    for (const id of Object.values(FIGURES)) expect(values, id).toContain(fig(id, lang));
    // Every event shown has a row.
    for (const id of Object.values(STATE_EVENTS).flat()) expect(t.rows.map((r) => r.cells[0])).toContain(data.events.find((e) => e.id === id)!.label[lang]);
  });

  it('sources cover every figure', () => {
    const src = streamers.sources(data);
    for (const id of Object.values(FIGURES)) for (const s of data.figures[id]!.source) expect(src).toContain(s);
  });

  it('descriptions take their numbers from figures', () => {
    for (const d of [strings('zh'), strings('en')]) {
      for (const state of streamers.states) {
        const desc = d[`charts.streamers.states.${state}`];
        expect(desc, state).toBeTruthy();
        // Numbers about the world come from figures, not from the text (years and the name 36Kr aside).
        expect(desc!.replace(/\{\{[a-z0-9-]+\}\}/g, '').replace(/(19|20)\d\d/g, '').replace(/36氪|36Kr/g, ''), state).not.toMatch(/\d/);
      }
    }
  });
});
