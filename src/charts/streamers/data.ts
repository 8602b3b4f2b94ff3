// The streamers chart's data, picked from content/data/events.json and figures.json by id. No value
// or date is typed here: every marker, bar and label reads its number from the data files, formatted
// at build time so the browser needs no formatter tables.
import type { StoryData } from '../../data/load.ts';
import type { StoryEvent } from '../../data/schema.ts';
import type { Lang } from '../../i18n/langs.ts';
import type { StreamersState } from './states.ts';

/** The events each state highlights and expands, in story order. */
export const STATE_EVENTS: Record<StreamersState, readonly string[]> = {
  'first-sale': ['maokong-first-sale-2018'],
  'record-2018': ['sandage-record-2018-11-06'],
  feud: ['xinba-sandage-feud-2020'],
  'birds-nest': ['birdsnest-promotion-2020-09-17', 'birdsnest-admission-2020-11-27'],
  penalty: ['birdsnest-fines-2020-12-23', 'xinba-ban-2020-12-23'],
  clans: ['xinba-share-2019', 'clan-structure-2021-02-05', 'xinba-comeback-2021-03'],
  // The later points once told as a trend (Dandan alone in 2020, Xinba and Dandan in 2023) had no
  // document and were cut; what is left is a conditional 2024 estimate, set apart from 2019's.
  shrinking: ['xinba-clan-share-2024'],
};

/** Events a state draws besides its own: the shares it sets side by side (each owned by its state). */
export const ALSO_SHOWN: Partial<Record<StreamersState, readonly string[]>> = {
  shrinking: ['xinba-share-2019'],
};

/** The events a state draws and names, in date order. */
export const shownIn = (state: StreamersState, events: readonly TimelineEvent[]): TimelineEvent[] => {
  const ids = new Set([...STATE_EVENTS[state], ...(ALSO_SHOWN[state] ?? [])]);
  return events.filter((e) => ids.has(e.id)).sort((a, b) => a.start - b.start);
};

/** Every figure a mark shows, by role. */
export const FIGURES = {
  cdSales: 'sandage-sales-2018-cd',
  cdHours: 'sandage-hours-2018-cd',
  cdFirst: 'sandage-sales-first3h-2018-cd',
  cdFirstHours: 'sandage-hours-opening-2018-cd',
  articleSales: 'sandage-sales-2018-article',
  articleHours: 'sandage-hours-2018-article',
  nestSales: 'birdsnest-sales',
  nestOrders: 'birdsnest-orders',
  nestComp: 'birdsnest-compensation',
  nestMultiple: 'birdsnest-refund-multiple',
  fineHeyi: 'birdsnest-fine-heyi',
  fineRongyu: 'birdsnest-fine-rongyu',
  banDays: 'xinba-ban-days-2020',
  shareScmp: 'xinba-share-2019-scmp',
  clanFans: 'xinba-clan-fans-2021',
  apprentices: 'xinba-apprentices-sales-2021-01',
  comeback: 'xinba-comeback-sales-2021',
  gmv2019: 'ks-gmv-2019',
  clan2024: 'xinba-clan-share-2024-36kr',
  xinxuanTarget: 'xinxuan-gmv-target',
} as const;
export type FigureRole = keyof typeof FIGURES;

/** GMV totals the shares are measured against, with the event whose table rows they join. */
export const CONTEXT_FIGURES: Record<string, string> = {
  'ks-gmv-2019': 'xinba-share-2019',
};

/** The source article: its publication date is drawn on the timeline. */
export const ARTICLE_SOURCE = 'lianxian-2020';

export const allEventIds = (): string[] => Object.values(STATE_EVENTS).flat();
export const allFigureIds = (): string[] => Object.values(FIGURES);

export interface TimelineEvent {
  id: string;
  state: StreamersState;
  /** Fractional years: a year-only date spans its whole year, a day or month is a point. */
  start: number;
  end: number;
  span: boolean;
  estimate: boolean;
}

export interface Val {
  id: string;
  value: number;
  /** The formatted figure ("1.6亿元", "RMB 160m"). */
  text: string;
  /** The formatted period of the figure ("2021年1月", "January 2021"). */
  period: string;
}

export interface StreamersData {
  /** First year and the year after the last, for the timeline axis. */
  domain: [number, number];
  events: TimelineEvent[];
  published: { t: number; date: string };
  v: Record<FigureRole, Val>;
  /** Header date text per state (a date or a range). */
  dates: Record<StreamersState, string>;
  /** Event labels and date notes in the language, by event id. */
  label: Record<string, string>;
  /** Short event names the timeline prints beside each marker, by event id. */
  name: Record<string, string>;
  dateNote: Record<string, string>;
  /** Figure notes used as chart notes. */
  note: { article: string; fine: string };
}

