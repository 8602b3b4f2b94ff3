// The story's far parts are laid out lazily (content-visibility) and then while the browser is
// idle; places are kept by element, so reloads and back/forward land where the reader was.
import { expect, test, type Page } from '@playwright/test';
import { laidOut, readAt, remembered } from './layout.ts';

const PARTS = '.story :where(.section > p, .step, .bibliography li, .chart__frame)';

/** The top of every chapter and the page height: the page's geometry in a few numbers. */
const geometry = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('article[data-cid]'), document.documentElement].map((e) => Math.round(e.getBoundingClientRect().height)),
  );

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: once laid out, the lazy page has the geometry of the whole page laid out at once`, async ({ browser, viewport }) => {
    const lazy = await browser.newContext({
      viewport,
      reducedMotion: 'reduce',
    });
    const page = await lazy.newPage();
    await page.goto(`/${lang}/`);
    const parts = await page.locator(PARTS).count();
    expect(parts).toBeGreaterThan(100);
    await laidOut(page);
    expect(
      await page
        .locator(PARTS)
        .evaluateAll(
          (els) => els.filter((e) => !e.classList.contains('is-laid-out') || getComputedStyle(e).contentVisibility !== 'visible').length,
        ),
    ).toBe(0);
    const got = await geometry(page);

    // The same page with lazy layout switched off by a stylesheet (the page's CSP would refuse it).
    const eager = await browser.newContext({
      viewport,
      reducedMotion: 'reduce',
      bypassCSP: true,
    });
    const ref = await eager.newPage();
    await ref.goto(`/${lang}/`);
    await ref.addStyleTag({
      content: `${PARTS} { content-visibility: visible !important; }`,
    });
    expect(got).toEqual(await geometry(ref));
    await lazy.close();
    await eager.close();
  });
}

test('a reload returns to the paragraph being read, at the same height', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/');
  await laidOut(page);
  const id = await page.locator('#giants .section > p[data-pid]').nth(2).getAttribute('id');
  // Scroll there as a reader does, with the wheel, and rest. A scrolly block passed on the way takes
  // its sticky layout as it nears (its script has run), which moves what follows it: the reader, like
  // this loop, wheels again until the paragraph is where they want it.
  const off = () => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top - window.innerHeight * 0.3);
  await page.mouse.move(100, 300);
  await expect
    .poll(async () => {
      const d = await off();
      if (Math.abs(d) >= 40) await page.mouse.wheel(0, d);
      return Math.abs(await off());
    })
    .toBeLessThan(40);
  await remembered(page);
  const before = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
  await page.reload();
  await expect.poll(() => page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(Math.round(before));
});

test('after following a note to the sources, back returns to the paragraph', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/zh/');
  await laidOut(page);
  const note = page.locator('#streamers .section > p[data-pid] sup.note a').first();
  const paragraph = note.locator('xpath=ancestor::p[@data-pid]');
  const id = await paragraph.getAttribute('id');
  await readAt(page, `#${id}`);
  await remembered(page);
  const before = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
  await note.click();
  await expect(page).toHaveURL(/#source-/);
  await expect
    .poll(() =>
      page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().bottom < 0 || el.getBoundingClientRect().top > window.innerHeight),
    )
    .toBe(true);
  await page.goBack();
  await expect.poll(() => page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(Math.round(before));
});

// A part not yet laid out (always, without JavaScript) is painted inside its own box; a source's
// number is drawn outside it, in the list's padding, and must still show: the notes cite by number.
for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: without JavaScript, the sources keep their numbers`, async ({ browser, viewport }) => {
    const ctx = await browser.newContext({ viewport, javaScriptEnabled: false });
    const page = await ctx.newPage();
    const source = page.locator('#source-pdd-fy2020-release');
    await page.goto(`/${lang}/#source-pdd-fy2020-release`);
    await source.scrollIntoViewIfNeeded();
    const box = (await source.boundingBox())!;
    const lineHeight = await source.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height).toBeGreaterThan(1.5 * lineHeight); // a second line, beside which the list's padding is blank
    // The padding beside the first line (where the number is) against the padding beside the last.
    const beside = (y: number) => page.screenshot({ clip: { x: box.x - 24, y, width: 20, height: Math.floor(lineHeight * 0.8) } });
    const first = await beside(box.y + 2);
    const last = await beside(box.y + box.height - lineHeight);
    expect(first.equals(last)).toBe(false);
    await ctx.close();
  });
}
