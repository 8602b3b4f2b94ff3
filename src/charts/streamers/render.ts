// Kuaishou's top sellers, state by state: a timeline 2018→2023 whose current events light up, and
// below it a panel that expands them with their figures. A pure function: the same (data, state,
// size, language) always gives the same marks, in the browser and at build time.
import { scaleLinear } from 'd3-scale';
import { fmt, textWidth, wrap } from '../text.ts';
import type { Mark, RenderContext, Scene } from '../types.ts';
import type { StreamersData, Val } from './data.ts';
import type { StreamersState } from './states.ts';

interface Z {
  /** Label, small (notes, ticks), heading and big-number font sizes. */
  f: number;
  small: number;
  head: number;
  big: number;
  barH: number;
  laneH: number;
  r: number;
}

const sizes = (width: number): Z =>
  width < 480
    ? { f: 12, small: 11, head: 13, big: 16, barH: 11, laneH: 11, r: 3.5 }
    : { f: 13, small: 12, head: 14, big: 18, barH: 13, laneH: 12, r: 4 };

/** Room to reserve for a label: the estimate plus slack for wider fonts (bold, DejaVu, Segoe). */
const room = (text: string, size: number) => textWidth(text, size) * 1.18;
/** Wrapping widths keep the same slack at the right edge. */
const SLACK = 0.94;

const S = (ctx: RenderContext, key: string, vars?: Record<string, string | number>) => fmt(ctx.strings, `charts.streamers.${key}`, vars);

/** Marks plus a y cursor: each block appends its marks and moves the cursor down. */
class Panel {
  marks: Mark[] = [];
  readonly ctx: RenderContext;
  readonly z: Z;
  y: number;
  constructor(ctx: RenderContext, z: Z, y: number) {
    this.ctx = ctx;
    this.z = z;
    this.y = y;
  }
  get width() {
    return this.ctx.width;
  }
  text(key: string, text: string, x: number, y: number, size: number, cls: string, anchor: 'start' | 'middle' | 'end' = 'start') {
    const attrs: Record<string, string | number> = { x, y, 'font-size': size };
    if (anchor !== 'start') attrs['text-anchor'] = anchor;
    this.marks.push({ key, tag: 'text', className: cls, text, attrs });
  }
  /** Wrapped lines from the cursor; returns the number of lines. */
  para(key: string, text: string, size: number, cls: string, x = 0, maxWidth = (this.width - x) * SLACK, gap = 3): number {
    const lines = wrap(text, size, maxWidth);
    lines.forEach((line, i) => this.text(`${key}-${i}`, line, x, this.y + size + i * (size + gap), size, cls));
    this.y += lines.length * (size + gap) - gap;
    return lines.length;
  }
  space(h: number) {
    this.y += h;
  }
}

// --- The timeline ---------------------------------------------------------------------------------

function timeline(data: StreamersData, state: StreamersState, ctx: RenderContext, z: Z): { marks: Mark[]; bottom: number } {
  const { width } = ctx;
  const marks: Mark[] = [];
  const x = scaleLinear().domain(data.domain).range([4, width - 4]);
  const rMax = z.r + 1.5;

  // Lanes: each event takes the first lane where it clears the previous marker. The packing uses all
  // events, whatever the state, so markers never jump between states, only light up.
  const ext = data.events.map((e) => ({
    e,
    x0: e.span ? x(e.start) + 1.5 : x(e.start) - rMax,
    x1: e.span ? x(e.end) - 1.5 : x(e.start) + rMax,
  }));
  const laneEnd: number[] = [];
  const lane = new Map<string, number>();
  for (const it of [...ext].sort((a, b) => a.x0 - b.x0 || Number(b.e.span) - Number(a.e.span))) {
    let l = laneEnd.findIndex((end) => end + 2 <= it.x0);
    if (l < 0) l = laneEnd.push(-Infinity) - 1;
    laneEnd[l] = it.x1;
    lane.set(it.e.id, l);
  }

  const labelY = z.small;
  const top = labelY + 9;
  const axisY = top + laneEnd.length * z.laneH + 3;
  const [y0, y1] = data.domain;

  for (let yr = y0; yr <= y1; yr++) {
    marks.push({ key: `tl-grid-${yr}`, tag: 'line', className: 'grid', attrs: { x1: x(yr), x2: x(yr), y1: top - 2, y2: axisY + 4 } });
  }
  marks.push({ key: 'tl-axis', tag: 'line', className: 'axis', attrs: { x1: x(y0), x2: x(y1), y1: axisY, y2: axisY } });
  for (let yr = y0; yr < y1; yr++) {
    marks.push({ key: `tl-year-${yr}`, tag: 'text', className: 'tick', text: String(yr), attrs: { x: x(yr + 0.5), y: axisY + z.small + 3, 'font-size': z.small, 'text-anchor': 'middle' } });
  }

  // The source article's publication: everything right of this line happened after it was written.
  const px = x(data.published.t);
  const pubLabel = S(ctx, 'published');
  const pw = textWidth(pubLabel, z.small);
  marks.push({ key: 'tl-pub', tag: 'line', className: 'stm-pub', attrs: { x1: px, x2: px, y1: labelY + 3, y2: axisY } });
  marks.push({ key: 'tl-pub-label', tag: 'text', className: 'tick', text: pubLabel, attrs: { x: Math.max(pw / 2 + 1, Math.min(width - pw / 2 - 1, px)), y: labelY, 'font-size': z.small, 'text-anchor': 'middle' } });

  // Current events last, so they sit on top.
  const order = [...data.events].sort((a, b) => Number(a.state === state) - Number(b.state === state));
  for (const e of order) {
    const on = e.state === state;
    const cls = on ? (e.estimate ? 'c-estimate' : 'c-ks') : 'c-neutral is-dim';
    const cy = top + lane.get(e.id)! * z.laneH + z.laneH / 2;
    if (e.span) {
      const h = on ? 7 : 5;
      marks.push({ key: `tl-${e.id}`, tag: 'rect', className: cls, attrs: { x: x(e.start) + 1.5, y: cy - h / 2, width: x(e.end) - x(e.start) - 3, height: h, rx: h / 2 } });
    } else {
      marks.push({ key: `tl-${e.id}`, tag: 'circle', className: cls + (on ? ' stm-on' : ''), attrs: { cx: x(e.start), cy, r: on ? rMax : z.r } });
    }
  }
  return { marks, bottom: axisY + z.small + 3 };
}

