// Waiting until a page has finished what it started, named condition by condition, instead of
// Playwright's `networkidle`. That wait can lose the idle state for good when a request in a frame
// finishes before the frame's DOMContentLoaded (microsoft/playwright#42598, closed: the wait is
// discouraged); the galleries' lazy preview frames met it, a gallery test waiting out its whole
// timeout (60 s in a11y.spec, 180 s in hardening.spec) once in a few full runs.
import { expect, type Page, type Request } from '@playwright/test';

/** A page's requests that have started and neither finished nor failed. */
export type Pending = () => string[];

/** Starts counting the page's requests (every frame's); call it before the first goto. */
export function watchRequests(page: Page): Pending {
  const open = new Set<Request>();
  page.on('request', (r) => open.add(r));
  // A redirect finishes its request and starts another; a cancelled one fails.
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  return () => [...open].map((r) => r.url());
}

/** What a frame has not finished yet: its load, the story's lazy layout, the embed page's script. */
function unfinished(): string[] {
  const out: string[] = [];
  if (document.readyState !== 'complete') out.push(`document ${document.readyState}`);
  if (document.querySelector('main.story') && document.documentElement.dataset.layout !== 'complete') out.push('lazy layout');
  if (document.querySelector('main[data-embed]:not([data-ready])')) out.push('embed page script');
  return out;
}

/**
 * Waits until every request the page started has ended and every frame has finished loading (with
 * the lazy layout of a story page and the script of an embed page). On a timeout the assertion
 * lists what was still open, where `networkidle` said only that it timed out.
 */
export async function settled(page: Page, pending: Pending, { timeout = 60_000 } = {}): Promise<void> {
  await expect
    .poll(
      async () => {
        const open = pending().map((u) => `request ${u}`);
        for (const frame of page.frames()) {
          // A frame navigating away from its placeholder cannot answer yet: it is not finished.
          const left = await frame.evaluate(unfinished).catch(() => ['navigating']);
          open.push(...left.map((what) => `${frame.url()}: ${what}`));
        }
        return open;
      },
      { timeout, message: 'what the page started has finished' },
    )
    .toEqual([]);
}
