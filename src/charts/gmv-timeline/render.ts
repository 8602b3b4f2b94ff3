// Kuaishou's e-commerce GMV against Pinduoduo's, state by state. A pure function: the same
// (data, state, size, language) always gives the same marks, in the browser and at build time.
import { scaleBand, scaleLinear } from 'd3-scale';
import { plainNumber } from '../../i18n/numbers.ts';
import { isCompact } from '../layout.ts';
import { fmt, textWidth, wrapBalanced } from '../text.ts';
import type { Mark, RenderContext, Scene } from '../types.ts';
import type { GmvData, Point } from './data.ts';
import type { GmvState } from './states.ts';

/** What each state shows. The picture is declared, never built up from the previous state. */
interface View {
  years: number[];
  ks: number[];
  pdd: number[];
  partial: ('H1' | '9M')[];
  target: boolean;
  /** Upper end of the value axis, in yuan (so early states keep a small scale). */
  max: number;
  /** Figure ids whose bars get a value label. */
  labels: string[];
  pddGrowth: boolean;
  ksGrowth: boolean;
  dimPdd: boolean;
  /** Bars centred in their own year's slot even when both companies are shown (years do not overlap). */
  solo?: boolean;
  /** A year drawn from its published quarters, stacked (the year so far). */
  quarters?: number;
  note?: string;
}

const YI = 1e8;

const VIEWS: Record<Exclude<GmvState, 'race'>, View> = {
  launch: { years: [2018, 2019, 2020], ks: [2018], pdd: [], partial: [], target: false, max: 1200 * YI, labels: ['ks-gmv-2018'], pddGrowth: false, ksGrowth: false, dimPdd: false, note: 'note.launch' },
  'first-year': { years: [2018, 2019, 2020], ks: [2018, 2019], pdd: [], partial: [], target: false, max: 1200 * YI, labels: ['ks-gmv-2018', 'ks-gmv-2019'], pddGrowth: false, ksGrowth: false, dimPdd: false },
  prospectus: { years: [2018, 2019, 2020], ks: [2018, 2019], pdd: [], partial: ['H1'], target: false, max: 1200 * YI, labels: ['ks-gmv-2019', 'ks-gmv-2020h1'], pddGrowth: false, ksGrowth: false, dimPdd: false },
  target: { years: [2018, 2019, 2020], ks: [2018, 2019], pdd: [], partial: ['H1', '9M'], target: true, max: 3000 * YI, labels: ['ks-gmv-2020h1', 'ks-gmv-2020-9m'], pddGrowth: false, ksGrowth: false, dimPdd: false, note: 'note.target' },
  // The years the prose compares (Kuaishou 2018–2020, Pinduoduo 2017–2020): no empty 2021 column.
  comparison: { years: [2017, 2018, 2019, 2020], ks: [2018, 2019, 2020], pdd: [2017, 2018, 2019, 2020], partial: [], target: false, max: 18000 * YI, labels: ['ks-gmv-2020', 'pdd-gmv-2019'], pddGrowth: false, ksGrowth: false, dimPdd: false },
  slowdown: { years: [2017, 2018, 2019, 2020, 2021], ks: [2018, 2019, 2020], pdd: [2017, 2018, 2019, 2020, 2021], partial: [], target: false, max: 26000 * YI, labels: ['pdd-gmv-2021'], pddGrowth: true, ksGrowth: false, dimPdd: false, note: 'note.slowdown' },
  hindsight: { years: [2017, 2018, 2019, 2020, 2021, 2022, 2023], ks: [2018, 2019, 2020, 2021, 2022, 2023], pdd: [2017, 2018, 2019, 2020, 2021], partial: [], target: false, max: 26000 * YI, labels: ['ks-gmv-2023', 'pdd-gmv-2021'], pddGrowth: false, ksGrowth: true, dimPdd: true, note: 'note.hindsight' },
  // Like for like: each company in the year its GMV stood near RMB 1tn, with that year's growth.
  'same-size': { years: [2019, 2022, 2023], ks: [2022, 2023], pdd: [2019], partial: [], target: false, max: 14000 * YI, labels: ['pdd-gmv-2019', 'ks-gmv-2022', 'ks-gmv-2023'], pddGrowth: true, ksGrowth: true, dimPdd: false, solo: true, note: 'note.same-size' },
  // Kuaishou's annual record to the last full year published, then 2025 so far from its quarters.
  latest: { years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], ks: [2018, 2019, 2020, 2021, 2022, 2023, 2024], quarters: 2025, pdd: [], partial: [], target: false, max: 16000 * YI, labels: ['ks-gmv-2024'], pddGrowth: false, ksGrowth: true, dimPdd: false, note: 'note.latest' },
};

