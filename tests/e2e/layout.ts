import { expect, type Page } from '@playwright/test';

/**
 * Waits until the story page has laid out every lazy part (src/scripts/layout.ts). Helpers that
 * compute a scroll position from an element's geometry need it: before that, a far part has an
 * estimated size. (A reader's own scrolling needs nothing: the browser lays out what comes near.)
 */
export async function laidOut(page: Page): Promise<void> {
  await page.locator('html[data-layout="complete"]').waitFor({ state: 'attached' });
}

/**
 * The readable part of the viewport, as the reader sees it: below the sticky top bar and, where a
 * scrolly block's sticky chart sits over the steps' column (phones), below that chart.
 */
export const readableArea = (page: Page): Promise<{ top: number; bottom: number }> =>
  page.evaluate(() => {
    let top = Math.max(0, document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0);
    for (const g of document.querySelectorAll('.scrolly[data-live] > .scrolly__graphic')) {
      const r = g.getBoundingClientRect();
      const col = g.parentElement!.querySelector('.scrolly__steps')!.getBoundingClientRect();
      if (r.bottom > top && r.top < innerHeight && r.left < col.right - 1 && r.right > col.left + 1) top = r.bottom;
    }
    return { top, bottom: innerHeight };
  });

/**
 * Scrolls so the element is being read. A step of a scrolly block: its text starts just inside the
 * readable area, below the sticky chart on phones (the block is first brought near so its script
 * runs and it takes its sticky layout). Anything else: its middle on the reading position that
 * src/scripts/place.ts keeps (the middle of the readable area below the top bar), so it is the
 * element being read however short it is.
 */
export async function readAt(page: Page, selector: string): Promise<void> {
  await laidOut(page);
  const step = await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const s = el.closest('.scrolly [data-step]');
    if (!s) {
      const top = Math.max(0, document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0);
      const line = top + (window.innerHeight - top) / 2;
      const r = el.getBoundingClientRect();
      window.scrollTo({ top: r.top + window.scrollY + r.height / 2 - line, behavior: 'instant' });
      return null;
    }
    s.scrollIntoView({ behavior: 'instant' });
    return s.id;
  }, selector);
  if (!step) return;
  await page.locator(`.scrolly[data-live]:has(#${step})`).waitFor({ state: 'attached' });
  await placeStep(page, step, 'top');
}

/**
 * Scrolls a step's text to the top of the readable area ('top', the reader starts reading it) or
 * to its bottom ('bottom', its last line has just come into view); both leave it wholly readable
 * when it fits. Returns whether it fits.
 */
export async function placeStep(page: Page, stepId: string, where: 'top' | 'bottom'): Promise<boolean> {
  // Scrolling moves by whole pixels while boxes sit at fractions of one, so a placement is off by up
  // to half a pixel. A step fits when it has a pixel to spare: then it is put a margin inside the
  // area (2 px, or half the room there is). A step that does not fit is put to cover the whole area,
  // starting at most 3 px below its top (halfway into the room there is for that, when it is short).
  const plan = async () => {
    const area = await readableArea(page);
    const box = await page.locator(`#${stepId} .step__body`).evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
    const room = area.bottom - area.top - box.height;
    const fits = room >= 1;
    const margin = Math.min(2, room / 2);
    const target = fits
      ? where === 'bottom'
        ? area.bottom - margin - box.height
        : area.top + margin
      : Math.min(area.top + 2, (area.bottom - box.height + area.top + 3) / 2);
    return { fits, delta: Math.round(box.top - target) };
  };
  for (let i = 0; i < 3; i++) {
    const { fits, delta } = await plan();
    if (delta === 0) return fits;
    await page.evaluate((d) => window.scrollBy({ top: d, behavior: 'instant' }), delta);
  }
  return (await plan()).fits;
}

/**
 * Waits until the page has remembered the reader's place (src/scripts/place.ts writes the element
 * being read into the history entry once scrolling stops) and the remembered element is where the
 * entry says.
 */
export async function remembered(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const place = (history.state as { place?: { id: string; y: number; dy: number; edge?: string } } | null)?.place;
        const el = place && document.getElementById(place.id);
        if (!el) return false;
        const box = el.matches('[data-sid]') ? el.querySelector(':scope > h3, :scope > .pair--head')! : el.matches('[data-cid]') ? el.querySelector(':scope > header')! : el;
        const r = box.getBoundingClientRect();
        return Math.abs((place.edge === 'bottom' ? r.bottom : r.top) + place.dy - place.y) < 1;
      }),
    )
    .toBe(true);
}
