// The scrollytelling engine in a real Chromium: state per step, deep links, fast jumps, resizes,
// no-JS and reduced motion, for every scrolly block in both languages.
import { expect, test, type Page } from '@playwright/test';
import { NARROWEST, WIDE_FROM } from '../../src/charts/layout.ts';
import { readAt } from './layout.ts';

const LANGS = ['zh', 'en'] as const;

/** The chart's picture as text: every mark's key and content, in order. */
const picture = (page: Page, chart: string, first: string) =>
  page.locator(`#block-${chart}-${first} .chart__frame svg.chart__svg--live`).evaluate((svg) =>
    [...svg.querySelectorAll('[data-key]')].map((m) => `${m.getAttribute('data-key')}:${m.textContent}:${m.getAttribute('class')}:${['x', 'y', 'width', 'height', 'x1', 'y1', 'd', 'cx', 'cy'].map((a) => m.getAttribute(a)).join(',')}`).join('|'),
  );

async function scrollies(page: Page) {
  return page.locator('[data-scrolly]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      chart: el.getAttribute('data-scrolly')!,
      steps: [...el.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step')!),
    })),
  );
}

for (const lang of LANGS) {
  test(`${lang}: every step moves its chart to the step's state, and each picture differs`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/${lang}/`);
    const blocks = await scrollies(page);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) {
      const first = block.steps[0]!;
      const figure = page.locator(`#${block.id} figure[data-chart="${block.chart}"]`);
      let previous = '';
      for (const state of block.steps) {
        await readAt(page, `#${block.id} [data-step="${state}"]`);
        await expect(figure).toHaveAttribute('data-state', state);
        await expect(page.locator(`#${block.id} [data-step="${state}"]`)).toHaveClass(/is-active/);
        await expect(figure.locator('svg.chart__svg--live')).toHaveCount(1);
        const now = await picture(page, block.chart, first);
        expect(now, `${block.chart} ${state} draws something different from the state before`).not.toBe(previous);
        previous = now;
      }
    }
  });

  test(`${lang}: a deep link to the last step, a jump back and a fast scroll all end on the right state`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/${lang}/`);
    const [block] = await scrollies(page);
    const last = block!.steps.at(-1)!;
    const first = block!.steps[0]!;
    await page.goto(`/${lang}/#${block!.chart}--${last}`);
    await page.reload();
    const figure = page.locator(`#${block!.id} figure[data-chart]`);
    await expect(figure).toHaveAttribute('data-state', last);
    const deep = await picture(page, block!.chart, first);

    // Jump to the first step (skipping all between), then straight back to the last.
    await readAt(page, `#${block!.id} [data-step="${first}"]`);
    await expect(figure).toHaveAttribute('data-state', first);
    await readAt(page, `#${block!.id} [data-step="${last}"]`);
    await expect(figure).toHaveAttribute('data-state', last);
    expect(await picture(page, block!.chart, first)).toBe(deep);
  });

  test(`${lang}: resizing mid-story keeps the state and fits the new width`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/${lang}/`);
    const [block] = await scrollies(page);
    const state = block!.steps[2]!;
    await readAt(page, `#${block!.id} [data-step="${state}"]`);
    const figure = page.locator(`#${block!.id} figure[data-chart]`);
    await expect(figure).toHaveAttribute('data-state', state);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width > 600 ? 700 : 340, height: size.height });
    await readAt(page, `#${block!.id} [data-step="${state}"]`);
    await expect(figure).toHaveAttribute('data-state', state);
    const svg = figure.locator('svg.chart__svg--live');
    await expect
      .poll(async () => {
        const [frameW, viewW] = await svg.evaluate((s) => [s.parentElement!.getBoundingClientRect().width, Number(s.getAttribute('viewBox')!.split(' ')[2])]);
        return Math.abs(frameW - viewW);
      })
      .toBeLessThan(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// A sticky chart is at most --chart-max-h tall. On a screen too short for a chart at its full width,
// the frame is made narrower, keeping the chart's proportions, and the chart lays out at that width
// with its text at full size; only a frame already at its narrowest (or a wide one at the wide
// layout's breakpoint) is scaled down. Scaling the full-width picture instead had set labels at
// 8 px in a 600 × 900 window.
for (const size of [{ width: 600, height: 900 }, { width: 1000, height: 560 }, { width: 360, height: 740 }, { width: 390, height: 844 }]) {
  test(`${size.width}×${size.height}: every sticky chart fits the height it is given, its text at full size unless at its narrowest @desktop`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(size);
    await page.goto('/en/');
    for (const block of await scrollies(page)) {
      await readAt(page, `#${block.id} [data-step="${block.steps[0]}"]`);
      const svg = page.locator(`#${block.id} figure[data-chart] svg.chart__svg--live`);
      await expect(svg).toHaveCount(1);
      const fit = () =>
        svg.evaluate((s) => {
          const frame = s.parentElement!;
          const f = frame.getBoundingClientRect();
          const scale = Number(getComputedStyle(frame).getPropertyValue('--chart-scale') || 1);
          return {
            frame: f.width,
            column: frame.closest('figure')!.getBoundingClientRect().width,
            drawnAt: Number(s.getAttribute('viewBox')!.split(' ')[2]),
            shown: s.getBoundingClientRect().height,
            max: parseFloat(getComputedStyle(frame).getPropertyValue('--chart-max-h')),
            scale,
          };
        });
      // The chart is laid out at its frame's width (once the resize has reached it).
      await expect
        .poll(async () => {
          const { frame, drawnAt } = await fit();
          return Math.abs(frame - drawnAt);
        }, `${block.id} drawn at its frame's width`)
        .toBeLessThan(1.5);
      const m = await fit();
      expect(m.shown, `${block.id}: no taller than --chart-max-h`).toBeLessThanOrEqual(m.max + 1);
      const floor = m.column >= WIDE_FROM ? WIDE_FROM : NARROWEST;
      if (m.frame > floor + 1) expect(m.scale, `${block.id}: ${m.frame} px wide, text at full size`).toBe(1);
      if (m.scale === 1 && m.frame < m.column - 1) expect(m.shown, `${block.id}: narrowed just enough`).toBeGreaterThan(m.max - 2);
    }
  });
}

