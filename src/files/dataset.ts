// The data as a reuser computes with it: one row per figure (and per event, for the timelines),
// the value as a plain number with its scale and unit in their own columns, the period in a
// sortable form with its first and last day, the label in the file's language, and the sources'
// title, publisher, date and URL. Per chart and language (/data/{lang}/{chart}.csv|json) and for the
// whole story (/data/story.csv|json, both languages). The columns are described once, in COLUMNS,
// for the files, the data dictionary pages (/data/{lang}/) and the tests.
import { definition } from '../charts/build.ts';
import type { StoryData } from '../data/load.ts';
import type { Figure, StoryEvent } from '../data/schema.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { header } from './columns.ts';
import { BOM, csvRow } from './csv.ts';

export { COLUMNS, header, type Column } from './columns.ts';

/** Which figures and events each chart shows: its definition says (src/charts/<id>/index.ts). */
export function chartContents(chart: string, data: StoryData): { figures: string[]; events: string[] } {
  const { figures, events } = definition(chart).contents(data);
  return { figures: [...new Set(figures)], events: [...new Set(events)] };
}

/** A source as the files cite it. */
export interface SourceCell {
  id: string;
  title: string;
  publisher: string;
  date: string;
  /** The document's own address; empty for a print citation. */
  url: string;
}

export function sourceCell(data: StoryData, id: string): SourceCell {
  const s = data.sources[id];
  if (!s) throw new Error(`src/files/dataset.ts: source "${id}" is missing from content/data/sources.json`);
  // A print citation (`offline`) has no address; only a document's own URL is given.
  return { id, title: s.title, publisher: s.publisher, date: s.date, url: s.offline ? '' : (s.url ?? '') };
}

const MONEY: Record<string, string> = { cny: 'CNY', hkd: 'HKD', usd: 'USD' };

/** Unit as written in the files: ISO 4217 codes for money, the schema's words otherwise. */
export const unitCode = (unit: string) => MONEY[unit] ?? unit;

/** The multiplier the value column is given in: thousands of millions for money and counts that large. */
export function scaleOf(f: Pick<Figure, 'value' | 'unit'>): number {
  if (!(f.unit in MONEY) && f.unit !== 'count') return 1;
  const a = Math.abs(f.value);
  return a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e4 ? 1e3 : 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** First and last day of a period: "2020", "2020-H1", "2020-9M", "2020-Q4", "2020-03", "2020-03-05". */
export function periodRange(period: string): { start: string; end: string } {
  const y = Number(period.slice(0, 4));
  const rest = period.slice(5);
  const months = (a: number, b: number) => ({ start: `${y}-${pad(a)}-01`, end: `${y}-${pad(b)}-${pad(lastDay(y, b))}` });
  if (!rest) return months(1, 12);
  if (rest === 'H1') return months(1, 6);
  if (rest === 'H2') return months(7, 12);
  if (rest === '9M') return months(1, 9);
  const q = /^Q([1-4])$/.exec(rest);
  if (q) return months(Number(q[1]) * 3 - 2, Number(q[1]) * 3);
  if (/^\d{2}$/.test(rest)) return months(Number(rest), Number(rest));
  return { start: period, end: period };
}

/** One row of a download. `value`/`scale` are empty for an event that carries no number. */
export interface DataRow {
  kind: 'figure' | 'event';
  id: string;
  label: Partial<Record<Lang, string>>;
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  scale: number | null;
  unit: string;
  /** "approx" (about), "at-least" (over) or empty. */
  qualifier: string;
  confidence: string;
  note: Partial<Record<Lang, string>>;
  /** The figures an event carries (ids of figure rows); the charts a figure appears in. */
  related: string[];
  sources: SourceCell[];
}

/** The value in its scale, exact to the digits of the data file (no binary-float noise). */
const scaled = (value: number, scale: number) => Number((value / scale).toPrecision(15));

function figureRow(data: StoryData, id: string, langs: readonly Lang[], related: string[]): DataRow {
  const f = data.figures[id];
  if (!f) throw new Error(`src/files/dataset.ts: figure "${id}" is missing from content/data/figures.json`);
  const scale = scaleOf(f);
  const { start, end } = periodRange(f.period);
  return {
    kind: 'figure',
    id,
    label: Object.fromEntries(langs.map((l) => [l, f.label[l]])),
    period: f.period,
    periodStart: start,
    periodEnd: end,
    value: scaled(f.value, scale),
    scale,
    unit: unitCode(f.unit),
    qualifier: f.approx ? 'approx' : f.atLeast ? 'at-least' : '',
    confidence: f.confidence,
    note: Object.fromEntries(langs.flatMap((l) => (f.note ? [[l, f.note[l]]] : []))),
    related,
    sources: f.source.map((s) => sourceCell(data, s)),
  };
}

function eventRow(data: StoryData, ev: StoryEvent, langs: readonly Lang[]): DataRow {
  const { start, end } = periodRange(ev.date);
  return {
    kind: 'event',
    id: ev.id,
    label: Object.fromEntries(langs.map((l) => [l, ev.label[l]])),
    period: ev.date,
    periodStart: start,
    periodEnd: end,
    value: null,
    scale: null,
    unit: '',
    qualifier: ev.dateNote ? 'approx' : '',
    confidence: ev.confidence,
    note: Object.fromEntries(langs.flatMap((l) => (ev.dateNote ? [[l, ev.dateNote[l]]] : []))),
    related: ev.figures,
    sources: ev.source.map((s) => sourceCell(data, s)),
  };
}

const byPeriod = (a: DataRow, b: DataRow) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id);