// --- Panel blocks ---------------------------------------------------------------------------------

interface BarRow {
  key: string;
  label: string;
  val: Val;
  cls: string;
  /** A lower bound ("over …"): the bar ends in an open arrow. */
  open?: boolean;
  /** A part of the bar, marked inside it and explained beneath it. */
  part?: { val: Val; label: string };
}

const OPEN = 14;

/**
 * Horizontal bars on one scale, each with its label above and its value at the end. `reserve` lists
 * value labels of other states that share the scale, so the scale is the same in each of them.
 */
function bars(p: Panel, rows: BarRow[], max: number, reserve: Val[] = []) {
  const { z } = p;
  const valueW = Math.max(...rows.map((r) => room(r.val.text, z.f) + (r.open ? OPEN : 0)), ...reserve.map((r) => room(r.text, z.f))) + 6;
  const x = scaleLinear().domain([0, max]).range([0, p.width - valueW]);
  rows.forEach((r, i) => {
    if (i > 0) p.space(9);
    p.para(`${r.key}-lbl`, r.label, z.small, 'lbl');
    p.space(4);
    const w = Math.max(1.5, x(r.val.value));
    const y = p.y;
    const mid = y + z.barH / 2;
    p.marks.push({ key: `${r.key}-bar`, tag: 'rect', className: r.cls + (r.part ? ' is-partial' : ''), attrs: { x: 0, y, width: w, height: z.barH } });
    let end = w;
    if (r.part) {
      p.marks.push({ key: `${r.key}-part`, tag: 'rect', className: r.cls, attrs: { x: 0, y, width: x(r.part.val.value), height: z.barH } });
      p.marks.push({ key: `${r.key}-part-tick`, tag: 'line', className: 'axis', attrs: { x1: x(r.part.val.value), x2: x(r.part.val.value), y1: y, y2: y + z.barH + 4 } });
    }
    if (r.open) {
      p.marks.push({ key: `${r.key}-open`, tag: 'line', className: 'stm-open', attrs: { x1: w, x2: w + OPEN - 4, y1: mid, y2: mid } });
      p.marks.push({ key: `${r.key}-arrow`, tag: 'polygon', className: r.cls, attrs: { points: `${w + OPEN - 5},${mid - 4} ${w + OPEN},${mid} ${w + OPEN - 5},${mid + 4}` } });
      end += OPEN;
    }
    p.text(`${r.key}-val`, r.val.text, end + 5, mid + z.f * 0.36, z.f, 'val');
    p.y += z.barH;
    if (r.part) {
      p.space(4);
      p.para(`${r.key}-part-lbl`, r.part.label, z.small, 'note-text');
    }
  });
}

/** A big number with its caption beside it (or beneath, if the caption would not fit on one line). */
function fact(p: Panel, key: string, value: string, caption: string, cls = 'val') {
  const { z } = p;
  const vw = room(value, z.big);
  const side = wrap(caption, z.small, (p.width - vw - 10) * SLACK);
  const y = p.y;
  p.text(`${key}-val`, value, 0, y + z.big, z.big, cls);
  if (side.length === 1) {
    p.text(`${key}-cap-0`, side[0]!, vw + 10, y + z.big - 1, z.small, 'lbl');
    p.y = y + z.big + 3;
  } else {
    p.y = y + z.big + 3;
    p.para(`${key}-cap`, caption, z.small, 'lbl');
  }
}

