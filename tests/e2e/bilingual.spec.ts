// Switching language keeps the reader's place; the side-by-side page pairs every paragraph.
import { expect, test, type Page } from '@playwright/test';
import { readAt } from './layout.ts';

/**
 * Clicks a link in the sticky top bar with the mouse where it is on screen. (Playwright's own click
 * scrolls a sticky element "into view" first, moving the page, which no reader's click does.)
 */
async function clickAt(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function inView(page: Page, id: string) {
  // The page may still be navigating when polled: no element yet is "not in view".
  return page
    .evaluate((i) => {
      const el = document.getElementById(i);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    }, id)
    .catch(() => false);
}

async function paragraphIds(page: Page, lang: string) {
  await page.goto(`/${lang}/`);
  return page.locator('main [data-pid]').evaluateAll((els) => els.map((e) => e.id));
}

test('from a paragraph deep in /zh/, the switch lands on its pair in /en/, and back', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const ids = await paragraphIds(page, 'zh');
  // One paragraph in each chapter, outside the scrolly steps.
  const chapters = await page.locator('article[data-cid]').evaluateAll((arts) =>
    arts.map((a) => [...a.querySelectorAll('.section > p[data-pid]')].map((p) => p.id).at(-1)).filter(Boolean) as string[],
  );
  expect(chapters.length).toBeGreaterThanOrEqual(5);
  for (const id of chapters) {
    expect(ids).toContain(id);
    await page.goto('/zh/');
    await readAt(page, `#${id}`);
    await clickAt(page, '.topbar [data-lang-switch]');
    await expect(page).toHaveURL(new RegExp(`/en/#${id}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => inView(page, id)).toBe(true);
    await clickAt(page, '.topbar [data-lang-switch]');
    await expect(page).toHaveURL(new RegExp(`/zh/#${id}$`));
    await expect.poll(() => inView(page, id)).toBe(true);
  }
});

test('from a step, the switch keeps the step and the chart state', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/zh/');
  const steps = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
  for (const stepId of [steps[3]!, steps[10]!, steps.at(-2)!]) {
    const chart = stepId.split('--')[0]!;
    const state = stepId.split('--')[1]!;
    await page.goto('/zh/');
    await readAt(page, `#${stepId}`);
    const zhFigure = page.locator(`#${stepId}`).locator('xpath=ancestor::div[@data-scrolly]').locator('figure[data-chart]');
    await expect(zhFigure).toHaveAttribute('data-state', state);
    await clickAt(page, '.topbar [data-lang-switch]');
    await expect(page).toHaveURL(new RegExp(`/en/#`));
    await expect.poll(() => inView(page, stepId)).toBe(true);
    const enFigure = page.locator(`#${stepId}`).locator('xpath=ancestor::div[@data-scrolly]').locator(`figure[data-chart="${chart}"]`);
    await expect(enFigure).toHaveAttribute('data-state', state);
  }
});

test('without JavaScript, each section heading links to the same section in the other language', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/zh/');
  const sections = await page.locator('section[data-sid]').evaluateAll((els) => els.map((e) => e.id));
  for (const id of sections) {
    await expect(page.locator(`#${id} .section__switch`)).toHaveAttribute('href', `/en/#${id}`);
  }
  // Followed from the keyboard: without scripts the far paragraphs are laid out only as they come
  // near (content-visibility), so a scripted click could race the layout; a reader's never does.
  await page.locator(`#${sections[3]} .section__switch`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/#${sections[3]}$`));
  await expect.poll(() => inView(page, sections[3]!)).toBe(true);
  await ctx.close();
});

test('/bilingual/ pairs every paragraph of both languages and renders the graphics', async ({ page }) => {
  const zh = await paragraphIds(page, 'zh');
  const en = await paragraphIds(page, 'en');
  expect(zh).toEqual(en);
  await page.goto('/bilingual/');
  const pairs = await page.locator('.pair[data-pid]').evaluateAll((els) =>
    els.map((e) => ({ id: e.id, zh: e.querySelector('.cell--zh')?.getAttribute('lang'), en: e.querySelector('.cell--en')?.getAttribute('lang'), zhText: e.querySelector('.cell--zh')?.textContent?.trim().length ?? 0, enText: e.querySelector('.cell--en')?.textContent?.trim().length ?? 0 })),
  );
  expect(pairs.map((p) => p.id)).toEqual(zh);
  for (const p of pairs) {
    expect(p.zh, p.id).toBe('zh-Hans');
    expect(p.en, p.id).toBe('en');
    expect(p.zhText, p.id).toBeGreaterThan(0);
    expect(p.enText, p.id).toBeGreaterThan(0);
  }
  const blocks = page.locator('[data-scrolly]');
  expect(await blocks.count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('[data-scrolly] .for-zh figure[data-chart]').first()).toBeVisible();
  await expect(page.locator('[data-scrolly] .for-en figure[data-chart]').first()).toBeHidden();
  // English first: the English cell leads and the graphics switch to English labels.
  await page.locator('label:has(#lead-en)').click();
  await expect(page.locator('[data-scrolly] .for-en figure[data-chart]').first()).toBeVisible();
  const order = await page.locator('.pair[data-pid]').first().evaluate((e) => {
    const [a, b] = [e.querySelector('.cell--zh')!, e.querySelector('.cell--en')!].map((c) => c.getBoundingClientRect());
    return a!.top > b!.top || a!.left > b!.left;
  });
  expect(order).toBe(true);
  // Hide Chinese.
  await page.locator('label:has(#show-en)').click();
  await expect(page.locator('.pair[data-pid] .cell--zh').first()).toBeHidden();
});

/** Chinese blocks of the page's main text (form controls aside) set under 1.2× their size. */
async function tightChineseBlocks(page: Page) {
  return page.locator('main').evaluate((main) => {
    const out: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      if (!el.matches(':lang(zh)') || el.closest('form') || !el.checkVisibility()) continue;
      const cs = getComputedStyle(el);
      if (!['block', 'flex', 'grid', 'list-item', 'table-cell'].includes(cs.display)) continue;
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      const lh = parseFloat(cs.lineHeight);
      if (Number.isFinite(lh) && lh < 1.2 * parseFloat(cs.fontSize)) out.push(`${el.tagName.toLowerCase()}.${el.className} (${cs.lineHeight} at ${cs.fontSize}): ${el.textContent!.trim().slice(0, 20)}`);
    }
    return out;
  });
}

