// The partnerships chart's data, picked from content/data/events.json (track "partnerships") and
// figures.json by id. No date or value is typed here: every marker, segment and label reads its date
// and number from the data files; this file only says which event starts or ends which link.
import type { StoryData } from '../../data/load.ts';
import { fill } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/langs.ts';
import type { StoryEvent } from '../../data/schema.ts';
import type { PartnershipsState } from './states.ts';

/** One swim lane per partner, and Kuaishou's own store last. */
export const LANES = ['ali', 'jd', 'pdd', 'yz', 'ks'] as const;
export type LaneId = (typeof LANES)[number];

/** Which actors (actors.json ids) each lane stands for; its name is built from their names. */
export const LANE_ACTORS: Record<LaneId, string[]> = {
  ali: ['alibaba', 'taobao', 'tmall'],
  jd: ['jd'],
  pdd: ['pdd'],
  yz: ['youzan', 'mokuai'],
  ks: ['kuaishou-store'],
};

/** Colour class suffix of each lane (c-* fills, s-* strokes in chart-marks.css). */
export const LANE_COLOUR: Record<LaneId, string> = { ali: 'taobao', jd: 'jd', pdd: 'pdd', yz: 'neutral', ks: 'ks' };

/** The events the chart draws, in date order. (festival-616-2020 is left out: no step shows it.) */
export const EVENT_IDS = [
  'ks-ecommerce-launch-2018',
  'alibaba-tieup-2018',
  'sandage-taobao-store-2018-11-06',
  'pdd-jd-links-2019-06',
  'partners-crackdown-2019-08-07',
  'taobao-listings-suspended-2019-12-23',
  'jd-strategic-deal-2020-05-27',
  'haowu-alliance-2020-09',
  'birdsnest-tmall-link-2020',
  'youzan-mokuai-cut-2021-11',
  'store-share-2021-12',
  'taobao-cut-2022-03-01',
  'tmall-jd-restore-2022-10-28',
] as const;

/** How a link works while it lasts. */
export type LinkKind = 'out' | 'in' | 'suspended' | 'unknown';

/**
 * The links, each opened and closed by events. `out`: buyers are sent to the partner to pay;
 * `in`: the partner's goods are bought inside Kuaishou; `suspended`: no new listings, old links
 * still used; `unknown`: the last report is the start, nothing later is known; `limited`: a link
 * that comes back for a limited time (drawn as a short stub from its date: the world as of then).
 */
interface SegmentSpec {
  key: string;
  lane: LaneId;
  kind: LinkKind;
  from: (typeof EVENT_IDS)[number];
  to?: (typeof EVENT_IDS)[number];
  limited?: boolean;
}

export const SEGMENTS: SegmentSpec[] = [
  { key: 'ali-out', lane: 'ali', kind: 'out', from: 'alibaba-tieup-2018', to: 'taobao-listings-suspended-2019-12-23' },
  { key: 'ali-susp', lane: 'ali', kind: 'suspended', from: 'taobao-listings-suspended-2019-12-23', to: 'taobao-cut-2022-03-01' },
  { key: 'ali-back', lane: 'ali', kind: 'out', from: 'tmall-jd-restore-2022-10-28', limited: true },
  { key: 'jd-out', lane: 'jd', kind: 'out', from: 'pdd-jd-links-2019-06', to: 'jd-strategic-deal-2020-05-27' },
  { key: 'jd-in', lane: 'jd', kind: 'in', from: 'jd-strategic-deal-2020-05-27', to: 'taobao-cut-2022-03-01' },
  { key: 'jd-back', lane: 'jd', kind: 'out', from: 'tmall-jd-restore-2022-10-28', limited: true },
  { key: 'pdd-out', lane: 'pdd', kind: 'out', from: 'pdd-jd-links-2019-06', to: 'partners-crackdown-2019-08-07' },
  { key: 'pdd-unknown', lane: 'pdd', kind: 'unknown', from: 'partners-crackdown-2019-08-07' },
  { key: 'yz-out', lane: 'yz', kind: 'out', from: 'partners-crackdown-2019-08-07', to: 'youzan-mokuai-cut-2021-11' },
  { key: 'ks-in', lane: 'ks', kind: 'in', from: 'ks-ecommerce-launch-2018' },
];