/** Numbers a state's note quotes, pre-formatted like every other label. */
function noteVars(data: GmvData, note: string): Record<string, string> {
  if (note === 'note.slowdown') return { ttm: data.text[data.pddGrowthTtm.figure] ?? '' };
  if (note === 'note.latest') {
    const q25 = data.ksQuarters.filter((q) => q.period.startsWith('2025'));
    return { growth: q25.map((q) => `+${data.text[q.growthFigure] ?? ''}`).join(' / '), n: String(q25.length) };
  }
  return {};
}

const S = (ctx: RenderContext, key: string, vars?: Record<string, string | number>) => fmt(ctx.strings, `charts.gmv-timeline.${key}`, vars);

/** A tick's number in the axis unit (亿元 in Chinese, RMB bn in English); the unit is named once. */
function axisLabel(value: number, ctx: RenderContext): string {
  return plainNumber(ctx.lang, value / (ctx.lang === 'zh' ? YI : 1e9));
}

function legend(ctx: RenderContext, series: ('ks' | 'pdd')[], font: number): { marks: Mark[]; width: number } {
  const marks: Mark[] = [];
  let x = 0;
  for (const s of series) {
    const label = S(ctx, `legend.${s}`);
    marks.push({ key: `legend-sw-${s}`, tag: 'rect', className: `c-${s}`, attrs: { x, y: 4, width: 12, height: 12, rx: 2 } });
    marks.push({ key: `legend-${s}`, tag: 'text', className: 'lbl', text: label, attrs: { x: x + 17, y: 14.5, 'font-size': font } });
    x += 17 + textWidth(label, font) + 16;
  }
  return { marks, width: x };
}

