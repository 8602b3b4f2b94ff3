// Which step is being read, from the page's geometry alone. No events are accumulated (scrollama's
// enter/exit events miss steps on fast scrolls and anchor jumps): whatever happened before, the
// same scroll position gives the same step.

/** The part of the viewport where text can be read: below the top bar and any chart over the text. */
export interface Area {
  top: number;
  bottom: number;
}

export interface Box {
  top: number;
  bottom: number;
}

/**
 * The readable area: from the lowest of `covers` (the sticky top bar; on phones the sticky chart
 * above the text) to the bottom of the viewport. A cover that is off screen covers nothing.
 */
export function readableArea(covers: readonly Box[], viewportHeight: number): Area {
  let top = 0;
  for (const c of covers) if (c.bottom > top && c.top < viewportHeight) top = Math.min(c.bottom, viewportHeight);
  return { top, bottom: viewportHeight };
}

/** How much of a text box is readable: 1 when it is whole inside the area, or fills the area. */
export function readability(box: Box, area: Area): number {
  const seen = Math.min(box.bottom, area.bottom) - Math.max(box.top, area.top);
  const room = Math.min(box.bottom - box.top, area.bottom - area.top);
  return seen <= 0 || room <= 0 ? 0 : Math.min(1, seen / room);
}

/**
 * The index of the step being read: the most readable one (a step wholly in view always wins; the
 * layout keeps two steps from being wholly in view at once), `current` on a tie so the chart does
 * not flicker. With no step in view, the last step already scrolled past (or the first).
 */
export function activeIndex(boxes: readonly Box[], area: Area, current = -1): number {
  let best = -1;
  let score = 0;
  boxes.forEach((b, i) => {
    const r = readability(b, area);
    if (r > score + 1e-3 || (r > 0 && Math.abs(r - score) <= 1e-3 && i === current)) {
      best = i;
      score = r;
    }
  });
  if (best >= 0) return best;
  let passed = 0;
  boxes.forEach((b, i) => {
    if (b.top < area.top) passed = i;
  });
  return passed;
}