const DAY = 86_400_000;

/** A date as fractional years: "2020" → the whole of 2020; "2021-03" → mid-March; a day → that day. */
export function timeOf(iso: string): { start: number; end: number; span: boolean } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (!m) return { start: y, end: y + 1, span: true };
  const y0 = Date.UTC(y, 0, 1);
  const len = (Date.UTC(y + 1, 0, 1) - y0) / DAY;
  const at = d ? (Date.UTC(y, m - 1, d) - y0) / DAY + 0.5 : ((Date.UTC(y, m - 1, 1) - y0) / DAY + (Date.UTC(y, m, 1) - y0) / DAY) / 2;
  const t = y + at / len;
  return { start: t, end: t, span: false };
}

export interface Formatters {
  figure: (id: string) => string;
  period: (period: string) => string;
  date: (iso: string) => string;
  range: (from: string, to: string) => string;
  undated: (date: string) => string;
}

export function buildStreamersData(data: StoryData, lang: Lang, f: Formatters, strings: Record<string, string>): StreamersData {
  const event = (id: string): StoryEvent => {
    const e = data.events.find((x) => x.id === id);
    if (!e) throw new Error(`streamers: event "${id}" is missing from content/data/events.json`);
    if (e.track !== 'streamers') throw new Error(`streamers: event "${id}" is on track "${e.track}", not "streamers"`);
    return e;
  };
  const fig = (id: string) => {
    const x = data.figures[id];
    if (!x) throw new Error(`streamers: figure "${id}" is missing from content/data/figures.json`);
    return x;
  };

  const events: TimelineEvent[] = [];
  const label: Record<string, string> = {};
  const name: Record<string, string> = {};
  const dateNote: Record<string, string> = {};
  const dates = {} as Record<StreamersState, string>;
  for (const [state, ids] of Object.entries(STATE_EVENTS) as [StreamersState, readonly string[]][]) {
    const evs = ids.map(event);
    for (const e of evs) {
      events.push({ id: e.id, state, ...timeOf(e.date), estimate: e.confidence === 'estimate' });
      label[e.id] = e.label[lang];
      const short = strings[`charts.streamers.event.${e.id}`];
      if (!short) throw new Error(`streamers: add a short name for event "${e.id}" as charts.streamers.event.${e.id} in src/i18n/locales/${lang}.json`);
      name[e.id] = short;
      if (e.dateNote) dateNote[e.id] = e.dateNote[lang];
    }
    const sorted = [...evs].sort((a, b) => timeOf(a.date).start - timeOf(b.date).start);
    const first = sorted[0]!.date;
    const last = sorted[sorted.length - 1]!.date;
    // A year-only date whose month is in doubt says so; a state spanning several dates shows the range.
    if (first === last) dates[state] = sorted[0]!.dateNote && first.length === 4 ? f.undated(f.date(first)) : f.date(first);
    else dates[state] = f.range(f.date(first), f.date(last));
  }
  // Every figure an event carries must be one the chart knows, and vice versa (besides GMV context).
  const carried = new Set(allEventIds().flatMap((id) => event(id).figures));
  for (const id of allFigureIds()) {
    if (!carried.has(id) && !(id in CONTEXT_FIGURES)) throw new Error(`streamers: figure "${id}" is not carried by any streamers event shown`);
  }

  const v = {} as Record<FigureRole, Val>;
  for (const [role, id] of Object.entries(FIGURES) as [FigureRole, string][]) {
    const x = fig(id);
    v[role] = { id, value: x.value, text: f.figure(id), period: f.period(x.period) };
  }

  const article = data.sources[ARTICLE_SOURCE];
  if (!article) throw new Error(`streamers: source "${ARTICLE_SOURCE}" is missing from content/data/sources.json`);
  const years = events.flatMap((e) => [Math.floor(e.start), Math.ceil(e.end === e.start ? e.end + 1e-9 : e.end)]);

  return {
    domain: [Math.min(...years), Math.max(...years)],
    events,
    published: { t: timeOf(article.date).start, date: f.date(article.date) },
    v,
    dates,
    label,
    name,
    dateNote,
    note: {
      article: fig(FIGURES.articleSales).note?.[lang] ?? '',
      fine: fig(FIGURES.fineHeyi).note?.[lang] ?? '',
    },
  };
}