/** Each state: the event that sets its date ("now") and the events it highlights. */
export const STATE_EVENTS: Record<PartnershipsState, { now: string; current: string[] }> = {
  'tie-up': { now: 'sandage-taobao-store-2018-11-06', current: ['ks-ecommerce-launch-2018', 'alibaba-tieup-2018', 'sandage-taobao-store-2018-11-06'] },
  'links-out': { now: 'partners-crackdown-2019-08-07', current: ['pdd-jd-links-2019-06', 'partners-crackdown-2019-08-07'] },
  suspended: { now: 'taobao-listings-suspended-2019-12-23', current: ['taobao-listings-suspended-2019-12-23'] },
  'jd-deal': { now: 'jd-strategic-deal-2020-05-27', current: ['jd-strategic-deal-2020-05-27'] },
  alliance: { now: 'haowu-alliance-2020-09', current: ['haowu-alliance-2020-09', 'birdsnest-tmall-link-2020'] },
  'closed-loop': { now: 'store-share-2021-12', current: ['youzan-mokuai-cut-2021-11', 'store-share-2021-12'] },
  'cut-2022': { now: 'taobao-cut-2022-03-01', current: ['taobao-cut-2022-03-01'] },
  restored: { now: 'tmall-jd-restore-2022-10-28', current: ['tmall-jd-restore-2022-10-28'] },
};

/** Labels that stay once their event has happened (the closed loop's share, in the final states). */
export const PERSISTENT_LABELS = ['store-share-2021-12'];

/** A date on the time axis, with its uncertainty window (equal ends when the date is exact). */
export interface When {
  /** Milliseconds (UTC) of the nominal date: the day, mid-month or mid-year. */
  t: number;
  from: number;
  to: number;
  uncertain: boolean;
  /** Formatted in the language ("约2019年6月" / "c. June 2019"). */
  text: string;
}

export interface EventMark {
  id: string;
  kind: StoryEvent['kind'];
  lanes: LaneId[];
  when: When;
  /** Short chart labels by lane (only the lanes that carry one), numbers already formatted. */
  labels: Partial<Record<LaneId, string>>;
  persistent: boolean;
}

export interface Segment {
  key: string;
  lane: LaneId;
  kind: LinkKind;
  from: number;
  /** Undefined: still open at the end of the chart. */
  to?: number;
  limited: boolean;
}

export interface PartnershipsData {
  lanes: { id: LaneId; name: string; colour: string }[];
  events: EventMark[];
  segments: Segment[];
  states: Record<string, { now: number; nowText: string; current: string[] }>;
  /** Time axis: first and last calendar year the events fall in. */
  years: [number, number];
}

const DAY = 86_400_000;

/** Nominal date and uncertainty window of an ISO date: year-only dates span the year, and
 *  month dates the sources call approximate (a dateNote) span a month either side. */
export function whenOf(ev: StoryEvent): Omit<When, 'text'> {
  const [y, m, d] = ev.date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) {
    return { t: Date.UTC(y, 6, 1), from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) - DAY, uncertain: true };
  }
  if (d === undefined) {
    const t = Date.UTC(y, m - 1, 15);
    if (!ev.dateNote) return { t, from: t, to: t, uncertain: false };
    return { t, from: Date.UTC(y, m - 2, 1), to: Date.UTC(y, m + 1, 1) - DAY, uncertain: true };
  }
  const t = Date.UTC(y, m - 1, d);
  return { t, from: t, to: t, uncertain: false };
}

/** Lanes an event touches, from its actors; Kuaishou alone (no partner) is its own store's lane. */
export function lanesOf(ev: StoryEvent): LaneId[] {
  const lanes = LANES.filter((l) => LANE_ACTORS[l].some((a) => ev.actors.includes(a)));
  return lanes.length ? lanes : ev.actors.includes('kuaishou') ? ['ks'] : [];
}

