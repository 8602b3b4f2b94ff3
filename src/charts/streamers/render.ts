// Kuaishou's top sellers, state by state: the state's headline, its events named on a time axis, and
// below them their figures, each kind of quantity on its own scale. A pure function: the same (data, state,
// size, language) always gives the same marks, in the browser and at build time.
import { scaleLinear } from 'd3-scale';
import { isCompact, layoutAt } from '../layout.ts';
import { fmt, textWidth, wrap } from '../text.ts';
import type { Mark, RenderContext, Scene } from '../types.ts';
import { shownIn, type StreamersData, type Val } from './data.ts';
import type { StreamersState } from './states.ts';

interface Z {
  /** Label, small (notes, ticks), heading and big-number font sizes. */
  f: number;
  small: number;
  head: number;
  big: number;
  barH: number;
  r: number;
}

/** Below this width (a 360 px phone's frame is 320 px) the type drops a size, so that the densest
 *  state (clans) still fits the frame's height. */
const TIGHT_BELOW = 340;

const sizes = (width: number): Z =>
  width < TIGHT_BELOW
    ? { f: 11, small: 10, head: 12, big: 15, barH: 9, r: 3.5 }
    : isCompact(width)
      ? { f: 12, small: 11, head: 13, big: 16, barH: 11, r: 3.5 }
      : { f: 13, small: 12, head: 14, big: 18, barH: 13, r: 4 };

/** Room to reserve for a label: the estimate plus slack for wider fonts (bold, DejaVu, Segoe). */
const room = (text: string, size: number) => textWidth(text, size) * 1.18;
/** Wrapping widths keep the same slack at the right edge. */
const SLACK = 0.94;

const S = (ctx: RenderContext, key: string, vars?: Record<string, string | number>) => fmt(ctx.strings, `charts.streamers.${key}`, vars);