/** One chart's rows in one language: its figures, then its events, each sorted by period. */
export function chartRows(data: StoryData, chart: string, lang: Lang): DataRow[] {
  const { figures, events } = chartContents(chart, data);
  const evs = events.map((id) => data.events.find((e) => e.id === id)).filter((e): e is StoryEvent => !!e);
  return [...figures.map((id) => figureRow(data, id, [lang], [chart])).sort(byPeriod), ...evs.map((e) => eventRow(data, e, [lang])).sort(byPeriod)];
}

/** Every figure of the story, both languages, with the charts it appears in. */
export function storyRows(data: StoryData, charts: readonly string[]): DataRow[] {
  const usedBy = new Map<string, string[]>();
  for (const c of charts) for (const id of chartContents(c, data).figures) usedBy.set(id, [...(usedBy.get(id) ?? []), c]);
  return Object.keys(data.figures)
    .map((id) => figureRow(data, id, LANGS, usedBy.get(id) ?? []))
    .sort(byPeriod);
}

/** Several sources in one cell, in the same order in every source_* column. */
export const MULTI_SEP = ' | ';

const num = (n: number | null) => (n === null ? '' : String(n));

function cells(r: DataRow, langs: readonly Lang[]): string[] {
  const src = (k: keyof SourceCell) => r.sources.map((s) => s[k]).join(MULTI_SEP);
  return [
    r.kind, r.id, ...langs.map((l) => r.label[l] ?? ''), r.period, r.periodStart, r.periodEnd, num(r.value), num(r.scale), r.unit, r.qualifier, r.confidence,
    ...langs.map((l) => r.note[l] ?? ''), r.related.join(' '),
    src('id'), src('title'), src('publisher'), src('date'), src('url'),
  ];
}

/** CSV (UTF-8 with BOM for Excel, RFC 4180 quoting, CRLF). */
export function rowsToCsv(rows: readonly DataRow[], langs: readonly Lang[]): string {
  return `${BOM}${[csvRow(header(langs)), ...rows.map((r) => csvRow(cells(r, langs)))].join('\r\n')}\r\n`;
}

/** JSON: the same rows with named fields and sources as objects; value × scale is the figure. */
export function rowsToJson(rows: readonly DataRow[], meta: Record<string, unknown>): string {
  return `${JSON.stringify({ ...meta, rows }, null, 1)}\n`;
}
