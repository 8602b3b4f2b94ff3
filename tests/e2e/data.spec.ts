// The downloads for reuse (/data/{lang}/{chart}.csv|json, /data/story.csv|json): every number
// parses as a plain number and, times its scale, equals the figure in content/data/ (read here
// straight from the files, not through the site's code); labels, periods, units and sources are the
// data file's; the whole-story files hold every figure once, in both languages; the data guide is
// linked from the story's sources and the gallery.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHART_IDS } from './charts.ts';
import { PORT } from '../playwright.config.ts';
import { parseCsv } from './csv.ts';

const SITE = `http://127.0.0.1:${PORT}`;
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
const read = (f: string) => JSON.parse(readFileSync(new URL(`../../content/data/${f}`, import.meta.url), 'utf8'));
const figures: Record<string, { value: number; unit: string; period: string; label: Record<Lang, string>; source: string[]; approx?: boolean; atLeast?: boolean }> =
  read('figures.json');
const sources: Record<string, { title: string; publisher: string; date: string; url?: string }> = read('sources.json');
const events: { id: string; date: string; label: Record<Lang, string>; source: string[] }[] = read('events.json');
const UNITS: Record<string, string> = { cny: 'CNY', hkd: 'HKD', usd: 'USD' };
const NUMBER = /^-?\d+(\.\d+)?$/;
const SEP = ' | ';

async function csv(request: APIRequestContext, path: string): Promise<Record<string, string>[]> {
  const res = await request.get(`${SITE}${path}`);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/csv/);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)], `${path} starts with a BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const [head, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  for (const r of rows) expect(r.length, `${path}: every row has every column`).toBe(head!.length);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

/** A figure row against content/data/figures.json and sources.json. */
function checkFigure(row: Record<string, string>, where: string, langs: readonly Lang[]) {
  const f = figures[row.id!];
  expect(f, `${where}: ${row.id} is a figure in content/data/figures.json`).toBeDefined();
  expect(row.value, `${where}: ${row.id} value`).toMatch(NUMBER);
  expect(row.scale, `${where}: ${row.id} scale`).toMatch(/^1(000)*$/);
  const v = Number(row.value) * Number(row.scale);
  expect(Math.abs(v - f!.value), `${where}: ${row.id} = ${row.value} × ${row.scale}, the data file says ${f!.value}`).toBeLessThanOrEqual(Math.abs(f!.value) * 1e-12);
  expect(row.unit).toBe(UNITS[f!.unit] ?? f!.unit);
  expect(row.period).toBe(f!.period);
  expect(row.period_start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(row.period_end! >= row.period_start!).toBe(true);
  expect(row.qualifier).toBe(f!.approx ? 'approx' : f!.atLeast ? 'at-least' : '');
  if (langs.length === 1) expect(row.label).toBe(f!.label[langs[0]!]);
  else for (const l of langs) expect(row[`label_${l}`]).toBe(f!.label[l]);
  checkSources(row, f!.source, where);
}

function checkSources(row: Record<string, string>, ids: string[], where: string) {
  expect(row.source_id, `${where}: ${row.id} sources`).toBe(ids.join(SEP));
  expect(row.source_title).toBe(ids.map((s) => sources[s]!.title).join(SEP));
  expect(row.source_publisher).toBe(ids.map((s) => sources[s]!.publisher).join(SEP));
  expect(row.source_date).toBe(ids.map((s) => sources[s]!.date).join(SEP));
  const urls = row.source_url!.split(SEP.trim()).map((u) => u.trim());
  // A URL is the source's own, or absent (a print citation, or only the publisher's archive known).
  ids.forEach((s, i) => expect([sources[s]!.url, ''], `${where}: ${row.id} url of ${s}`).toContain(urls[i] ?? ''));
}

for (const lang of LANGS) {
  test(`${lang}: each chart's CSV and JSON carry plain numbers equal to content/data/, with units, periods and sources`, async ({ request }) => {
    for (const chart of CHART_IDS) {
      const where = `/data/${lang}/${chart}.csv`;
      const rows = await csv(request, where);
      const figs = rows.filter((r) => r.kind === 'figure');
      expect(figs.length, `${where} has figures`).toBeGreaterThan(0);
      for (const r of figs) checkFigure(r, where, [lang]);
      for (const r of rows.filter((x) => x.kind === 'event')) {
        const ev = events.find((e) => e.id === r.id);
        expect(ev, `${where}: event ${r.id}`).toBeDefined();
        expect([r.value, r.scale, r.unit]).toEqual(['', '', '']);
        expect(r.period).toBe(ev!.date);
        expect(r.label).toBe(ev!.label[lang]);
        checkSources(r, ev!.source, where);
      }
      expect(rows.every((r) => r.kind === 'figure' || r.kind === 'event')).toBe(true);
      // Figures come sorted by period.
      const starts = figs.map((r) => r.period_start!);
      expect(starts).toEqual([...starts].sort());

      // The JSON beside it: the same rows, numbers as numbers.
      const json = await (await request.get(`${SITE}/data/${lang}/${chart}.json`)).json();
      expect(json).toMatchObject({ chart, lang });
      expect(json.rows.map((r: { id: string }) => r.id)).toEqual(rows.map((r) => r.id));
      for (const r of json.rows as { kind: string; id: string; value: number | null; scale: number | null; sources: { id: string; url: string }[] }[]) {
        if (r.kind !== 'figure') continue;
        expect(typeof r.value).toBe('number');
        expect(Math.abs(r.value! * r.scale! - figures[r.id]!.value)).toBeLessThanOrEqual(Math.abs(figures[r.id]!.value) * 1e-12);
        expect(r.sources.map((s) => s.id)).toEqual(figures[r.id]!.source);
      }
    }
  });
}

test('the whole-story dataset holds every figure once, in both languages, as CSV and JSON', async ({ request }) => {
  const rows = await csv(request, '/data/story.csv');
  expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(figures).sort());
  for (const r of rows) checkFigure(r, '/data/story.csv', LANGS);
  const json = await (await request.get(`${SITE}/data/story.json`)).json();
  expect(json.rows).toHaveLength(rows.length);
  for (const r of json.rows as { id: string; value: number; scale: number; label: Record<Lang, string> }[]) {
    expect(Math.abs(r.value * r.scale - figures[r.id]!.value)).toBeLessThanOrEqual(Math.abs(figures[r.id]!.value) * 1e-12);
    expect(r.label).toEqual(figures[r.id]!.label);
  }
  expect(json.sources.map((s: { id: string }) => s.id).sort()).toEqual(Object.keys(sources).sort());
});

for (const lang of LANGS) {
  test(`${lang}: the data guide lists the files and every column, linked from the sources and the gallery`, async ({ page }) => {
    await page.goto(`${SITE}/data/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
    const head = parseCsv((await (await page.request.get(`${SITE}/data/${lang}/${CHART_IDS[0]}.csv`)).text()).replace(/^\uFEFF/, ''))[0]!;
    expect(head.length).toBeGreaterThan(10);
    for (const column of head) await expect(page.locator('tbody th code', { hasText: new RegExp(`^${column}$`) })).toHaveCount(1);
    for (const href of ['/data/story.csv', '/data/story.json', ...CHART_IDS.flatMap((c) => [`/data/${lang}/${c}.csv`, `/data/${lang}/${c}.json`])]) {
      await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
    for (const from of [`/${lang}/`, `/${lang}/charts/`]) {
      await page.goto(`${SITE}${from}`);
      await expect(page.locator(`a[data-dataset-link][href="/data/${lang}/"]`)).toHaveCount(1);
    }
  });
}
