// Nothing a reader or a host does should break the story or leak anything: same-origin requests
// only, no console errors, a CSP on every page with no violations, a readable page with scripts
// blocked, at 320 px, at 200% zoom, in print, on back/forward and when resized mid-transition.
import { expect, test, type Page } from '@playwright/test';
import { readAt } from './layout.ts';
import { ROUTES } from './routes.ts';
import { settled, watchRequests, type Pending } from './settled.ts';

/** Loads a route and scrolls to the bottom in steps, so lazy chart code loads and runs too. */
async function visit(page: Page, route: string, pending: Pending) {
  await page.goto(route);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight * 0.8) {
      window.scrollTo({ top: y, behavior: 'instant' });
      // Two frames: the browser has laid out this position and told its intersection observers.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await settled(page, pending);
  // Every graphic of a story page was in view on the way down: each has brought its live chart.
  const figures = await page.locator('main.story figure[data-chart]').count();
  await expect(page.locator('main.story figure[data-chart] svg.chart__svg--live')).toHaveCount(figures);
}

test('every route: same-origin requests only, no console error, a CSP and no violation', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) foreign.push(`${page.url()} → ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const pending = watchRequests(page);
  for (const route of ROUTES) {
    await visit(page, route, pending);
    const csp = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
    expect(csp, route).toContain("script-src 'self'");
    expect(csp, route).not.toContain('unsafe-eval');
    expect(csp, route).not.toMatch(/script-src[^;]*unsafe-inline/);
    // No inline event handlers anywhere.
    expect(await page.locator('[onclick],[onload],[onerror],[onchange],[onsubmit],[onmouseover]').count(), route).toBe(0);
  }
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('story pages may only be framed by their own origin; the headers file says so', async ({ request }) => {
  const res = await request.get('/en/');
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN');
});

test('query parameters never reach the page as markup', async ({ page }) => {
  const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  for (const route of ['/zh/', '/en/', '/bilingual/', '/']) {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`${route}?state=${encodeURIComponent(hostile)}&theme=${encodeURIComponent(hostile)}#${encodeURIComponent(hostile)}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialog).toBe(false);
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: readable with scripts blocked at 320 px, every chart as SVG`, async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(`/${lang}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.scrolly figure[data-chart] svg').filter({ visible: true }).count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('article.chapter p[data-pid]').count()).toBeGreaterThan(40);
    await ctx.close();
  });

  test(`${lang}: at 200% zoom (640 CSS px on a 1280 px window) nothing overflows`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await ctx.newPage();
    await visit(page, `/${lang}/`, watchRequests(page));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await ctx.close();
  });

  test(`${lang}: in print every step shows its state as a static figure`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.emulateMedia({ media: 'print' });
    const steps = page.locator('.step');
    const n = await steps.count();
    expect(n).toBeGreaterThan(15);
    for (let i = 0; i < n; i++) await expect(steps.nth(i).locator('.step__static img')).toBeVisible();
    await expect(page.locator('.topbar')).toBeHidden();
  });
}

test('back and forward return to the right chart state', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/#partnerships--jd-deal');
  const figure = page.locator('#block-partnerships-tie-up figure[data-chart]');
  await expect(figure).toHaveAttribute('data-state', 'jd-deal');
  await page.goto('/en/#streamers--penalty');
  await expect(page.locator('#block-streamers-first-sale figure[data-chart]')).toHaveAttribute('data-state', 'penalty');
  await page.goBack();
  await expect(page).toHaveURL(/#partnerships--jd-deal$/);
  await expect(figure).toHaveAttribute('data-state', 'jd-deal');
  await page.goForward();
  await expect(page.locator('#block-streamers-first-sale figure[data-chart]')).toHaveAttribute('data-state', 'penalty');
});

test('resizing the window during a transition ends on the right picture at the new size', async ({ page }) => {
  await page.goto('/en/#gmv-timeline--race');
  const figure = page.locator('#block-gmv-timeline-launch figure[data-chart]');
  await expect(figure).toHaveAttribute('data-state', 'race');
  await readAt(page, '#gmv-timeline--comparison');
  await page.setViewportSize({ width: 700, height: 700 });
  await readAt(page, '#gmv-timeline--comparison');
  await expect(figure).toHaveAttribute('data-state', 'comparison');
  const svg = figure.locator('svg.chart__svg--live');
  // Settled: no transition running (apply.ts clears data-transitioning on its last frame or on a
  // redraw at the new size), and the picture drawn for the frame's new width.
  await expect
    .poll(() =>
      svg.evaluate((s) => {
        const frameW = s.parentElement!.getBoundingClientRect().width;
        const viewW = Number(s.getAttribute('viewBox')!.split(' ')[2]);
        return s.hasAttribute('data-transitioning') ? 'transitioning' : Math.abs(frameW - viewW) < 2 ? 'fits' : `drawn ${viewW} px wide in a ${frameW} px frame`;
      }),
    )
    .toBe('fits');
  // The comparison state shows both companies' bars and no race bars.
  expect(await svg.locator('[data-key^="race-"]').count()).toBe(0);
  expect(await svg.locator('[data-key="bar-pdd-2019"]').count()).toBe(1);
});