export interface Formatters {
  figure: (id: string) => string;
  date: (iso: string) => string;
}

export function pickEvents(data: StoryData): StoryEvent[] {
  return EVENT_IDS.map((id) => {
    const ev = data.events.find((e) => e.id === id);
    if (!ev) throw new Error(`partnerships: event "${id}" is missing from content/data/events.json`);
    if (ev.track !== 'partnerships') throw new Error(`partnerships: event "${id}" is not on the "partnerships" track`);
    for (const f of ev.figures) if (!data.figures[f]) throw new Error(`partnerships: figure "${f}" (event "${id}") is missing from content/data/figures.json`);
    return ev;
  });
}

const S = (strings: Record<string, string>, key: string) => {
  const s = strings[`charts.partnerships.${key}`];
  if (s === undefined) throw new Error(`partnerships: missing string "charts.partnerships.${key}"`);
  return s;
};

/** A date as the chart and table print it, "约"/"c." before an uncertain one. */
export function dateText(ev: StoryEvent, strings: Record<string, string>, format: Formatters): string {
  const d = format.date(ev.date);
  return whenOf(ev).uncertain ? fill(S(strings, 'approx'), { date: d }) : d;
}

export function buildPartnershipsData(data: StoryData, lang: Lang, strings: Record<string, string>, format: Formatters): PartnershipsData {
  const events = pickEvents(data);
  const byId = new Map(events.map((e) => [e.id, e]));
  const at = (id: string) => whenOf(byId.get(id)!).t;

  const lanes = LANES.map((id) => {
    const names = LANE_ACTORS[id].map((a) => {
      const n = data.actors[a];
      if (!n) throw new Error(`partnerships: actor "${a}" is missing from content/data/actors.json`);
      return n[lang];
    });
    return { id, name: fill(S(strings, `lane.${id}`), { names: names.join(S(strings, 'laneSep')) }), colour: LANE_COLOUR[id] };
  });

  const marks: EventMark[] = events.map((ev) => {
    const lanesHere = lanesOf(ev);
    if (!lanesHere.length) throw new Error(`partnerships: event "${ev.id}" names no partner or Kuaishou actor`);
    const vars = { n: ev.figures[0] ? format.figure(ev.figures[0]) : '' };
    const labels: Partial<Record<LaneId, string>> = {};
    for (const l of lanesHere) {
      const pattern = strings[`charts.partnerships.event.${ev.id}.${l}`];
      if (pattern !== undefined) labels[l] = fill(pattern, vars);
    }
    if (!Object.keys(labels).length) throw new Error(`partnerships: no chart label for event "${ev.id}" (add charts.partnerships.event.${ev.id}.<lane>)`);
    return {
      id: ev.id,
      kind: ev.kind,
      lanes: lanesHere,
      when: { ...whenOf(ev), text: dateText(ev, strings, format) },
      labels,
      persistent: PERSISTENT_LABELS.includes(ev.id),
    };
  });

  const segments: Segment[] = SEGMENTS.map((s) => ({ key: s.key, lane: s.lane, kind: s.kind, from: at(s.from), to: s.to ? at(s.to) : undefined, limited: !!s.limited }));

  const states: PartnershipsData['states'] = {};
  for (const [state, v] of Object.entries(STATE_EVENTS)) {
    const now = byId.get(v.now)!;
    states[state] = { now: at(v.now), nowText: fill(S(strings, 'now'), { date: dateText(now, strings, format) }), current: v.current };
  }

  const years = events.map((e) => Number(e.date.slice(0, 4)));
  return { lanes, events: marks, segments, states, years: [Math.min(...years), Math.max(...years)] };
}

/** Every source behind the chart: the events' and their figures'. */
export function partnershipsSources(data: StoryData): string[] {
  const events = pickEvents(data);
  return [...new Set(events.flatMap((e) => [...e.source, ...e.figures.flatMap((f) => data.figures[f]!.source)]))];
}