function renderRace(data: GmvData, ctx: RenderContext): Scene {
  const { width, height } = ctx;
  const font = isCompact(width) ? 12 : 13;
  const marks: Mark[] = [];
  const title = S(ctx, 'race.title');
  marks.push({ key: 'race-title', tag: 'text', className: 'lbl lbl--strong', text: title, attrs: { x: 0, y: 15, 'font-size': font + 1 } });
  const names = data.race.map((r) => S(ctx, `race.${r.key}`));
  const left = Math.max(...names.map((n) => textWidth(n, font))) + 10;
  const top = 40;
  const bottom = height - 40;
  const rowH = (bottom - top) / data.race.length;
  const x = scaleLinear().domain([0, 6]).range([left, width - 70]);
  for (let t = 0; t <= 6; t++) {
    const at = { scale: 'x', value: t };
    marks.push({ key: `race-grid-${t}`, tag: 'line', className: 'grid', attrs: { x1: x(t), x2: x(t), y1: top - 6, y2: bottom }, enter: { x1: at, x2: at, opacity: 0 }, exit: { x1: at, x2: at, opacity: 0 } });
    marks.push({ key: `race-tick-${t}`, tag: 'text', className: 'tick', text: String(t), attrs: { x: x(t), y: bottom + 16, 'font-size': font - 1, 'text-anchor': 'middle' }, enter: { x: at, opacity: 0 }, exit: { x: at, opacity: 0 } });
  }
  marks.push({ key: 'race-axis', tag: 'text', className: 'tick', text: S(ctx, 'race.axis'), attrs: { x: width - 70, y: bottom + 32, 'font-size': font - 1, 'text-anchor': 'end' } });
  data.race.forEach((r, i) => {
    const y = top + i * rowH;
    const bh = Math.min(28, rowH * 0.5);
    const cy = y + rowH / 2;
    marks.push({ key: `race-name-${r.key}`, tag: 'text', className: 'lbl', text: names[i]!, attrs: { x: left - 8, y: cy + font * 0.35, 'font-size': font, 'text-anchor': 'end' } });
    marks.push({ key: `race-bar-${r.key}`, tag: 'rect', className: `c-${r.key}${r.halfYear ? ' is-partial' : ''}`, attrs: { x: x(0), y: cy - bh / 2, width: Math.max(1, x(r.years) - x(0)), height: bh }, enter: { width: 0 }, exit: { width: 0 } });
    marks.push({ key: `race-val-${r.key}`, tag: 'text', className: 'val', text: data.text[r.figure] ?? '', attrs: { x: x(r.years) + 6, y: cy + font * 0.35, 'font-size': font } });
    marks.push({ key: `race-sub-${r.key}`, tag: 'text', className: 'tick', text: S(ctx, `race.${r.key}-sub`, { gmv: data.text[r.milestone] ?? '' }), attrs: { x: x(0), y: cy + bh / 2 + font + 2, 'font-size': font - 2 } });
  });
  return { width, height, marks, scales: { x } };
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A label for a column: its text, the column it belongs to, and the top of that column's marks. */
interface Label {
  key: string;
  text: string;
  cls: string;
  /** The column (bar, or the slot that holds nested bars) the label belongs to. */
  x0: number;
  x1: number;
  /** Top of the column: the label goes above it. */
  top: number;
  /** Labels of one column share a group: each sits on the one placed before it. */
  group: string;
  /** Try first beside the column at this height (a bar inside another, whose top is covered). */
  side?: number;
}

/** Bold labels run wider than the shared estimate; layout reserves the extra room. */
const BOLD = 1.12;

export function render(data: GmvData, state: string, ctx: RenderContext): Scene {
  if (state === 'race') return renderRace(data, ctx);
  const view = VIEWS[state as Exclude<GmvState, 'race'>] ?? VIEWS.launch;
  const { width, height } = ctx;
  const font = isCompact(width) ? 11 : 12.5;
  const marks: Mark[] = [];

  const series: ('ks' | 'pdd')[] = view.pdd.length ? ['ks', 'pdd'] : ['ks'];
  const key = legend(ctx, series, font);
  marks.push(...key.marks);

  // The state's note shares the legend's line when it fits, and takes lines of its own otherwise
  // (wrapped to the frame: a 360 px phone's frame is 320 px wide).
  const note = !view.note ? '' : S(ctx, view.note, noteVars(data, view.note));
  const noteOwnLine = note !== '' && key.width + textWidth(note, font - 1) > width - 4;
  const noteLines = noteOwnLine ? wrapBalanced(note, font - 1, width - 4) : [];
  const noteLineH = font + 2;
  /** How far the note's own lines push the plot down. */
  const noteDrop = noteOwnLine ? 18 + (noteLines.length - 1) * noteLineH : 0;
  if (noteOwnLine) {
    noteLines.forEach((line, i) => marks.push({ key: i ? `note-${i}` : 'note', tag: 'text', className: 'note-text', text: line, attrs: { x: 0, y: 32 + i * noteLineH, 'font-size': font - 1 } }));
  } else if (note) {
    marks.push({ key: 'note', tag: 'text', className: 'note-text', text: note, attrs: { x: width - 4, y: 14.5, 'font-size': font - 1, 'text-anchor': 'end' } });
  }

  // Value axis: round ticks in the axis unit (亿元 / RMB bn), named once above the axis, so each
  // tick stays a short number; the left margin fits the longest.
  const y0 = scaleLinear().domain([0, view.max]).nice(4);
  const ticks = y0.ticks(4);
  const unit = S(ctx, 'axis.unit');
  const left = Math.max(...ticks.map((t) => textWidth(axisLabel(t, ctx), font - 1))) + 8;
  const top = 34 + noteDrop + font + 4;
  const bottom = height - 22;
  const y = y0.range([bottom, top]);
  const x = scaleBand<number>().domain(view.years).range([left, width - 4]).paddingInner(0.28).paddingOuter(0.12);

  marks.push({ key: 'y-unit', tag: 'text', className: 'tick', text: unit, attrs: { x: 0, y: top - font + 2, 'font-size': font - 1 } });
  for (const t of ticks) {
    const at = { scale: 'y', value: t };
    const move = { y1: at, y2: at, opacity: 0 };
    marks.push({ key: `grid-${t}`, tag: 'line', className: t === 0 ? 'axis' : 'grid', attrs: { x1: left, x2: width - 4, y1: y(t), y2: y(t) }, enter: move, exit: move });
    const label = { y: { ...at, offset: 4 }, opacity: 0 };
    marks.push({ key: `ytick-${t}`, tag: 'text', className: 'tick', text: axisLabel(t, ctx), attrs: { x: left - 6, y: y(t) + 4, 'font-size': font - 1, 'text-anchor': 'end' }, enter: label, exit: label });
  }
  for (const yr of view.years) {
    // Where a column holds one company only, beside columns of the other, the tick says whose it is.
    const who = view.solo ? (view.pdd.includes(yr) ? 'pdd' : 'ks') : undefined;
    const text = who ? S(ctx, 'tick.who', { who: S(ctx, `legend.${who}`), year: yr }) : String(yr);
    marks.push({ key: `x-${yr}`, tag: 'text', className: 'tick', text, attrs: { x: x(yr)! + x.bandwidth() / 2, y: bottom + 15, 'font-size': font - 1, 'text-anchor': 'middle' } });
  }

  const both = view.pdd.length > 0 && !view.solo;
  const slot = (p: { year: number }, s: 'ks' | 'pdd') => {
    const bx = x(p.year)!;
    const bw = x.bandwidth();
    if (!both) return { bx: bx + bw * 0.15, bw: bw * 0.7 };
    return s === 'pdd' ? { bx, bw: bw / 2 - 1 } : { bx: bx + bw / 2 + 1, bw: bw / 2 - 1 };
  };
  const bars: Box[] = [];
  const labels: Label[] = [];
  /** Bars grow from the baseline and shrink back into it. */
  const grow = { y: bottom, height: 0 };
  /** Labels per column, stacked upwards in the order given (value first, then growth). */
  const column = (x0: number, x1: number, topY: number, items: { key: string; text: string; cls: string; side?: number }[]) => {
    for (const it of items) labels.push({ ...it, x0, x1, top: topY, group: `${x0}` });
  };
  const growthOf = (year: number, s: 'ks' | 'pdd') => {
    const on = s === 'ks' ? view.ksGrowth && view.ks.includes(year) : view.pddGrowth && view.pdd.includes(year);
    const g = on ? (s === 'ks' ? data.ksGrowth : data.pddGrowth).find((q) => q.year === year) : undefined;
    return g ? [{ key: `growth-${g.key}`, text: `+${data.text[g.figure] ?? ''}`, cls: `val val--${s}` }] : [];
  };
  const bar = (p: Point, s: 'ks' | 'pdd', extra = '') => {
    const { bx, bw } = slot(p, s);
    const top = y(p.value);
    // The tiny 2018 bar stays visible as a hairline rather than vanishing.
    const h = Math.max(1.5, bottom - top);
    marks.push({ key: `bar-${p.key}`, tag: 'rect', className: `c-${s}${extra}`, attrs: { x: bx, y: bottom - h, width: bw, height: h }, enter: grow, exit: grow });
    bars.push({ x0: bx, x1: bx + bw, y0: bottom - h, y1: bottom });
    const value = view.labels.includes(p.figure) ? [{ key: `val-${p.key}`, text: data.text[p.figure] ?? '', cls: 'val' }] : [];
    column(bx, bx + bw, bottom - h, [...value, ...growthOf(p.year, s)]);
  };

  for (const p of data.pdd) if (view.pdd.includes(p.year)) bar(p, 'pdd', view.dimPdd ? ' is-dim' : '');
  for (const p of data.ks) if (view.ks.includes(p.year)) bar(p, 'ks');

  // Partial-year bars: the nine-month bar behind, the half-year bar in front, both in 2020's slot;
  // their labels stack above the slot (the half-year's top lies inside the nine-month bar).
  const partials: { key: string; text: string; cls: string; side?: number }[] = [];
  let partialTop = bottom;
  for (const part of ['9M', 'H1'] as const) {
    const p = data.ksPartial.find((q) => q.partial === part);
    if (!p || !view.partial.includes(part)) continue;
    const { bx, bw } = slot(p, 'ks');
    const inset = part === 'H1' && view.partial.includes('9M') ? bw * 0.18 : 0;
    const h = bottom - y(p.value);
    marks.push({ key: `bar-${p.key}`, tag: 'rect', className: `c-ks is-partial${part === '9M' ? ' is-light' : ''}`, attrs: { x: bx + inset, y: bottom - h, width: bw - inset * 2, height: h }, enter: grow, exit: grow });
    bars.push({ x0: bx + inset, x1: bx + bw - inset, y0: bottom - h, y1: bottom });
    partialTop = Math.min(partialTop, bottom - h);
    const inner = part === 'H1' && view.partial.includes('9M');
    partials.push({ key: `val-${p.key}`, text: `${S(ctx, `partial.${part}`)} ${data.text[p.figure] ?? ''}`, cls: 'val', side: inner ? bottom - h : undefined });
  }
  if (partials.length) {
    const { bx, bw } = slot({ year: 2020 }, 'ks');
    column(bx, bx + bw, partialTop, partials);
  }

  // The latest state: 2025 so far, its published quarters stacked in the year's slot, the latest
  // quarter named with its value and year-on-year growth.
  if (view.quarters) {
    const qs = data.ksQuarters.filter((q) => q.period.startsWith(String(view.quarters)));
    const { bx, bw } = slot({ year: view.quarters }, 'ks');
    let base = 0;
    for (const q of qs) {
      const y1 = y(base);
      const y2 = y(base + q.value);
      // Each quarter grows up from where the one before it ends.
      const from = { y: y1, height: 0 };
      marks.push({ key: `bar-${q.key}`, tag: 'rect', className: 'c-ks is-partial', attrs: { x: bx, y: y2, width: bw, height: y1 - y2 }, enter: from, exit: from });
      if (base > 0) marks.push({ key: `qsep-${q.key}`, tag: 'line', className: 'qsep', attrs: { x1: bx, x2: bx + bw, y1, y2: y1 } });
      base += q.value;
    }
    bars.push({ x0: bx, x1: bx + bw, y0: y(base), y1: bottom });
    const last = qs[qs.length - 1];
    if (last) {
      const quarter = S(ctx, `quarter.${last.period.slice(5)}`, { year: last.period.slice(0, 4) });
      column(bx, bx + bw, y(base), [
        { key: `val-${last.key}`, text: `${quarter} ${data.text[last.figure] ?? ''}`, cls: 'val' },
        { key: `growth-${last.key}`, text: `+${data.text[last.growthFigure] ?? ''}`, cls: 'val val--ks' },
      ]);
    }
  }

  // The 2020 target: a dashed line across the plot at its height, named at its left end, where the
  // early columns are far below it.
  if (view.target) {
    const t = data.target;
    const { bx, bw } = slot(t, 'ks');
    const ty = y(t.value);
    marks.push({ key: 'target-line', tag: 'line', className: 'target', attrs: { x1: left, x2: bx + bw + 6, y1: ty, y2: ty } });
    const label = `${S(ctx, 'target')} ${data.text[t.figure] ?? ''}`;
    labels.unshift({ key: 'target-label', text: label, cls: 'val val--target', x0: left + 2, x1: left + 2 + textWidth(label, font) * BOLD, top: ty, group: 'target' });
  }

  // Labels: each above its column (or above the label placed before it in the same column),
  // centred; if that covers another bar or label, shifted to start at the column's left or end at
  // its right; failing that, lifted above whatever is in the way, with a leader line down to its
  // column if lifted more than half a line. A bar inside another is named beside the column first.
  // Always inside the frame.
  const placed: Box[] = [];
  const groupTop = new Map<string, number>();
  const legendBottom = 18 + noteDrop;
  for (const l of labels) {
    const w = textWidth(l.text, font) * BOLD;
    const clamp = (x0: number) => Math.max(0, Math.min(width - 2 - w, x0));
    const cx = (l.x0 + l.x1) / 2;
    const top = Math.min(l.top, groupTop.get(l.group) ?? Infinity);
    const boxAt = (x0: number, base: number): Box => ({ x0: x0 - 1, x1: x0 + w + 1, y0: base - font * 0.8 - 1, y1: base + font * 0.2 + 1 });
    const clear = (b: Box) => b.y0 >= legendBottom && b.x0 >= -1 && b.x1 <= width - 1 && !placed.some((p) => overlaps(p, b)) && !bars.some((r) => overlaps(r, b));
    const tries: { x0: number; base: number }[] = [];
    if (l.side !== undefined) {
      const base = l.side + font * 0.35;
      tries.push({ x0: l.x0 - 5 - w, base }, { x0: l.x1 + 5, base });
    }
    const starts = [clamp(cx - w / 2), clamp(l.x0), clamp(l.x1 - w)];
    for (const x0 of starts) tries.push({ x0, base: top - 5 });
    let pick = tries.find((t) => clear(boxAt(t.x0, t.base)));
    if (!pick) {
      // Lift: the lowest clear baseline above the column, trying each horizontal place.
      let best: { x0: number; base: number } | undefined;
      for (const x0 of starts) {
        let base = top - 5;
        for (let i = 0; i < 40 && base - font >= legendBottom; i++) {
          const b = boxAt(x0, base);
          const hit = [...placed, ...bars].filter((r) => overlaps(r, b));
          if (!hit.length) break;
          base = Math.min(...hit.map((r) => r.y0)) - font * 0.2 - 2;
        }
        if (clear(boxAt(x0, base)) && (!best || base > best.base)) best = { x0, base };
      }
      pick = best;
      // A label lifted only a few pixels still sits on what it names; a leader that short would be a
      // tick through the label beneath it, not a line anyone follows.
      const from = top - 2;
      const to = pick && pick.base + font * 0.2 + 1;
      if (to !== undefined && from - to > font / 2) marks.push({ key: `leader-${l.key}`, tag: 'line', className: 'leader', attrs: { x1: cx, x2: cx, y1: from, y2: to } });
    }
    if (!pick) continue;
    const b = boxAt(pick.x0, pick.base);
    placed.push(b);
    if (l.side === undefined || pick.base !== l.side + font * 0.35) groupTop.set(l.group, b.y0 + 4);
    marks.push({ key: l.key, tag: 'text', className: l.cls, text: l.text, attrs: { x: pick.x0, y: pick.base, 'font-size': font } });
  }

  return { width, height, marks, scales: { y } };
}