interface ShareRow {
  key: string;
  label: string;
  /** A range [lo, hi] of estimates, or a single value. */
  lo: Val;
  hi?: Val;
  sub: string;
  cls: string;
}

/** Shares of Kuaishou's GMV on one percent axis; ranges of estimates drawn as a band in the estimate colour. */
function shares(p: Panel, rows: ShareRow[], max: number) {
  const { z, ctx } = p;
  p.para('share-title', S(ctx, 'share.title'), z.f, 'lbl lbl--strong');
  p.space(4);
  const valueW = Math.max(...rows.filter((r) => !r.hi).map((r) => room(r.lo.text, z.f)), 0) + 8;
  const x = scaleLinear().domain([0, max]).nice(4).range([0, p.width - Math.max(valueW, 24)]);
  const ticks = x.ticks(4);
  // The percent scale on top, so each row below reads against it.
  for (const t of ticks) {
    const label = fmt(ctx.strings, 'unit.percent.other', { n: t });
    const w = textWidth(label, z.small);
    p.text(`share-tick-${t}`, label, Math.max(w / 2, Math.min(p.width - w / 2, x(t))), p.y + z.small, z.small, 'tick', 'middle');
  }
  p.space(z.small + 8);
  const inner = new Panel(ctx, z, p.y);
  rows.forEach((r, i) => {
    if (i > 0) inner.space(8);
    inner.para(`${r.key}-lbl`, r.label, z.small, 'lbl');
    inner.space(4);
    const y = inner.y;
    const mid = y + z.barH / 2;
    for (const t of ticks) {
      inner.marks.push({ key: `${r.key}-grid-${t}`, tag: 'line', className: t === 0 ? 'axis' : 'grid', attrs: { x1: x(t), x2: x(t), y1: y - 4, y2: y + z.barH + 4 } });
    }
    if (r.hi) {
      const x0 = x(r.lo.value);
      const x1 = x(r.hi.value);
      inner.marks.push({ key: `${r.key}-band`, tag: 'rect', className: `${r.cls} is-light`, attrs: { x: x0, y, width: x1 - x0, height: z.barH } });
      for (const [k, xv] of [['lo', x0], ['hi', x1]] as const) {
        inner.marks.push({ key: `${r.key}-${k}`, tag: 'line', className: 'stm-end s-estimate', attrs: { x1: xv, x2: xv, y1: y - 2, y2: y + z.barH + 2 } });
      }
      const tag = S(ctx, 'share.estimate');
      inner.text(`${r.key}-tag`, tag, x0 - 6, mid + z.f * 0.36, z.f, `lbl lbl--strong ${r.cls}`, 'end');
    } else {
      const w = Math.max(1.5, x(r.lo.value));
      inner.marks.push({ key: `${r.key}-bar`, tag: 'rect', className: r.cls, attrs: { x: 0, y, width: w, height: z.barH } });
      inner.text(`${r.key}-val`, r.lo.text, w + 5, mid + z.f * 0.36, z.f, 'val');
    }
    inner.y += z.barH;
    inner.space(3);
    inner.para(`${r.key}-sub`, r.sub, z.small, 'note-text');
  });
  p.marks.push(...inner.marks);
  p.y = inner.y;
}

// --- States ---------------------------------------------------------------------------------------

function header(p: Panel, data: StreamersData, state: StreamersState) {
  const { z, ctx } = p;
  p.para('head-date', data.dates[state], z.small, 'tick');
  p.space(4);
  p.para('head-title', S(ctx, `head.${state}`), z.head, 'lbl lbl--strong');
  p.space(10);
}

const share2019 = (data: StreamersData, ctx: RenderContext): ShareRow => ({
  key: 'share-2019',
  label: S(ctx, 'share.y2019', { year: data.v.shareScmp.period, gmv: data.v.gmv2019.text }),
  lo: data.v.shareScmp,
  hi: data.v.shareDolphin,
  sub: S(ctx, 'share.range', { lo: data.v.shareScmp.text, hi: data.v.shareDolphin.text }),
  cls: 'c-estimate',
});

