// When part of the live chart cannot load (a flaky connection: one request failing at a time), the
// reader still sees the right picture for the step being read, and nothing names a state that is
// not drawn: the chart's data or renderer failing falls back to the build's picture of each state;
// the scrolly script failing leaves the block as it reads without JavaScript, a picture per step.
import { expect, test, type Page } from '@playwright/test';
import { drawn } from './embed-picture.ts';
import { laidOut, readAt } from './layout.ts';

const LANGS = ['zh', 'en'] as const;

interface Block {
  id: string;
  first: string;
  steps: { id: string; state: string }[];
}

const blocks = (page: Page): Promise<Block[]> =>
  page.locator('[data-scrolly]').evaluateAll((els) =>
    els.map((el) => {
      const steps = [...el.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ id: s.id, state: s.dataset.step! }));
      return { id: el.id, first: steps[0]!.state, steps };
    }),
  );

/** The figure on screen: its state, what its frame shows (a build picture's state, or the live SVG), its description. */
const figureNow = (page: Page, block: string) =>
  page.locator(`#${block} .scrolly__graphic figure[data-chart]`).filter({ visible: true }).evaluate((f) => {
    const img = f.querySelector<HTMLImageElement>('.chart__frame img.chart__fallback');
    const picture = img && img.complete && img.naturalWidth > 0 ? (/\/([a-z0-9-]+?)(?:-narrow)?\.svg$/.exec(img.src)?.[1] ?? '?') : null;
    return {
      state: f.getAttribute('data-state'),
      picture,
      live: !!f.querySelector('svg.chart__svg--live'),
      desc: f.querySelector('.chart__desc')?.textContent?.trim() ?? '',
    };
  });

const FAILURES = [
  { name: 'the chart data', pattern: '**/chart-data/**' },
  { name: 'the chart renderer', pattern: /\/_astro\/render\.[^/]*\.js$/ },
] as const;

for (const lang of LANGS) {
  for (const failure of FAILURES) {
    test(`${lang}: without ${failure.name}, every step shows the build's picture of its state`, async ({ page }) => {
      test.setTimeout(120_000);
      let aborted = 0;
      await page.route(failure.pattern, (route) => {
        aborted += 1;
        return route.abort();
      });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${lang}/`);
      await laidOut(page);
      for (const block of await blocks(page)) {
        for (const step of block.steps) {
          const alt = await page.locator(`#${step.id} .step__static img`).first().getAttribute('alt');
          await readAt(page, `#${step.id}`);
          await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
          // The first state is the build's own inline picture; every other one is its build SVG.
          await expect
            .poll(async () => {
              const f = await figureNow(page, block.id);
              const drawn = f.picture === step.state || (f.picture === null && step.state === block.first);
              return { state: f.state, drawn, live: f.live, desc: f.desc };
            })
            .toEqual({ state: step.state, drawn: true, live: false, desc: alt });
        }
      }
      expect(aborted).toBeGreaterThan(0);
    });
  }

  test(`${lang}: without the scrolly script, each step keeps its own picture and nothing claims a state`, async ({ page }) => {
    let aborted = 0;
    await page.route(/\/_astro\/scrolly\.[^/]*\.js$/, (route) => {
      aborted += 1;
      return route.abort();
    });
    await page.goto(`/${lang}/`);
    await laidOut(page);
    for (const block of await blocks(page)) {
      const root = page.locator(`#${block.id}`);
      for (const step of block.steps) {
        await page.locator(`#${step.id}`).scrollIntoViewIfNeeded();
        // The no-JavaScript layout: the chart is not sticky, and the step's own picture is shown.
        await expect(root).not.toHaveAttribute('data-live');
        const img = page.locator(`#${step.id} .step__static img`).filter({ visible: true });
        await expect(img).toHaveCount(1);
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
        expect(await img.getAttribute('src')).toMatch(new RegExp(`/${step.state}\\.svg$`));
        expect(await page.locator(`#${block.id} .scrolly__graphic`).evaluate((g) => getComputedStyle(g).position)).toBe('static');
      }
      // The block's figure still names the state its build picture draws: the first.
      await expect(root.locator('.scrolly__graphic figure[data-chart]').first()).toHaveAttribute('data-state', block.first);
    }
    expect(aborted).toBeGreaterThan(0);
  });

  test(`${lang}: a failed chart data request is retried quietly, and the live chart takes over`, async ({ page }) => {
    let failing = true;
    await page.route('**/chart-data/**', (route) => (failing ? route.abort() : route.continue()));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/${lang}/`);
    await laidOut(page);
    const [block] = await blocks(page);
    await readAt(page, `#${block!.steps[1]!.id}`);
    await expect.poll(() => figureNow(page, block!.id).then((f) => f.picture)).toBe(block!.steps[1]!.state);
    failing = false;
    // The reader reads on, back and forth: a later step change (after the backoff) brings the live chart.
    let i = 1;
    await expect
      .poll(
        async () => {
          i = i === 1 ? 2 : 1;
          await readAt(page, `#${block!.steps[i]!.id}`);
          return (await figureNow(page, block!.id)).live;
        },
        { timeout: 20_000, intervals: [250] },
      )
      .toBe(true);
    const now = await figureNow(page, block!.id);
    expect(now.picture).toBeNull();
    expect(now.state).toBe(block!.steps[i]!.state);
  });

  // An embed page draws the build's picture of a state into its own SVGs (so ?theme= and both
  // layouts hold) until the live chart has loaded, and keeps doing so when it cannot load.
  for (const failure of [
    { name: 'its renderer', pattern: /\/_astro\/render\.[^/]*\.js$/ },
    { name: 'its chart runtime', pattern: /\/_astro\/runtime\.[^/]*\.js$/ },
  ]) {
    test(`${lang}: an embed without ${failure.name} shows the build's picture of each state it steps to`, async ({ page }) => {
      let aborted = 0;
      await page.route(failure.pattern, (route) => {
        aborted += 1;
        return route.abort();
      });
      await page.goto(`/${lang}/embed/gmv-timeline/?state=comparison`);
      const figure = page.locator('figure[data-chart]');
      const desc = (state: string) => page.evaluate((s) => (JSON.parse(document.querySelector('script.chart__payload')!.textContent!) as { descriptions: Record<string, string> }).descriptions[s], state);
      await expect.poll(() => drawn(page, 'comparison')).toBe('comparison');
      await expect(figure).toHaveAttribute('data-state', 'comparison');
      await expect(figure.locator('.chart__desc')).toHaveText((await desc('comparison'))!);
      await expect(page.locator('html')).not.toHaveAttribute('data-pending', /.*/);
      // A step: the reader's intent tries the live chart, which fails; the step's picture shows.
      await page.locator('[data-go="1"]').click();
      const next = await page.locator('[data-embed]').evaluate((m) => {
        const s = m.getAttribute('data-states')!.split(' ');
        return s[s.indexOf('comparison') + 1]!;
      });
      await expect.poll(() => drawn(page, next)).toBe(next);
      await expect(figure).toHaveAttribute('data-state', next);
      await expect(figure.locator('.chart__desc')).toHaveText((await desc(next))!);
      // The failed code was asked for, and the picture stays, naming its own state.
      await expect.poll(() => aborted).toBeGreaterThan(0);
      await expect(figure.locator('svg.chart__svg--live')).toHaveCount(0);
      expect(await drawn(page, next)).toBe(next);
      await expect(figure).toHaveAttribute('data-state', next);
    });
  }
}