test('/bilingual/ sets its Chinese blocks (headline, paragraphs, chart titles) on their own line spacing', async ({ page }) => {
  // The English page's rule for a Chinese word quoted in a line (line-height 1) must not reach a
  // block of the Chinese column: at line-height 1 a title's lines touch each other, and the lines
  // of the blocks above and below it.
  await page.goto('/bilingual/');
  await expect(page.locator('[data-scrolly] .for-zh figure[data-chart]').first()).toBeVisible();
  expect(await tightChineseBlocks(page)).toEqual([]);
});

test('the cover sets its Chinese headline on its own line spacing', async ({ page }) => {
  // The cover's headline is an English h1 holding the Chinese title as a block: the quoted-word
  // rule matches it, and on a phone its two lines would touch.
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  expect(await tightChineseBlocks(page)).toEqual([]);
});

test('the same place survives /zh/ → /bilingual/ → /en/', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/zh/');
  const id = await page.locator('#giants .section > p[data-pid]').first().getAttribute('id');
  await readAt(page, `#${id}`);
  await clickAt(page, '.topbar a[data-place="bilingual"]');
  await expect(page).toHaveURL(new RegExp(`/bilingual/#${id}$`));
  await expect.poll(() => inView(page, id!)).toBe(true);
  await clickAt(page, '.topbar a[data-place="en"]');
  await expect(page).toHaveURL(new RegExp(`/en/#${id}$`));
  await expect.poll(() => inView(page, id!)).toBe(true);
});