function panel(p: Panel, data: StreamersData, state: StreamersState) {
  const { z, ctx } = p;
  const v = data.v;
  header(p, data, state);
  switch (state) {
    case 'first-sale': {
      p.para('first-label', data.label['maokong-first-sale-2018'] ?? '', z.f, 'lbl');
      p.space(6);
      p.para('first-src', S(ctx, 'first.source'), z.small, 'note-text');
      break;
    }
    case 'record-2018': {
      bars(
        p,
        [
          { key: 'rec-cd', label: S(ctx, 'record.cd', { hours: v.cdHours.text }), val: v.cdSales, cls: 'c-ks', part: { val: v.cdFirst, label: S(ctx, 'record.first', { hours: v.cdFirstHours.text, value: v.cdFirst.text }) } },
          { key: 'rec-article', label: S(ctx, 'record.article', { hours: v.articleHours.text }), val: v.articleSales, cls: 'c-ks', open: true },
        ],
        Math.max(v.cdSales.value, v.articleSales.value),
      );
      p.space(12);
      p.para('note', data.note.article, z.small, 'note-text');
      break;
    }
    case 'feud': {
      p.para('feud-label', data.label['xinba-sandage-feud-2020'] ?? '', z.f, 'lbl');
      p.space(12);
      fact(p, 'feud-pause', v.feudPause.text, S(ctx, 'feud.pause'));
      p.space(10);
      p.para('note', data.dateNote['xinba-sandage-feud-2020'] ?? S(ctx, 'feud.weak'), z.small, 'note-text');
      break;
    }
    case 'birds-nest':
    case 'penalty': {
      const pen = state === 'penalty';
      const old = pen ? 'c-neutral is-dim' : 'c-ks';
      const rows: BarRow[] = [
        { key: 'nest-sales', label: S(ctx, 'nest.sales', { orders: v.nestOrders.text }), val: v.nestSales, cls: old },
        { key: 'nest-comp', label: S(ctx, 'nest.comp', { multiple: v.nestMultiple.text }), val: v.nestComp, cls: old },
      ];
      if (pen) {
        rows.push({ key: 'nest-heyi', label: S(ctx, 'nest.heyi'), val: v.fineHeyi, cls: 'c-ks' }, { key: 'nest-rongyu', label: S(ctx, 'nest.rongyu'), val: v.fineRongyu, cls: 'c-ks' });
      }
      // One scale for both states, so the sales and compensation bars stay put when the fines arrive.
      const all = [v.nestSales, v.nestComp, v.fineHeyi, v.fineRongyu];
      bars(p, rows, Math.max(...all.map((x) => x.value)), all);
      p.space(12);
      if (pen) {
        fact(p, 'ban', v.banDays.text, S(ctx, 'nest.ban'), 'val val--ks');
        p.space(8);
        p.para('note', data.note.fine, z.small, 'note-text');
        p.space(3);
        p.para('note-after', S(ctx, 'nest.after', { date: data.published.date }), z.small, 'note-text');
      } else {
        p.para('note', data.dateNote['birdsnest-promotion-2020-09-17'] ?? '', z.small, 'note-text');
      }
      break;
    }
    case 'clans': {
      shares(p, [share2019(data, ctx)], v.shareDolphin.value);
      p.space(14);
      fact(p, 'clan-fans', v.clanFans.text, S(ctx, 'clans.fans', { date: v.clanFans.period }));
      p.space(10);
      bars(
        p,
        [
          { key: 'clan-appr', label: S(ctx, 'clans.apprentices', { date: v.apprentices.period }), val: v.apprentices, cls: 'c-ks' },
          { key: 'clan-comeback', label: S(ctx, 'clans.comeback', { date: v.comeback.period }), val: v.comeback, cls: 'c-ks', open: true },
        ],
        Math.max(v.apprentices.value, v.comeback.value),
      );
      break;
    }
    case 'shrinking': {
      shares(
        p,
        [
          share2019(data, ctx),
          { key: 'share-2020', label: S(ctx, 'share.y2020', { year: v.dandanShare.period }), lo: v.dandanShare, sub: S(ctx, 'share.of', { sales: v.dandanSales.text, gmv: v.gmv2020.text }), cls: 'c-ks' },
          { key: 'share-2023', label: S(ctx, 'share.y2023', { year: v.xdShare.period }), lo: v.xdShare, sub: S(ctx, 'share.of', { sales: v.xdSales.text, gmv: v.gmv2023.text }), cls: 'c-ks' },
        ],
        v.shareDolphin.value,
      );
      p.space(12);
      p.para('note', S(ctx, 'share.caveat'), z.small, 'note-text');
      break;
    }
  }
}

export function render(data: StreamersData, state: string, ctx: RenderContext): Scene {
  const st = (state in data.dates ? state : 'first-sale') as StreamersState;
  const { width, height } = ctx;
  const z = sizes(width);
  const tl = timeline(data, st, ctx, z);
  const p = new Panel(ctx, z, tl.bottom + 10);
  p.marks.push({ key: 'sep', tag: 'line', className: 'grid', attrs: { x1: 0, x2: width, y1: p.y, y2: p.y } });
  p.space(8);
  panel(p, data, st);
  return { width, height, marks: [...tl.marks, ...p.marks] };
}