/** Marks plus a y cursor: each block appends its marks and moves the cursor down. */
class Panel {
  marks: Mark[] = [];
  /** Scales that marks' enter/exit refer to (types.ts, Scene.scales). */
  scales: Record<string, (v: number) => number> = {};
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

/**
 * The state's events on a time axis, one row each in date order, every marker named beside it (on
 * the side with room, else on a line of its own above). Other states' events are not drawn: a mark
 * the reader cannot name says nothing. The axis and the article's publication stay put across
 * states, so each state's events are seen where they fall in time.
 */
function timeline(data: StreamersData, state: StreamersState, ctx: RenderContext, z: Z, y0: number): { marks: Mark[]; bottom: number; x: (v: number) => number } {
  const { width } = ctx;
  const marks: Mark[] = [];
  const x = scaleLinear().domain(data.domain).range([4, width - 4]);
  const rMax = z.r + 1.5;
  const shown = shownIn(state, data.events);

  const pubLabel = S(ctx, 'published');
  const pw = textWidth(pubLabel, z.small);
  const pubY = y0 + z.small;
  const top = pubY + 6;
  const rowH = z.f + 6;
  let y = top;
  const rows: { e: (typeof shown)[number]; cy: number; name: string; nx: number; ny: number; anchor: 'start' | 'end' | 'middle' }[] = [];
  for (const e of shown) {
    const name = data.name[e.id] ?? e.id;
    const w = room(name, z.f);
    const x0 = e.span ? x(e.start) : x(e.start) - rMax;
    const x1 = e.span ? x(e.end) : x(e.start) + rMax;
    if (x1 + 6 + w <= width - 2) {
      const cy = y + rowH / 2;
      rows.push({ e, cy, name, nx: x1 + 6, ny: cy + z.f * 0.36, anchor: 'start' });
      y += rowH;
    } else if (x0 - 6 - w >= 2) {
      const cy = y + rowH / 2;
      rows.push({ e, cy, name, nx: x0 - 6, ny: cy + z.f * 0.36, anchor: 'end' });
      y += rowH;
    } else {
      // No room either side: the name on its own line, the marker on the next.
      const cx = Math.max(w / 2 + 2, Math.min(width - w / 2 - 2, (x0 + x1) / 2));
      rows.push({ e, cy: y + z.f + 4 + rowH / 2, name, nx: cx, ny: y + z.f, anchor: 'middle' });
      y += z.f + 4 + rowH;
    }
  }
  const axisY = y + 3;
  const [d0, d1] = data.domain;
  for (let yr = d0; yr <= d1; yr++) {
    const at = { scale: 'time', value: yr };
    marks.push({ key: `tl-grid-${yr}`, tag: 'line', className: 'grid', attrs: { x1: x(yr), x2: x(yr), y1: top - 2, y2: axisY + 4 }, enter: { x1: at, x2: at, opacity: 0 }, exit: { x1: at, x2: at, opacity: 0 } });
  }
  marks.push({ key: 'tl-axis', tag: 'line', className: 'axis', attrs: { x1: x(d0), x2: x(d1), y1: axisY, y2: axisY } });
  for (let yr = d0; yr < d1; yr++) {
    marks.push({ key: `tl-year-${yr}`, tag: 'text', className: 'tick', text: String(yr), attrs: { x: x(yr + 0.5), y: axisY + z.small + 3, 'font-size': z.small, 'text-anchor': 'middle' } });
  }

  // The source article's publication: everything right of this line happened after it was written.
  const px = x(data.published.t);
  marks.push({ key: 'tl-pub', tag: 'line', className: 'stm-pub', attrs: { x1: px, x2: px, y1: pubY + 3, y2: axisY } });
  marks.push({ key: 'tl-pub-label', tag: 'text', className: 'tick', text: pubLabel, attrs: { x: Math.max(pw / 2 + 1, Math.min(width - pw / 2 - 1, px)), y: pubY, 'font-size': z.small, 'text-anchor': 'middle' } });

  for (const r of rows) {
    const { e, cy } = r;
    const cls = e.estimate ? 'c-estimate' : 'c-ks';
    if (e.span) {
      const h = 7;
      marks.push({ key: `tl-${e.id}`, tag: 'rect', className: cls, attrs: { x: x(e.start) + 1.5, y: cy - h / 2, width: x(e.end) - x(e.start) - 3, height: h, rx: h / 2 } });
    } else {
      marks.push({ key: `tl-${e.id}`, tag: 'circle', className: `${cls} stm-on`, attrs: { cx: x(e.start), cy, r: rMax } });
    }
    const attrs: Record<string, string | number> = { x: r.nx, y: r.ny, 'font-size': z.f };
    if (r.anchor !== 'start') attrs['text-anchor'] = r.anchor;
    marks.push({ key: `tl-name-${e.id}`, tag: 'text', className: 'lbl pt-halo', text: r.name, attrs });
  }
  return { marks, bottom: axisY + z.small + 3, x };
}

/** Bars grow from the axis and shrink back into it. */
const GROW = { width: 0 };

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
    p.marks.push({ key: `${r.key}-bar`, tag: 'rect', className: r.cls + (r.part ? ' is-partial' : ''), attrs: { x: 0, y, width: w, height: z.barH }, enter: GROW, exit: GROW });
    let end = w;
    if (r.part) {
      p.marks.push({ key: `${r.key}-part`, tag: 'rect', className: r.cls, attrs: { x: 0, y, width: x(r.part.val.value), height: z.barH }, enter: GROW, exit: GROW });
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
  lo: Val;
  sub: string;
  cls: string;
}

/** Shares of Kuaishou's GMV on one percent axis, estimates in the estimate colour. */
function shares(p: Panel, rows: ShareRow[], max: number) {
  const { z, ctx } = p;
  p.para('share-title', S(ctx, 'share.title'), z.f, 'lbl lbl--strong');
  p.space(4);
  const valueW = Math.max(...rows.map((r) => room(r.lo.text, z.f)), 0) + 8;
  const x = scaleLinear().domain([0, max]).nice(4).range([0, p.width - Math.max(valueW, 24)]);
  const ticks = x.ticks(4);
  p.scales.share = x;
  // The percent scale on top, so each row below reads against it.
  for (const t of ticks) {
    const label = fmt(ctx.strings, 'unit.percent.other', { n: t });
    const w = textWidth(label, z.small);
    p.text(`share-tick-${t}`, label, Math.max(w / 2, Math.min(p.width - w / 2, x(t))), p.y + z.small, z.small, 'tick', 'middle');
    const move = { x: { scale: 'share', value: t }, opacity: 0 };
    Object.assign(p.marks.at(-1)!, { enter: move, exit: move });
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
      const at = { scale: 'share', value: t };
      const move = { x1: at, x2: at, opacity: 0 };
      inner.marks.push({ key: `${r.key}-grid-${t}`, tag: 'line', className: t === 0 ? 'axis' : 'grid', attrs: { x1: x(t), x2: x(t), y1: y - 4, y2: y + z.barH + 4 }, enter: move, exit: move });
    }
    const w = Math.max(1.5, x(r.lo.value));
    inner.marks.push({ key: `${r.key}-bar`, tag: 'rect', className: r.cls, attrs: { x: 0, y, width: w, height: z.barH }, enter: GROW, exit: GROW });
    inner.text(`${r.key}-val`, r.lo.text, w + 5, mid + z.f * 0.36, z.f, 'val');
    inner.y += z.barH;
    inner.space(3);
    inner.para(`${r.key}-sub`, r.sub, z.small, 'note-text');
  });
  p.marks.push(...inner.marks);
  p.y = inner.y;
}

// --- States ---------------------------------------------------------------------------------------

function header(p: Panel, state: StreamersState) {
  const { z, ctx } = p;
  p.para('head-title', S(ctx, `head.${state}`), z.head, 'lbl lbl--strong');
  p.space(6);
}

/** The name of a block's scale (its unit), so unlike quantities are never read as one. */
function heading(p: Panel, key: string) {
  p.para(`block-${key}`, S(p.ctx, `block.${key}`), p.z.small, 'tick');
  p.space(2);
}

interface Card {
  key: string;
  title: string;
  value: string;
  caption: string;
  cls: string;
}

/**
 * Figures that measure different things, each on its own card with what it measures: side by side
 * in columns on a wide frame, stacked on a phone; never bars on one axis, which would read as a trend.
 */
