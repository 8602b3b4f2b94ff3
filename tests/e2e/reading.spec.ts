// What the reader reads is what the chart shows, on every screen: for every step of every scrolly
// block, once the step's text is wholly readable (below the top bar and, on phones, below the
// sticky chart, uncovered), the chart is in that step's state and draws it; the chart's marks are
// never under the text; resizing and rotating keep the step being read and its state; and the page
// never scrolls sideways, from the first frame to the last.
import { expect, test, type Page } from '@playwright/test';
import { laidOut, placeStep, readableArea, readAt } from './layout.ts';

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 844, height: 390 },
  { width: 1280, height: 800 },
] as const;

interface Block {
  id: string;
  steps: { id: string; state: string }[];
}

const blocks = (page: Page): Promise<Block[]> =>
  page.locator('[data-scrolly]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      steps: [...el.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ id: s.id, state: s.dataset.step! })),
    })),
  );

/** What the block's visible figure says and draws: its state, the live picture's label, its description. */
const shown = (page: Page, block: string) =>
  page.locator(`#${block} .scrolly__graphic figure[data-chart]`).filter({ visible: true }).evaluate((f) => ({
    state: f.getAttribute('data-state'),
    drawn: f.querySelector('svg.chart__svg--live')?.getAttribute('aria-label') ?? null,
    desc: f.querySelector('.chart__desc')?.textContent?.trim() ?? '',
  }));

/** The build's description of a step's state (its own picture's text alternative). */
const described = (page: Page, step: string) =>
  page.locator(`#${step} .step__static img`).first().getAttribute('alt');

/** Whether every one of a row of points across the chart's frame shows the chart, not a step. */
const chartUncovered = (page: Page, block: string) =>
  page.locator(`#${block} .scrolly__graphic figure[data-chart]`).filter({ visible: true }).evaluate((f) => {
    const r = f.querySelector('.chart__frame')!.getBoundingClientRect();
    const top = Math.max(r.top, document.querySelector('.topbar')!.getBoundingClientRect().bottom);
    const bottom = Math.min(r.bottom, innerHeight);
    for (const fy of [0.1, 0.5, 0.9])
      for (const fx of [0.1, 0.5, 0.9]) {
        const el = document.elementFromPoint(r.left + r.width * fx, top + (bottom - top) * fy);
        if (el?.closest('.step')) return false;
      }
    return true;
  });

