// The reusable data (src/files/dataset.ts), the height message's key (src/embed/message.ts) and the
// share pages' text (src/embed/share.ts).
import { describe, expect, it } from 'vitest';
import { builtCharts, definition } from '../../src/charts/build.ts';
import { getData } from '../../src/content/story.ts';
import { chartRows, header, periodRange, rowsToCsv, scaleOf, sourceCell, storyRows } from '../../src/files/dataset.ts';
import { heightKey, heightOf } from '../../src/embed/message.ts';
import { claimOf, shareInfo } from '../../src/embed/share.ts';
import { embedUrl } from '../../src/embed/snippets.ts';

describe('periods', () => {
  it('gives every period form its first and last day', () => {
    expect(periodRange('2020')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(periodRange('2020-H1')).toEqual({ start: '2020-01-01', end: '2020-06-30' });
    expect(periodRange('2020-9M')).toEqual({ start: '2020-01-01', end: '2020-09-30' });
    expect(periodRange('2024-Q4')).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(periodRange('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(periodRange('2021-03-24')).toEqual({ start: '2021-03-24', end: '2021-03-24' });
  });
});

describe('values', () => {
  it('scales money and counts to thousands, millions or billions, and nothing else', () => {
    expect(scaleOf({ value: 96_600_000, unit: 'cny' })).toBe(1e6);
    expect(scaleOf({ value: 381_200_000_000, unit: 'cny' })).toBe(1e9);
    expect(scaleOf({ value: 1038, unit: 'count' })).toBe(1);
    expect(scaleOf({ value: 583, unit: 'percent' })).toBe(1);
  });

  it('writes every figure of content/data/ as a plain number that, times its scale, is the figure', () => {
    const data = getData();
    for (const row of storyRows(data, builtCharts())) {
      const f = data.figures[row.id]!;
      expect(String(row.value)).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Math.abs(row.value! * row.scale! - f.value)).toBeLessThanOrEqual(Math.abs(f.value) * 1e-12);
    }
  });

  it('gives each chart its figures and events, the label in the file language, one CSV line per row', () => {
    const data = getData();
    for (const chart of builtCharts()) {
      for (const lang of ['zh', 'en'] as const) {
        const rows = chartRows(data, chart, lang);
        expect(rows.some((r) => r.kind === 'figure')).toBe(true);
        for (const r of rows.filter((x) => x.kind === 'figure')) expect(r.label[lang]).toBe(data.figures[r.id]!.label[lang]);
        const csv = rowsToCsv(rows, [lang]);
        expect(csv.startsWith('\uFEFFkind,id,label,period,')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
      }
    }
    expect(header(['zh', 'en'])).toContain('label_zh');
  });

  it('gives no url for a print citation, and the document URL otherwise', () => {
    const base = { publisher: 'P', title: 'T', date: '2020', language: 'en' };
    const fake = (s: object) => ({ ...getData(), sources: { x: s } }) as unknown as ReturnType<typeof getData>;
    expect(sourceCell(fake({ ...base, offline: true }), 'x').url).toBe('');
    expect(sourceCell(fake({ ...base, url: 'https://a.example/doc' }), 'x').url).toBe('https://a.example/doc');
  });
});

describe('the height message key', () => {
  it("is the embed's path and query, and no handed-out embed's key is inside another's src", () => {
    const srcs = builtCharts().flatMap((chart) =>
      (['zh', 'en'] as const).flatMap((lang) => definition(chart).states.map((state) => embedUrl({ origin: 'https://example.org', lang, chart, state }))),
    );
    for (const src of srcs) {
      const u = new URL(src);
      const key = heightKey(u.pathname, u.search);
      expect(src.endsWith(key)).toBe(true);
      // What a src-matching handler (iframe[src*='key']) would find: this iframe and no other.
      expect(srcs.filter((s) => s.includes(key))).toEqual([src]);
    }
    expect(heightKey('/en/embed/a/', "?state=x'y")).toBe('/en/embed/a/?state=xy');
  });

  it('yields the one sane height whatever its key', () => {
    expect(heightOf({ 'datawrapper-height': { '/en/embed/a/?state=b': 700.2 } })).toBe(701);
    expect(heightOf({ 'datawrapper-height': { a: 1e9 } })).toBeNull();
    expect(heightOf({ 'datawrapper-height': { a: '700px' } })).toBeNull();
    expect(heightOf(null)).toBeNull();
  });
});

describe('share text', () => {
  it('drops the chart kind from the description and numbers the step', () => {
    expect(claimOf('Bar chart: reaching RMB 100bn took…')).toBe('Reaching RMB 100bn took…');
    expect(claimOf('柱状图：快手电商')).toBe('快手电商');
    const s = shareInfo('en', 'gmv-timeline', definition('gmv-timeline').states[1]!);
    expect(s.title).toMatch(/\(step 2 of \d+\)$/);
  });
});
