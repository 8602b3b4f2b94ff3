// Kuaishou's e-commerce GMV against Pinduoduo's, state by state. A pure function: the same
// (data, state, size, language) always gives the same marks, in the browser and at build time.
import { scaleBand, scaleLinear } from 'd3-scale';
import { fmt, textWidth } from '../text.ts';
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
  note?: string;
}

const YI = 1e8;

const VIEWS: Record<Exclude<GmvState, 'race'>, View> = {
  launch: { years: [2018, 2019, 2020], ks: [2018], pdd: [], partial: [], target: false, max: 1200 * YI, labels: ['ks-gmv-2018'], pddGrowth: false, ksGrowth: false, dimPdd: false, note: 'note.launch' },
  'first-year': { years: [2018, 2019, 2020], ks: [2018, 2019], pdd: [], partial: [], target: false, max: 1200 * YI, labels: ['ks-gmv-2018', 'ks-gmv-2019'], pddGrowth: false, ksGrowth: false, dimPdd: false },
  prospectus: { years: [2018, 2019, 2020], ks: [2018, 2019], pdd: [], partial: ['H1'], target: false, max: 1200 * YI, labels: ['ks-gmv-2019', 'ks-gmv-2020h1'], pddGrowth: false, ksGrowth: false, dimPdd: false },
  target: { years: [2018, 2019, 2020], ks: [2018, 2019], pdd: [], partial: ['H1', '9M'], target: true, max: 3000 * YI, labels: ['ks-gmv-2020h1', 'ks-gmv-2020-9m'], pddGrowth: false, ksGrowth: false, dimPdd: false, note: 'note.target' },
  comparison: { years: [2017, 2018, 2019, 2020, 2021], ks: [2018, 2019, 2020], pdd: [2017, 2018, 2019, 2020], partial: [], target: true, max: 18000 * YI, labels: ['ks-gmv-2020', 'pdd-gmv-2019'], pddGrowth: false, ksGrowth: false, dimPdd: false },
  slowdown: { years: [2017, 2018, 2019, 2020, 2021], ks: [2018, 2019, 2020], pdd: [2017, 2018, 2019, 2020, 2021], partial: [], target: false, max: 26000 * YI, labels: ['pdd-gmv-2021'], pddGrowth: true, ksGrowth: false, dimPdd: false, note: 'note.slowdown' },
  hindsight: { years: [2017, 2018, 2019, 2020, 2021, 2022, 2023], ks: [2018, 2019, 2020, 2021, 2022, 2023], pdd: [2017, 2018, 2019, 2020, 2021], partial: [], target: false, max: 26000 * YI, labels: ['ks-gmv-2023', 'pdd-gmv-2021'], pddGrowth: false, ksGrowth: true, dimPdd: true, note: 'note.hindsight' },
  // Like for like: each company in the year its GMV stood near RMB 1tn, with that year's growth.
  'same-size': { years: [2019, 2022, 2023], ks: [2022, 2023], pdd: [2019], partial: [], target: false, max: 12000 * YI, labels: [], pddGrowth: true, ksGrowth: true, dimPdd: false, solo: true, note: 'note.same-size' },
  // Kuaishou's annual record to the last full year published; 2025's quarters are in the note.
  latest: { years: [2018, 2019, 2020, 2021, 2022, 2023, 2024], ks: [2018, 2019, 2020, 2021, 2022, 2023, 2024], pdd: [], partial: [], target: false, max: 14000 * YI, labels: ['ks-gmv-2024'], pddGrowth: false, ksGrowth: true, dimPdd: false, note: 'note.latest' },
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

function axisLabel(value: number, ctx: RenderContext): string {
  if (value === 0) return '0';
  return ctx.lang === 'zh'
    ? fmt(ctx.strings, 'charts.gmv-timeline.axis.yi', { n: new Intl.NumberFormat('zh-Hans-CN').format(value / YI) })
    : fmt(ctx.strings, 'charts.gmv-timeline.axis.bn', { n: new Intl.NumberFormat('en-GB').format(value / 1e9) });
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
  const font = width < 480 ? 12 : 13;
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
    marks.push({ key: `race-grid-${t}`, tag: 'line', className: 'grid', attrs: { x1: x(t), x2: x(t), y1: top - 6, y2: bottom } });
    marks.push({ key: `race-tick-${t}`, tag: 'text', className: 'tick', text: String(t), attrs: { x: x(t), y: bottom + 16, 'font-size': font - 1, 'text-anchor': 'middle' } });
  }
  marks.push({ key: 'race-axis', tag: 'text', className: 'tick', text: S(ctx, 'race.axis'), attrs: { x: width - 70, y: bottom + 32, 'font-size': font - 1, 'text-anchor': 'end' } });
  data.race.forEach((r, i) => {
    const y = top + i * rowH;
    const bh = Math.min(28, rowH * 0.5);
    const cy = y + rowH / 2;
    marks.push({ key: `race-name-${r.key}`, tag: 'text', className: 'lbl', text: names[i]!, attrs: { x: left - 8, y: cy + font * 0.35, 'font-size': font, 'text-anchor': 'end' } });
    marks.push({ key: `race-bar-${r.key}`, tag: 'rect', className: `c-${r.key}${r.halfYear ? ' is-partial' : ''}`, attrs: { x: x(0), y: cy - bh / 2, width: Math.max(1, x(r.years) - x(0)), height: bh } });
    marks.push({ key: `race-val-${r.key}`, tag: 'text', className: 'val', text: data.text[r.figure] ?? '', attrs: { x: x(r.years) + 6, y: cy + font * 0.35, 'font-size': font } });
    marks.push({ key: `race-sub-${r.key}`, tag: 'text', className: 'tick', text: S(ctx, `race.${r.key}-sub`, { gmv: data.text[r.milestone] ?? '' }), attrs: { x: x(0), y: cy + bh / 2 + font + 2, 'font-size': font - 2 } });
  });
  return { width, height, marks };
}