for (const size of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang} ${size.width}×${size.height}: a step wholly readable is the state the chart draws`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${lang}/`);
      await laidOut(page);
      const all = await blocks(page);
      expect(all.length).toBeGreaterThanOrEqual(3);
      for (const block of all) {
        for (const step of block.steps) {
          const alt = await described(page, step.id);
          expect(alt, `${step.id} has a description`).toBeTruthy();
          // Brought near first if its block has not taken its sticky layout yet.
          if (!(await page.locator(`#${block.id}[data-live]`).count())) await readAt(page, `#${step.id}`);
          for (const where of ['bottom', 'top'] as const) {
            const fits = await placeStep(page, step.id, where);
            // Wholly readable (or, for a step taller than the readable area, filling it).
            const area = await readableArea(page);
            const box = await page.locator(`#${step.id} .step__body`).evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
            if (fits) {
              expect(box.top, `${step.id} (${where}) starts inside the readable area`).toBeGreaterThanOrEqual(area.top - 0.5);
              expect(box.bottom, `${step.id} (${where}) ends inside the readable area`).toBeLessThanOrEqual(area.bottom + 0.5);
            } else {
              expect(box.top).toBeLessThanOrEqual(area.top + 3);
              expect(box.bottom).toBeGreaterThanOrEqual(area.bottom);
            }
            await expect(page.locator(`#${step.id}`), `${step.id} (${where}) is the active step`).toHaveAttribute('aria-current', 'step');
            await expect.poll(() => shown(page, block.id), `${step.id} (${where}) is drawn`).toEqual({ state: step.state, drawn: alt, desc: alt });
            expect(await chartUncovered(page, block.id), `${step.id}: no text over the chart`).toBe(true);
          }
        }
      }
    });
  }
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: resizing and rotating keep the step being read, and its state`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${lang}/`);
    await laidOut(page);
    const all = await blocks(page);
    // The partnerships block's "alliance" step (Kuaishou Store lane) and a step of every block.
    const picks = all.map((b) => ({ block: b.id, step: b.steps[Math.min(b.steps.length - 1, 4)]! }));
    const turns = [
      { width: 844, height: 390 },
      { width: 390, height: 844 },
      { width: 360, height: 740 },
      { width: 768, height: 1024 },
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ];
    for (const { block, step } of picks) {
      await readAt(page, `#${step.id}`);
      await expect.poll(() => shown(page, block).then((s) => s.state)).toBe(step.state);
      for (const size of turns) {
        await page.setViewportSize(size);
        // The step stays readable and active, and the chart stays on its state, drawn at the new size.
        await expect
          .poll(async () => {
            const area = await readableArea(page);
            const box = await page.locator(`#${step.id} .step__body`).evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
            return box.top >= area.top - 1 && box.top < area.bottom - 40;
          }, `${step.id} in view at ${size.width}×${size.height}`)
          .toBe(true);
        await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
        await expect.poll(() => shown(page, block).then((s) => s.state)).toBe(step.state);
        await expect
          .poll(() =>
            page.locator(`#${block} svg.chart__svg--live`).filter({ visible: true }).evaluate((s) => {
              const frame = s.parentElement!.getBoundingClientRect();
              return Math.abs(Number(s.getAttribute('viewBox')!.split(' ')[2]) - frame.width) < 2;
            }),
          )
          .toBe(true);
      }
    }
  });
}

test('a deep link to a step opens with that step readable and its state drawn', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/');
  const all = await blocks(page);
  const block = all[1]!;
  const step = block.steps.at(-2)!;
  await page.goto(`/en/#${step.id}`);
  await page.locator(`#${block.id}[data-live]`).waitFor({ state: 'attached' });
  await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => shown(page, block.id).then((s) => s.state)).toBe(step.state);
  const area = await readableArea(page);
  const box = await page.locator(`#${step.id} .step__body`).evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
  expect(box.top).toBeGreaterThanOrEqual(area.top - 1);
  expect(box.top).toBeLessThan(area.bottom - 40);
});

for (const size of SIZES.slice(0, 4)) {
  test(`${size.width}×${size.height}: the story never scrolls sideways, during lazy layout or after`, async ({ browser }) => {
    test.setTimeout(180_000);
    const ctx = await browser.newContext({ viewport: size, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    // Every frame from the first, until the page is wholly laid out: the widest the page has been.
    await ctx.addInitScript(() => {
      const w = window as unknown as { widest: number };
      w.widest = 0;
      const look = () => {
        const el = document.scrollingElement;
        if (el) w.widest = Math.max(w.widest, el.scrollWidth - window.innerWidth);
        if (document.documentElement.getAttribute('data-layout') !== 'complete') requestAnimationFrame(look);
      };
      document.addEventListener('readystatechange', look);
      requestAnimationFrame(look);
    });
    const page = await ctx.newPage();
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`/${lang}/`);
      const atLoad = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
      await laidOut(page);
      const during = await page.evaluate(() => (window as unknown as { widest: number }).widest);
      expect(atLoad, `${lang} at load`).toBeLessThanOrEqual(0);
      expect(during, `${lang} during lazy layout`).toBeLessThanOrEqual(0);
      for (const block of await blocks(page)) {
        for (const step of [block.steps[0]!, block.steps.at(-1)!]) {
          await readAt(page, `#${step.id}`);
          expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth), `${lang} at ${step.id}`).toBeLessThanOrEqual(0);
        }
      }
    }
    await ctx.close();
  });
}
