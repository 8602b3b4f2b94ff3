// Kuaishou's links to the giants, 2018–2022, as a swim-lane timeline: one lane per partner and one
// for Kuaishou's own store, each link drawn by kind (sale sent out, bought inside, listings halted,
// cut), a marker per event and a "now" line at the state's date. Each state shows the world as of
// its date: later events are not drawn. A pure function of (data, state, size, language).
import { scaleLinear } from 'd3-scale';
import { isCompact } from '../layout.ts';
import { fmt, textWidth } from '../text.ts';
import type { Mark, RenderContext, Scene } from '../types.ts';
import type { EventMark, LaneId, PartnershipsData, Segment } from './data.ts';

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
/** Room kept between text and the frame's edges (the estimate is not exact; halos add a little). */
const PAD = 4;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

type Anchor = 'start' | 'middle' | 'end';
/** Bold type runs wider than the shared estimate; layout reserves the extra room. */
const BOLD = 1.1;
/** The box a text mark needs (y: its baseline). The unit test measures the plain estimate, which
 *  this box contains. */
export function textBox(x: number, y: number, text: string, font: number, anchor: Anchor, bold = false): Box {
  const w = textWidth(text, font) * (bold ? BOLD : 1);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: y - font * 0.9, y1: y + font * 0.25 };
}

const S = (ctx: RenderContext, key: string) => fmt(ctx.strings, `charts.partnerships.${key}`);

const SEG_CLASS: Record<Segment['kind'], (colour: string) => string> = {
  out: (c) => `pt-out s-${c}`,
  in: () => 'pt-in s-ks',
  suspended: (c) => `pt-susp s-${c}`,
  unknown: () => 'pt-unknown s-neutral',
};

/** The legend: the direction of travel first (sent out → bought inside), then the modifiers. */
function legend(ctx: RenderContext, font: number): { marks: Mark[]; bottom: number } {
  const { width } = ctx;
  const marks: Mark[] = [];
  const sw = 18;
  const rowH = font + 8;
  type Item = { key: string; text?: string; swatch: (x: number, cy: number) => Mark[]; w: number };
  const item = (key: string, swatch: Item['swatch']): Item => {
    const text = S(ctx, `legend.${key}`);
    return { key, text, swatch, w: sw + 5 + textWidth(text, font) };
  };
  const line = (key: string, cls: string) => (x: number, cy: number): Mark[] => [
    { key: `legend-sw-${key}`, tag: 'line', className: cls, attrs: { x1: x, x2: x + sw, y1: cy, y2: cy } },
  ];
  const items: Item[] = [
    item('out', line('out', 'pt-out s-neutral')),
    {
      key: 'arrow',
      w: 16,
      swatch: (x, cy) => [{ key: 'legend-arrow', tag: 'path', className: 'pt-arrow', attrs: { d: `M${x + 1},${cy} h12 m-4,-4 l4,4 l-4,4` } }],
    },
    item('in', line('in', 'pt-in s-ks')),
    item('suspended', line('suspended', 'pt-susp s-neutral')),
    item('cut', (x, cy) => [{ key: 'legend-sw-cut', tag: 'path', className: 'pt-cut s-neutral', attrs: { d: cross(x + sw / 2, cy, 4) } }]),
    item('unknown', line('unknown', 'pt-unknown s-neutral')),
    item('uncertain', (x, cy): Mark[] => [
      { key: 'legend-sw-band', tag: 'rect', className: 'pt-band c-neutral', attrs: { x, y: cy - 7, width: sw, height: 14 } },
      { key: 'legend-sw-hollow', tag: 'circle', className: 'pt-hollow s-neutral', attrs: { cx: x + sw / 2, cy, r: 3.5 } },
    ]),
  ];
  // The direction of travel stays on one row when it fits; otherwise the arrow leads the second.
  const gap = (it: Item) => (it.key === 'out' ? 4 : 12);
  const direction = items.slice(0, 3);
  const directionW = direction.reduce((sum, it) => sum + it.w + gap(it), 0) - gap(direction[2]!);
  let x = 0;
  let row = 0;
  const put = (it: Item) => {
    const cy = row * rowH + rowH / 2;
    marks.push(...it.swatch(x, cy));
    if (it.text) marks.push({ key: `legend-${it.key}`, tag: 'text', className: 'lbl', text: it.text, attrs: { x: x + sw + 5, y: cy + font * 0.35, 'font-size': font } });
    x += it.w + gap(it);
  };
  put(direction[0]!);
  if (directionW > width - PAD) {
    x = 0;
    row++;
  }
  put(direction[1]!);
  put(direction[2]!);
  x = 0;
  row++;
  for (const it of items.slice(3)) {
    if (x > 0 && x + it.w > width - PAD) {
      x = 0;
      row++;
    }
    put(it);
  }
  return { marks, bottom: (row + 1) * rowH };
}

/** An × centred on (x, y). */
function cross(x: number, y: number, r: number): string {
  return `M${x - r},${y - r} L${x + r},${y + r} M${x - r},${y + r} L${x + r},${y - r}`;
}

