// One chart embedded several times on one host page (both languages, two states each), on another
// origin, with the two kinds of height handler that publishing systems run: one that finds the
// iframe by the message's key in its src (Datawrapper's published script) and one that matches
// event.source (Datawrapper's newer snippet, ours, most CMS code). At 320, 600 and 1000 px every
// iframe must end at its own content height. Keyed by the chart id alone, the src handler gave the
// first iframe every height and left the others at their initial 400 px.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { CHART_IDS, statesOf } from './charts.ts';
import { HOST_PORT, PORT } from '../playwright.config.ts';
import { scripted } from './embed-picture.ts';

const SITE = `http://127.0.0.1:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const WIDTHS = [320, 600, 1000];

/** The gallery's iframe code for a chart at a state (as handed out: src names the state, last). */
async function iframeCodes(page: Page, chart: string, states: string[]): Promise<string[]> {
  const codes: string[] = [];
  for (const lang of ['en', 'zh']) {
    await page.goto(`${SITE}/${lang}/charts/`);
    for (const state of states) {
      await page.locator(`#${chart} [data-pick="${state}"]`).click();
      const code = (await page.locator(`#${chart}-iframe`).inputValue()).split('\n')[0]!;
      expect(code).toMatch(new RegExp(`src="${SITE}/${lang}/embed/${chart}/\\?state=${state}"`));
      codes.push(code.replace(/ height="\d+"/, ' height="400"'));
    }
  }
  return codes;
}

async function frames(page: Page, n: number): Promise<Frame[]> {
  await expect.poll(() => page.frames().filter((f) => f.url().includes('/embed/')).length, { timeout: 15_000 }).toBe(n);
  const list = page.frames().filter((f) => f.url().includes('/embed/'));
  for (const f of list) {
    await f.waitForLoadState('load');
    // The height message is wired at load; the live chart waits for the reader and changes no height.
    await scripted(f);
  }
  return list;
}

for (const handler of ['src-listener', 'listener'] as const) {
  for (const chart of CHART_IDS) {
    test(`${chart}: four embeds (en, zh × two states) each fit with the ${handler === 'listener' ? 'event.source' : 'src'}-matching handler @host`, async ({ page }) => {
      const states = [statesOf(chart)[0]!, statesOf(chart).at(-1)!];
      const codes = await iframeCodes(page, chart, states);
      await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      await page.goto(`${HOST}/${handler}.html`);
      await page.evaluate((html) => document.body.append(document.createRange().createContextualFragment(html)), codes.join('\n'));
      const iframes = page.locator('iframe');
      await expect(iframes).toHaveCount(4);
      const inner = await frames(page, 4);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await expect
          .poll(
            async () => {
              const report: string[] = [];
              for (let i = 0; i < 4; i++) {
                const el = iframes.nth(i);
                // Chromium pauses rendering (and so ResizeObserver) in cross-origin frames off
                // screen: a frame catches up when the reader reaches it, so look at each in view.
                await el.scrollIntoViewIfNeeded();
                const src = (await el.getAttribute('src'))!;
                const frame = inner.find((f) => f.url() === src)!;
                const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
                const own = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
                const over = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
                if (Math.abs(outer - own) > 2 || over > 0) report.push(`${src}: iframe ${outer}, content ${own}, overflow ${over}`);
              }
              return report.join('\n') || 'all fit';
            },
            { message: `${chart} at ${width} px, ${handler}`, timeout: 10_000 },
          )
          .toBe('all fit');
      }
      // The four are not all one height: each got its own (the languages' texts differ).
      const heights = await iframes.evaluateAll((els) => els.map((f) => Math.round(f.getBoundingClientRect().height)));
      expect(new Set(heights).size).toBeGreaterThan(1);
    });
  }
}
