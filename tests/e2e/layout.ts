import type { Page } from '@playwright/test';

/**
 * Waits until the story page has laid out every lazy part (src/scripts/layout.ts). Helpers that
 * compute a scroll position from an element's geometry need it: before that, a far part has an
 * estimated size. (A reader's own scrolling needs nothing: the browser lays out what comes near.)
 */
export async function laidOut(page: Page): Promise<void> {
  await page.locator('html[data-layout="complete"]').waitFor({ state: 'attached' });
}