export function render(data: PartnershipsData, state: string, ctx: RenderContext): Scene {
  const { width, height } = ctx;
  const view = data.states[state] ?? data.states['tie-up']!;
  const compact = isCompact(width);
  const font = compact ? 11 : 12.5;
  const marks: Mark[] = [];

  const lg = legend(ctx, font);
  marks.push(...lg.marks);

  const nowY = lg.bottom + font + 8;
  const lanesTop = nowY + 6;
  const axisY = height - 4;
  const lanesBottom = axisY - font - 6;
  const laneH = (lanesBottom - lanesTop) / data.lanes.length;
  const xl = 6;
  // The time axis stops short of the edge, leaving room for a link's stub beyond the last date.
  const xr = width - (compact ? 16 : 22);
  const [y0, y1] = data.years;
  // Time is linear in UTC milliseconds. Not scaleUtc: its default tick format brings d3-time-format's
  // locale tables (about 4.5 KB gzip) into the chunk every chart loads, and the axis below names
  // whole years itself.
  const x = scaleLinear().domain([Date.UTC(y0, 0, 1), Date.UTC(y1 + 1, 0, 1)]).range([xl, xr]).clamp(true);
  const now = view.now;
  const xNow = x(now);
  const stubLen = compact ? 18 : 26;

  // Years: boundaries as grid lines, the year's name centred in its span.
  for (let y = y0; y <= y1 + 1; y++) {
    const at = { scale: 'x', value: Date.UTC(y, 0, 1) };
    marks.push({ key: `grid-${y}`, tag: 'line', className: 'grid', attrs: { x1: x(Date.UTC(y, 0, 1)), x2: x(Date.UTC(y, 0, 1)), y1: lanesTop, y2: lanesBottom }, enter: { x1: at, x2: at, opacity: 0 }, exit: { x1: at, x2: at, opacity: 0 } });
    if (y <= y1) {
      const cx = (x(Date.UTC(y, 0, 1)) + x(Date.UTC(y + 1, 0, 1))) / 2;
      marks.push({ key: `year-${y}`, tag: 'text', className: 'tick', text: String(y), attrs: { x: cx, y: axisY, 'font-size': font - 1, 'text-anchor': 'middle' } });
    }
  }
  // What has not happened yet, as of this state.
  marks.push({ key: 'future', tag: 'rect', className: 'pt-future', attrs: { x: xNow, y: lanesTop, width: Math.max(0, width - 2 - xNow), height: lanesBottom - lanesTop } });

  const visible = data.events.filter((e) => e.when.t <= now);
  const current = new Set(view.current);
  const colourOf = new Map(data.lanes.map((l) => [l.id, l.colour]));
  const placed: Box[] = [];
  const laneGeom = new Map<string, { top: number; nameY: number; trackY: number; belowY: number }>();

  data.lanes.forEach((lane, i) => {
    const top = lanesTop + i * laneH;
    const nameY = top + font + 1;
    const trackY = nameY + 12;
    const belowY = trackY + 11 + font * 0.9;
    laneGeom.set(lane.id, { top, nameY, trackY, belowY });
    marks.push({ key: `lane-${lane.id}`, tag: 'line', className: 'pt-lane', attrs: { x1: xl, x2: width - 2, y1: trackY, y2: trackY } });
    marks.push({ key: `lane-name-${lane.id}`, tag: 'text', className: 'lbl lbl--strong pt-halo', text: lane.name, attrs: { x: 0, y: nameY, 'font-size': font } });
    placed.push(textBox(0, nameY, lane.name, font, 'start', true));
  });

  // Uncertain dates: a shaded band over the span the sources allow.
  for (const ev of visible) {
    if (!ev.when.uncertain) continue;
    for (const l of ev.lanes) {
      const g = laneGeom.get(l)!;
      const bx0 = x(ev.when.from);
      const bx1 = x(ev.when.to);
      marks.push({ key: `band-${ev.id}-${l}`, tag: 'rect', className: `pt-band c-${colourOf.get(l)}`, attrs: { x: bx0, y: g.trackY - 8, width: Math.max(2, bx1 - bx0), height: 16 } });
    }
  }

  // Links, up to "now" (a link restored for a limited time shows as a short stub from its date).
  for (const s of data.segments) {
    if (s.from > now) continue;
    const g = laneGeom.get(s.lane)!;
    const x1 = x(s.from);
    // A link that starts at this state's date (or comes back for a while) shows as a stub into the
    // future, so the new kind of link is visible at the moment it begins.
    const stub = s.limited || s.from === now;
    const x2 = stub ? Math.min(width - 2, x1 + stubLen) : x(Math.min(s.to ?? now, now));
    // A new link grows from its start along the lane; a link that goes draws back into it.
    marks.push({ key: `seg-${s.key}`, tag: 'line', className: SEG_CLASS[s.kind](colourOf.get(s.lane)!), attrs: { x1, x2: Math.max(x1 + 1, x2), y1: g.trackY, y2: g.trackY }, enter: { x2: x1 + 1 }, exit: { x2: x1 + 1, opacity: 0 } });
  }

  // The "now" line and its date.
  const nowBox = (() => {
    const w = textWidth(view.nowText, font) * BOLD;
    const cx = Math.max(PAD + w / 2, Math.min(width - PAD - w / 2, xNow));
    marks.push({ key: 'now-label', tag: 'text', className: 'val', text: view.nowText, attrs: { x: cx, y: nowY, 'font-size': font, 'text-anchor': 'middle' } });
    return textBox(cx, nowY, view.nowText, font, 'middle', true);
  })();
  placed.push(nowBox);
  marks.push({ key: 'now-line', tag: 'line', className: 'pt-now', attrs: { x1: xNow, x2: xNow, y1: nowY + 4, y2: lanesBottom } });

  // Event markers: × for a cut, hollow for an uncertain date; the state's own events ringed.
  const labels: { ev: EventMark; lane: LaneId; x: number; text: string; cls: string }[] = [];
  for (const ev of visible) {
    const isNow = current.has(ev.id);
    for (const l of ev.lanes) {
      const g = laneGeom.get(l)!;
      const cx = x(ev.when.t);
      // On Kuaishou's own bar a marker in its colour would vanish: ink there.
      const c = l === 'ks' ? 'ink' : colourOf.get(l)!;
      if (ev.kind === 'cut') {
        marks.push({ key: `ev-${ev.id}-${l}`, tag: 'path', className: `pt-cut s-${c}${isNow ? ' is-now' : ''}`, attrs: { d: cross(cx, g.trackY, isNow ? 5.5 : 4) } });
      } else {
        const cls = ev.when.uncertain ? `pt-hollow s-${c}` : `pt-dot c-${c}`;
        marks.push({ key: `ev-${ev.id}-${l}`, tag: 'circle', className: cls, attrs: { cx, cy: g.trackY, r: isNow ? 5 : 3.5 } });
      }
      if (isNow) marks.push({ key: `ring-${ev.id}-${l}`, tag: 'circle', className: 'pt-ring', attrs: { cx, cy: g.trackY, r: 9 } });
      // Labels keep off every marker and ring, not only off other labels.
      const r = isNow ? 9.5 : 5;
      placed.push({ x0: cx - r, x1: cx + r, y0: g.trackY - r, y1: g.trackY + r });
      const text = ev.labels[l];
      if (text && (isNow || ev.persistent)) {
        const cls = ev.persistent ? 'val val--ks pt-halo' : isNow ? 'val pt-halo' : 'lbl pt-halo';
        labels.push({ ev, lane: l, x: cx, text, cls });
      }
    }
  }

  // Labels: first on the lane itself just after "now" (the future is empty), else above or below
  // the track near the marker, else after the lane's name; always inside the frame. The marker
  // nearest "now" gets the place beside it; earlier ones go above or below.
  const stubbed = new Set(data.segments.filter((sg) => sg.from === now || (sg.limited && sg.from <= now)).map((sg) => sg.lane));
  labels.sort((a, b) => b.x - a.x);
  for (const l of labels) {
    const g = laneGeom.get(l.lane)!;
    const size = l.ev.persistent ? font + 2 : font;
    const nameEnd = textWidth(data.lanes.find((d) => d.id === l.lane)!.name, font) * BOLD + 10;
    const w = textWidth(l.text, size) * BOLD;
    const centred = Math.max(PAD + w / 2, Math.min(width - PAD - w / 2, l.x));
    const candidates: { x: number; y: number; anchor: Anchor }[] = [
      { x: Math.max(xNow, l.x) + (stubbed.has(l.lane) ? stubLen + 6 : 14), y: g.trackY + size * 0.35, anchor: 'start' },
      { x: centred, y: g.nameY, anchor: 'middle' },
      { x: centred, y: g.belowY + size - font, anchor: 'middle' },
      { x: Math.min(width - PAD - w, Math.max(PAD, l.x + 8)), y: g.belowY + size - font, anchor: 'start' },
      { x: Math.max(PAD + w, Math.min(width - PAD, l.x - 8)), y: g.belowY + size - font, anchor: 'end' },
      { x: Math.max(nameEnd, Math.min(width - PAD - w, l.x - w / 2)), y: g.nameY, anchor: 'start' },
    ];
    const pick = candidates.find((c) => {
      const b = textBox(c.x, c.y, l.text, size, c.anchor, true);
      return b.x0 >= 0 && b.x1 <= width - PAD && !placed.some((p) => overlaps(p, b));
    }) ?? candidates[2]!;
    placed.push(textBox(pick.x, pick.y, l.text, size, pick.anchor, true));
    marks.push({ key: `label-${l.ev.id}-${l.lane}`, tag: 'text', className: l.cls, text: l.text, attrs: { x: pick.x, y: pick.y, 'font-size': size, 'text-anchor': pick.anchor } });
  }

  return { width, height, marks, scales: { x } };
}