test('without JavaScript every chart is in the page as SVG and every step has its picture', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const lang of LANGS) {
    await page.goto(`/${lang}/`);
    const blocks = await scrollies(page);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of blocks) {
      const svg = page.locator(`#${b.id} figure .chart__frame svg`).filter({ visible: true });
      await expect(svg).toHaveCount(1);
      expect(await svg.locator('[data-key]').count()).toBeGreaterThan(5);
      for (const state of b.steps) {
        const img = page.locator(`#${b.id} [data-step="${state}"] .step__static img`);
        await expect(img).toBeVisible();
        expect(await img.getAttribute('alt')).toBeTruthy();
      }
    }
  }
  await ctx.close();
});

test('with reduced motion no transition runs; without it, marks move', async ({ page }) => {
  /** Moves the first block from its second step to its third; says whether a transition ran. */
  const sample = async () => {
    const [block] = await scrollies(page);
    const figure = page.locator(`#${block!.id} figure[data-chart]`);
    const svg = page.locator(`#${block!.id} svg.chart__svg--live`);
    await readAt(page, `#${block!.id} [data-step="${block!.steps[1]}"]`);
    await expect(figure).toHaveAttribute('data-state', block!.steps[1]!);
    // Whatever the step before started has ended, so a transition seen below belongs to this move.
    await expect(svg).not.toHaveAttribute('data-transitioning');
    // A running transition marks its <svg> with data-transitioning until its last frame: record the
    // mark being set, however short the transition or slow the machine.
    await svg.evaluate((el) => {
      const w = window as unknown as { moved: boolean };
      w.moved = false;
      new MutationObserver((records) => {
        if (records.some((r) => r.oldValue === null)) w.moved = true; // absent before: set
      }).observe(el, { attributes: true, attributeFilter: ['data-transitioning'], attributeOldValue: true });
    });
    await readAt(page, `#${block!.id} [data-step="${block!.steps[2]}"]`);
    await expect(figure).toHaveAttribute('data-state', block!.steps[2]!);
    return page.evaluate(() => (window as unknown as { moved: boolean }).moved);
  };
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/');
  expect(await sample()).toBe(false);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/en/');
  expect(await sample()).toBe(true);
});

test('the data table is reachable by keyboard and holds the chart values', async ({ page }) => {
  await page.goto('/en/');
  const summary = page.locator('.chart__data summary').first();
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const table = page.locator('.chart__data').first().locator('table');
  await expect(table).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
});
