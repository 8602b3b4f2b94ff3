// Every route exists in both languages, with the right language, metadata and alternates.
import { expect, test } from '@playwright/test';

const STORY = [
  { path: '/zh/', lang: 'zh-Hans' },
  { path: '/en/', lang: 'en' },
] as const;

for (const { path, lang } of STORY) {
  test(`${path} has its language, canonical URL, alternates and description`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`${path}$`));
    const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')));
    expect(alternates).toEqual(expect.arrayContaining(['zh-Hans', 'en', 'x-default']));
    expect(await page.locator('meta[name=description]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('article.chapter').first()).toBeVisible();
  });
}

// A source reads in the page's typography: "Publisher. Headline" in English; in Chinese a full-width
// colon after the publisher and 《》 around a Chinese headline (an English headline stays bare).
const SOURCE_TYPOGRAPHY = [
  { path: '/zh/', chinese: /^新浪科技：《快手第四季度营收244亿元 调整后净亏损35\.7亿元》 · /, english: /^Pandaily：Kuaishou Officially Files/ },
  { path: '/en/', chinese: /^新浪科技\. 快手第四季度营收244亿元 调整后净亏损35\.7亿元 · /, english: /^Pandaily\. Kuaishou Officially Files/ },
] as const;
for (const { path, chinese, english } of SOURCE_TYPOGRAPHY) {
  test(`${path} sources are set in the page's typography`, async ({ page }) => {
    await page.goto(path);
    const text = (id: string) => page.locator(`#source-${id}`).evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());
    expect(await text('sina-tech-2022-03-29')).toMatch(chinese);
    expect(await text('pandaily-2020-11-06')).toMatch(english);
  });
}

test('the cover offers both languages and works without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page.locator('a[href="/zh/"]')).toBeVisible();
  await expect(page.locator('a[href="/en/"]')).toBeVisible();
  await page.locator('a[href="/en/"]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await ctx.close();
});

test('the cover sends a returning reader to the language they chose', async ({ page }) => {
  await page.goto('/');
  await page.locator('a[data-choose="en"]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/?choose');
  await expect(page.locator('a[data-choose="zh"]')).toBeVisible();
});

test('an unknown path gets the bilingual 404 page', async ({ page }) => {
  const res = await page.goto('/zh/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('[lang="zh-Hans"] h1')).toBeVisible();
  await expect(page.locator('[lang="en"] h2')).toBeVisible();
});