export function render(data: GmvData, state: string, ctx: RenderContext): Scene {
  if (state === 'race') return renderRace(data, ctx);
  const view = VIEWS[state as Exclude<GmvState, 'race'>] ?? VIEWS.launch;
  const { width, height } = ctx;
  const font = width < 480 ? 11 : 12.5;
  const marks: Mark[] = [];

  const series: ('ks' | 'pdd')[] = view.pdd.length ? ['ks', 'pdd'] : ['ks'];
  const key = legend(ctx, series, font);
  marks.push(...key.marks);

  // The state's note shares the legend's line when it fits, and takes a line of its own otherwise.
  const note = !view.note ? '' : S(ctx, view.note, noteVars(data, view.note));
  const noteOwnLine = note !== '' && key.width + textWidth(note, font - 1) > width - 4;
  if (note) {
    marks.push({ key: 'note', tag: 'text', className: 'note-text', text: note, attrs: noteOwnLine ? { x: 0, y: 32, 'font-size': font - 1 } : { x: width - 4, y: 14.5, 'font-size': font - 1, 'text-anchor': 'end' } });
  }

  // Value axis: four round ticks, labels measured so the left margin fits the longest.
  const y0 = scaleLinear().domain([0, view.max]).nice(4);
  const ticks = y0.ticks(4);
  const left = Math.max(...ticks.map((t) => textWidth(axisLabel(t, ctx), font - 1))) + 8;
  const top = noteOwnLine ? 52 : 34;
  const bottom = height - 22;
  const y = y0.range([bottom, top]);
  const x = scaleBand<number>().domain(view.years).range([left, width - 4]).paddingInner(0.28).paddingOuter(0.12);

  for (const t of ticks) {
    marks.push({ key: `grid-${t}`, tag: 'line', className: t === 0 ? 'axis' : 'grid', attrs: { x1: left, x2: width - 4, y1: y(t), y2: y(t) } });
    marks.push({ key: `ytick-${t}`, tag: 'text', className: 'tick', text: axisLabel(t, ctx), attrs: { x: left - 6, y: y(t) + 4, 'font-size': font - 1, 'text-anchor': 'end' } });
  }
  for (const yr of view.years) {
    marks.push({ key: `x-${yr}`, tag: 'text', className: 'tick', text: String(yr), attrs: { x: x(yr)! + x.bandwidth() / 2, y: bottom + 15, 'font-size': font - 1, 'text-anchor': 'middle' } });
  }

  const both = view.pdd.length > 0 && !view.solo;
  const slot = (p: Point, s: 'ks' | 'pdd') => {
    const bx = x(p.year)!;
    const bw = x.bandwidth();
    if (!both) return { bx: bx + bw * 0.15, bw: bw * 0.7 };
    return s === 'pdd' ? { bx, bw: bw / 2 - 1 } : { bx: bx + bw / 2 + 1, bw: bw / 2 - 1 };
  };
  const labelled: { key: string; x: number; y: number; text: string; cls: string }[] = [];
  const bar = (p: Point, s: 'ks' | 'pdd', extra = '') => {
    const { bx, bw } = slot(p, s);
    const top = y(p.value);
    // The tiny 2018 bar stays visible as a hairline rather than vanishing.
    const h = Math.max(1.5, bottom - top);
    marks.push({ key: `bar-${p.key}`, tag: 'rect', className: `c-${s}${extra}`, attrs: { x: bx, y: bottom - h, width: bw, height: h } });
    if (view.labels.includes(p.figure)) labelled.push({ key: `val-${p.key}`, x: bx + bw / 2, y: bottom - h - 5, text: data.text[p.figure] ?? '', cls: 'val' });
  };

  for (const p of data.pdd) if (view.pdd.includes(p.year)) bar(p, 'pdd', view.dimPdd ? ' is-dim' : '');
  for (const p of data.ks) if (view.ks.includes(p.year)) bar(p, 'ks');
  // Partial-year bars: the nine-month bar behind, the half-year bar in front, both in 2020's slot.
  for (const part of ['9M', 'H1'] as const) {
    const p = data.ksPartial.find((q) => q.partial === part);
    if (!p || !view.partial.includes(part)) continue;
    const { bx, bw } = slot(p, 'ks');
    const inset = part === 'H1' && view.partial.includes('9M') ? bw * 0.18 : 0;
    const h = bottom - y(p.value);
    marks.push({ key: `bar-${p.key}`, tag: 'rect', className: `c-ks is-partial${part === '9M' ? ' is-light' : ''}`, attrs: { x: bx + inset, y: bottom - h, width: bw - inset * 2, height: h } });
    const label = `${S(ctx, `partial.${part}`)} ${data.text[p.figure] ?? ''}`;
    labelled.push({ key: `val-${p.key}`, x: bx + bw / 2, y: bottom - h - 5, text: label, cls: 'val' });
  }

  if (view.target) {
    const t = data.target;
    const { bx, bw } = slot(t, 'ks');
    const ty = y(t.value);
    marks.push({ key: 'target-line', tag: 'line', className: 'target', attrs: { x1: bx - 6, x2: bx + bw + 6, y1: ty, y2: ty } });
    const label = `${S(ctx, 'target')} ${data.text[t.figure] ?? ''}`;
    const w = textWidth(label, font);
    const lx = Math.max(left + w / 2, Math.min(width - 4 - w / 2, bx + bw / 2));
    labelled.push({ key: 'target-label', x: lx, y: ty - 6, text: label, cls: 'val val--target' });
  }

  if (view.pddGrowth) {
    for (const g of data.pddGrowth) {
      const p = data.pdd.find((q) => q.year === g.year);
      if (!p || !view.pdd.includes(g.year)) continue;
      const { bx, bw } = slot(p, 'pdd');
      labelled.push({ key: `growth-${g.key}`, x: bx + bw / 2, y: y(p.value) - 5, text: `+${data.text[g.figure] ?? ''}`, cls: 'val val--pdd' });
    }
  }
  if (view.ksGrowth) {
    for (const g of data.ksGrowth) {
      const p = data.ks.find((q) => q.year === g.year);
      if (!p || !view.ks.includes(g.year) || view.labels.includes(p.figure)) continue;
      const { bx, bw } = slot(p, 'ks');
      labelled.push({ key: `growth-${g.key}`, x: bx + bw / 2, y: y(p.value) - 5, text: `+${data.text[g.figure] ?? ''}`, cls: 'val val--ks' });
    }
  }

  // Labels: keep inside the frame; drop a label that would collide with one already placed.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const l of labelled) {
    const w = textWidth(l.text, font);
    const cx = Math.max(left + w / 2, Math.min(width - 2 - w / 2, l.x));
    let ly = Math.max(top + font, l.y);
    const box = () => ({ x0: cx - w / 2 - 2, x1: cx + w / 2 + 2, y0: ly - font, y1: ly + 2 });
    let b = box();
    for (let tries = 0; tries < 3 && placed.some((p) => p.x0 < b.x1 && b.x0 < p.x1 && p.y0 < b.y1 && b.y0 < p.y1); tries++) {
      ly -= font + 3;
      b = box();
    }
    if (ly < font) continue;
    placed.push(b);
    marks.push({ key: l.key, tag: 'text', className: l.cls, text: l.text, attrs: { x: cx, y: ly, 'font-size': font, 'text-anchor': 'middle' } });
  }

  return { width, height, marks };
}
