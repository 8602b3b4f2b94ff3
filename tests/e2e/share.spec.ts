// Sharing a step: every chart × state × language has a share page whose preview is that state
// (og:title, og:description, a 1200 × 630 og:image that exists) and which leads to the story at
// #chart--state (or, for the embed variant, to the embed page at ?state=); the pages are in the
// sitemap with their zh/en alternates; each step and each embed page carries the share link, which
// works as a plain link and, with JavaScript, shares (Web Share API) or copies.
import { expect, test } from '@playwright/test';
import { CHART_IDS, statesOf } from './charts.ts';
import { PORT } from '../playwright.config.ts';

const SITE = `http://127.0.0.1:${PORT}`;
const LANGS = ['zh', 'en'] as const;
const meta = (html: string, prop: string) => new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`).exec(html)?.[1];
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

test('every chart × state × language has a share page with its own preview that leads to the story at that step', async ({ request }) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  let pages = 0;
  for (const lang of LANGS) {
    for (const chart of CHART_IDS) {
      for (const state of statesOf(chart)) {
        for (const variant of ['', 'embed/']) {
          const path = `/${lang}/share/${chart}/${state}/${variant}`;
          const res = await request.get(`${SITE}${path}`);
          expect(res.status(), path).toBe(200);
          const html = await res.text();
          const target = variant ? `/${lang}/embed/${chart}/?state=${state}` : `/${lang}/#${chart}--${state}`;
          // Leads on: at once (refresh, no script) and by a plain link.
          expect(html, path).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
          expect(html).toContain(`href="${target}"`);
          expect(meta(html, 'og:url')).toMatch(new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`));
          const title = unescape(meta(html, 'og:title') ?? '');
          const description = unescape(meta(html, 'og:description') ?? '');
          expect(title).toMatch(lang === 'zh' ? /第\d+步，共\d+步/ : /step \d+ of \d+/);
          expect(description.length).toBeGreaterThan(20);
          const image = meta(html, 'og:image')!;
          expect(image).toMatch(new RegExp(`/og/${lang}/${chart}/${state}\\.png$`));
          expect(meta(html, 'og:image:width')).toBe('1200');
          expect(meta(html, 'og:image:height')).toBe('630');
          expect(html).toMatch(/<link rel="alternate" hreflang="zh-Hans" href="[^"]+\/zh\/share\//);
          expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/en\/share\//);
          if (variant) {
            expect(meta(html, 'robots')).toBe('noindex');
            continue;
          }
          titles.add(title);
          descriptions.add(description);
          const png = await request.get(`${SITE}${new URL(image).pathname}`);
          expect(png.status()).toBe(200);
          const buf = await png.body();
          expect(buf.subarray(1, 4).toString()).toBe('PNG');
          expect([buf.readUInt32BE(16), buf.readUInt32BE(20)], image).toEqual([1200, 630]);
          pages++;
        }
      }
    }
  }
  const expected = LANGS.length * CHART_IDS.reduce((n, c) => n + statesOf(c).length, 0);
  expect(pages).toBe(expected);
  // Each state's preview says something of its own.
  expect(titles.size).toBe(expected);
  expect(descriptions.size).toBe(expected);
});

test('the share pages are in the sitemap with their zh/en alternates', async ({ request }) => {
  const xml = await (await request.get(`${SITE}/sitemap.xml`)).text();
  for (const chart of CHART_IDS) {
    for (const state of statesOf(chart)) {
      for (const lang of LANGS) {
        const url = new RegExp(`<url><loc>[^<]*/${lang}/share/${chart}/${state}/</loc>(<xhtml:link [^>]+>)+</url>`).exec(xml);
        expect(url, `${lang}/${chart}/${state}`).not.toBeNull();
        expect(url![0]).toContain(`hreflang="zh-Hans" href="`);
        expect(url![0]).toMatch(new RegExp(`hreflang="zh-Hans" href="[^"]*/zh/share/${chart}/${state}/"`));
        expect(url![0]).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/share/${chart}/${state}/"`));
      }
    }
  }
  expect(xml).not.toContain('/embed/');
});

for (const lang of LANGS) {
  test(`${lang}: opening a share page lands on the story at that step, with its chart state`, async ({ page }) => {
    const chart = CHART_IDS[0]!;
    const state = statesOf(chart)[3]!;
    await page.goto(`${SITE}/${lang}/share/${chart}/${state}/`);
    await expect(page).toHaveURL(`${SITE}/${lang}/#${chart}--${state}`);
    // The story is a long page: on a busy machine its parsing can outlast the default 5 s.
    await page.waitForLoadState('domcontentloaded');
    await expect(page.locator(`#${chart}--${state}`)).toBeInViewport({ timeout: 15_000 });
    await expect(page.locator(`figure[data-chart="${chart}"]`).first()).toHaveAttribute('data-state', state);
  });

  test(`${lang}: every step offers its share link; with JavaScript it shares or copies`, async ({ page, context, browserName }) => {
    await page.goto(`${SITE}/${lang}/`);
    for (const chart of CHART_IDS) {
      for (const state of statesOf(chart)) {
        const link = page.locator(`#${chart}--${state} a[data-share]`);
        await expect(link, `${chart}--${state}`).toHaveAttribute('href', `/${lang}/share/${chart}/${state}/`);
      }
    }
    const chart = CHART_IDS[1]!;
    const state = statesOf(chart)[1]!;
    const link = page.locator(`#${chart}--${state} a[data-share]`);
    // The Web Share API where the browser has it: the share sheet gets the title and URL.
    await page.evaluate(() => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = (d) => {
        (window as unknown as { shared: ShareData }).shared = d;
        return Promise.resolve();
      };
    });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
    expect(shared?.url).toBe(`${SITE}/${lang}/share/${chart}/${state}/`);
    expect(shared?.title).toBe(await link.getAttribute('data-share-title'));
    await expect(page).toHaveURL(new RegExp(`/${lang}/`));
    // Without it, the link is copied and a status line says so.
    expect(browserName).toBe('chromium');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
    await page.evaluate(() => delete (navigator as unknown as { share?: unknown }).share);
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await link.click();
    await expect(page.locator(`#${chart}--${state} [data-share-status]`)).toHaveText(/.+/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/${lang}/share/${chart}/${state}/`);
  });

  test(`${lang}: the embed page's share link follows the state shown`, async ({ page }) => {
    const chart = CHART_IDS[0]!;
    const states = statesOf(chart);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${SITE}/${lang}/embed/${chart}/?state=${states[2]}`);
    const link = page.locator('a[data-share-link]');
    await expect(link).toHaveAttribute('href', new RegExp(`/${lang}/share/${chart}/${states[2]}/embed/$`));
    await page.locator('[data-go="1"]').click();
    await expect(link).toHaveAttribute('href', new RegExp(`/${lang}/share/${chart}/${states[3]}/embed/$`));
  });
}

test('without JavaScript the share link is a plain link to the share page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const chart = CHART_IDS[2]!;
  const state = statesOf(chart)[1]!;
  await page.goto(`${SITE}/en/`);
  const link = page.locator(`#${chart}--${state} a[data-share]`);
  await expect(link).toHaveAttribute('href', `/en/share/${chart}/${state}/`);
  await link.click();
  // The share page moves on by itself (no script): back to the story at that step.
  await expect(page).toHaveURL(`${SITE}/en/#${chart}--${state}`);
  await context.close();
});