function cards(p: Panel, list: Card[]) {
  const { z, ctx } = p;
  if (layoutAt(p.width) === 'narrow') {
    list.forEach((c, i) => {
      if (i > 0) p.space(9);
      p.para(`${c.key}-title`, c.title, z.small, 'lbl lbl--strong');
      p.space(3);
      fact(p, c.key, c.value, c.caption, c.cls);
    });
    return;
  }
  const gap = 18;
  const colW = (p.width - gap * (list.length - 1)) / list.length;
  const y0 = p.y;
  let bottom = y0;
  list.forEach((c, i) => {
    const x = i * (colW + gap);
    const col = new Panel(ctx, z, y0);
    col.para(`${c.key}-title`, c.title, z.small, 'lbl lbl--strong', x, colW * SLACK);
    col.space(4);
    col.para(`${c.key}-val`, c.value, z.big, c.cls, x, colW * SLACK);
    col.space(4);
    col.para(`${c.key}-cap`, c.caption, z.small, 'note-text', x, colW * SLACK);
    if (i > 0) col.marks.push({ key: `${c.key}-rule`, tag: 'line', className: 'grid', attrs: { x1: x - gap / 2, x2: x - gap / 2, y1: y0, y2: col.y + 2 } });
    p.marks.push(...col.marks);
    bottom = Math.max(bottom, col.y);
  });
  p.y = bottom;
}

const share2019 = (data: StreamersData, ctx: RenderContext): ShareRow => ({
  key: 'share-2019',
  label: S(ctx, 'share.y2019', { year: data.v.shareScmp.period, gmv: data.v.gmv2019.text }),
  lo: data.v.shareScmp,
  sub: S(ctx, 'share.scmp'),
  cls: 'c-estimate',
});

function panel(p: Panel, data: StreamersData, state: StreamersState) {
  const { z, ctx } = p;
  const v = data.v;
  switch (state) {
    case 'first-sale': {
      p.para('first-label', data.label['maokong-first-sale-2018'] ?? '', z.f, 'lbl');
      p.space(6);
      p.para('first-src', S(ctx, 'first.source'), z.small, 'note-text');
      break;
    }
    case 'record-2018': {
      heading(p, 'money');
      bars(
        p,
        [
          { key: 'rec-cd', label: S(ctx, 'record.cd', { hours: v.cdHours.text }), val: v.cdSales, cls: 'c-ks', part: { val: v.cdFirst, label: S(ctx, 'record.first', { hours: v.cdFirstHours.text, value: v.cdFirst.text }) } },
          { key: 'rec-article', label: S(ctx, 'record.article', { hours: v.articleHours.text }), val: v.articleSales, cls: 'c-ks', open: true },
        ],
        Math.max(v.cdSales.value, v.articleSales.value),
      );
      p.space(10);
      p.para('note', data.note.article, z.small, 'note-text');
      break;
    }
    case 'feud': {
      p.para('feud-label', data.label['xinba-sandage-feud-2020'] ?? '', z.f, 'lbl');
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
      // One money scale for both states, so the sales and compensation bars stay put when the fines
      // arrive; the ban is counted in days, so it is a number of its own, never a bar on that scale.
      const all = [v.nestSales, v.nestComp, v.fineHeyi, v.fineRongyu];
      heading(p, 'money');
      bars(p, rows, Math.max(...all.map((x) => x.value)), all);
      p.space(12);
      if (pen) {
        heading(p, 'days');
        fact(p, 'ban', v.banDays.text, S(ctx, 'nest.ban'), 'val val--ks');
        p.space(8);
        p.para('note', data.note.fine, z.small, 'note-text');
      } else {
        p.para('note', data.dateNote['birdsnest-promotion-2020-09-17'] ?? '', z.small, 'note-text');
      }
      break;
    }
    case 'clans': {
      shares(p, [share2019(data, ctx)], v.shareScmp.value);
      p.space(12);
      fact(p, 'clan-fans', v.clanFans.text, S(ctx, 'clans.fans', { date: v.clanFans.period }));
      p.space(10);
      heading(p, 'money');
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
      cards(p, [
        { key: 'share-2019', title: S(ctx, 'share.y2019', { year: v.shareScmp.period, gmv: v.gmv2019.text }), value: v.shareScmp.text, caption: S(ctx, 'share.scmp'), cls: 'val c-estimate' },
        { key: 'share-2024', title: S(ctx, 'share.y2024', { year: v.clan2024.period }), value: v.clan2024.text, caption: S(ctx, 'share.if', { target: v.xinxuanTarget.text }), cls: 'val c-estimate' },
      ]);
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
  const head = new Panel(ctx, z, 0);
  header(head, st);
  const tl = timeline(data, st, ctx, z, head.y);
  const p = new Panel(ctx, z, tl.bottom + 8);
  p.marks.push({ key: 'sep', tag: 'line', className: 'grid', attrs: { x1: 0, x2: width, y1: p.y, y2: p.y } });
  p.space(8);
  panel(p, data, st);
  return { width, height, marks: [...head.marks, ...tl.marks, ...p.marks], scales: { ...p.scales, time: tl.x } };
}
