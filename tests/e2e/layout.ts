import type { Page } from '@playwright/test';

/**
 * Waits until the story page has laid out every lazy part (src/scripts/layout.ts). Helpers that
 * compute a scroll position from an element's geometry need it: before that, a far part has an
 * estimated size. (A reader's own scrolling needs nothing: the browser lays out what comes near.)
 */
export async function laidOut(page: Page): Promise<void> {
  await page.locator('html[data-layout="complete"]').waitFor({ state: 'attached' });
}

/**
 * Scrolls so the element's top sits 30% down the viewport: above the scrolly trigger line (60%),
 * so a step is the active one. A paragraph this high spans the reading position place.ts keeps
 * (the middle of the readable area, about 52% on a page without a sticky chart) when it is taller
 * than about a fifth of the screen; a step is the anchor nearest to it (tests/e2e/place.spec.ts
 * tests that rule from positions all over the pages).
 */
export async function readAt(page: Page, selector: string): Promise<void> {
  await laidOut(page);
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
  }, selector);
}
