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

// The first frame holds the whole first screen (headline, summary, byline and contents): the head's
// `<link rel="expect" blocking="render">` names the first chapter's heading, the element after the
// contents (src/components/first-screen.ts), and the browser draws nothing, nor runs a frame's
// callbacks, until it is parsed. Without it, many loads drew an empty page first (the parser yields
// at the first tag after <body>); naming the contents themselves, some first frames held only part
// of them.
type FirstFrame = { head: boolean; contents: number };
for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the first frame drawn holds the whole first screen`, async ({ page }) => {
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: FirstFrame }).firstFrame = {
          head: !!document.querySelector('.story-head .byline'),
          contents: document.querySelectorAll('.toc a').length,
        };
      });
    });
    await page.goto(`/${lang}/`);
    const link = page.locator('head link[rel="expect"]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('blocking', 'render');
    const id = (await link.getAttribute('href'))?.replace(/^#/, '') ?? '';
    // The element it names is on the page once: the first chapter's heading, after the contents.
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    expect(
      await page.locator(`[id="${id}"]`).evaluate((el) => ({
        firstChapterHeading: el === document.querySelector('article.chapter h2'),
        afterContents: !!(document.querySelector('.toc')!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      })),
    ).toEqual({ firstChapterHeading: true, afterContents: true });
    const first = await page.waitForFunction(() => (window as unknown as { firstFrame?: FirstFrame }).firstFrame);
    const entries = await page.locator('.toc a').count();
    expect(entries).toBeGreaterThan(10);
    expect(await first.jsonValue()).toEqual({ head: true, contents: entries });
  });
}

// A story page's script imports the reading code, which imports two small shared modules: found one
// level at a time, three round trips. src/build/module-preload.ts lists the chain in the page, so the
// parser asks for every module at once; none waits for the module that imports it (Chromium names
// that module as the request's initiator; a preload's initiator is the page's client).
for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the page asks for all the modules its script imports at once`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    const startedBy = new Map<string, string>();
    const path = (url: string) => (URL.canParse(url) ? new URL(url).pathname : url);
    cdp.on('Network.requestWillBeSent', (e) => {
      if (path(e.request.url).startsWith('/_astro/')) startedBy.set(path(e.request.url), path(e.initiator.url ?? e.initiator.type));
    });
    await cdp.send('Network.enable');
    await page.goto(`/${lang}/`, { waitUntil: 'load' });
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((els) => els.map((el) => new URL((el as HTMLLinkElement).href).pathname));
    expect(preloaded.length).toBeGreaterThanOrEqual(3);
    const entry = await page.locator('head script[type="module"][src]').getAttribute('src');
    const modules = [entry!, ...preloaded];
    expect(modules.filter((m) => !startedBy.has(m))).toEqual([]);
    expect(modules.filter((m) => startedBy.get(m)!.startsWith('/_astro/')).map((m) => `${m} ← ${startedBy.get(m)}`)).toEqual([]);
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
