// An embed page loads a few KB of script at first; the live chart (the chart runtime with d3 and the
// chart's render code) comes on the reader's first intent. Until then the build's pictures stand
// in: a ?state= deep link draws its state's picture, right at either layout and in either theme, and
// a step chosen before the live chart has arrived shows its picture at once; the live chart then
// takes over and ends on the chosen state, equal to the build's SVG of it. At every moment the
// figure's data-state and description name what is drawn.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS, statesOf } from './charts.ts';
import { bringLive, drawn, scripted } from './embed-picture.ts';
import { settled, watchRequests } from './settled.ts';

const LANGS = ['zh', 'en'] as const;
/** The live chart's code: the runtime (with d3) and each chart's render chunk. */
const CHART_CODE = /\/_astro\/(runtime|render)\.[^/]*\.js$/;

/** Every script the page requests, in order. */
function scripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.js$/.test(r.url())) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

/** What the figure says it shows: its state, description and the drawn SVG's accessible name. */
const says = (page: Page) =>
  page.locator('figure[data-chart]').evaluate((f) => {
    const svg = [...f.querySelectorAll<SVGSVGElement>('.chart__frame svg.chart__svg')].find((s) => getComputedStyle(s).display !== 'none');
    const descriptions = (JSON.parse(f.querySelector('script.chart__payload')!.textContent!) as { descriptions: Record<string, string> }).descriptions;
    const state = f.getAttribute('data-state')!;
    return { state, desc: f.querySelector('.chart__desc')!.textContent === descriptions[state], label: svg?.getAttribute('aria-label') === descriptions[state] };
  });

/** In the page: the live SVG compared with the build serializer's SVG of `state` at the frame's size. */
const matchesBuild = (page: Page, state: string) =>
  page.evaluate((s) => {
    const api = (window as unknown as { __chart: { svg: SVGSVGElement; serialize(s: string): string } }).__chart;
    const t = document.createElement('template');
    t.innerHTML = api.serialize(s);
    const round = (v: string) => (/^-?\d+(\.\d+)?(e-?\d+)?$/.test(v) ? String(Math.round(Number(v) * 10) / 10) : v);
    const norm = (root: Element) =>
      [`${root.getAttribute('viewBox')}`, ...[...root.children].map((el) => `${el.localName} ${el.getAttributeNames().sort().map((n) => `${n}=${round(el.getAttribute(n)!)}`).join(' ')} ${el.textContent}`)].join('\n');
    if (api.svg.hasAttribute('data-transitioning')) return 'moving';
    return norm(t.content.firstElementChild!) === norm(api.svg) ? 'equal' : `differs:\n${norm(api.svg).slice(0, 400)}`;
  }, state);

const hook = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __chartTest: (f: HTMLElement, api: unknown) => void; __chart?: unknown };
    w.__chartTest = (_f, api) => {
      w.__chart = api;
    };
  });

for (const lang of LANGS) {
  test(`${lang}: an embed page loads no chart code until the reader shows intent, then the live chart`, async ({ page }) => {
    const urls = scripts(page);
    const pending = watchRequests(page);
    for (const chart of CHART_IDS) {
      const state = statesOf(chart).at(-1)!;
      // The pointer off the chart (it was over the last page's): no intent at load.
      await page.mouse.move(1, 1);
      await page.goto(`/${lang}/embed/${chart}/?state=${state}`);
      await scripted(page);
      await settled(page, pending);
      // The deep link's state, drawn from the build's picture; the figure says so.
      await expect.poll(() => drawn(page, state)).toBe(state);
      expect(await says(page)).toEqual({ state, desc: true, label: true });
      await expect(page.locator('html')).not.toHaveAttribute('data-pending', /.*/);
      expect(urls.filter((u) => CHART_CODE.test(u)), `${chart}: chart code at load`).toEqual([]);
      expect(urls.length, `${chart}: scripts at load`).toBeGreaterThan(0);

      // Intent: the pointer over the chart brings the runtime and the chart's code, then the live chart.
      await bringLive(page);
      expect(urls.filter((u) => /\/runtime\./.test(u))).toHaveLength(1);
      expect(urls.filter((u) => /\/render\./.test(u))).toHaveLength(1);
      expect(await says(page)).toEqual({ state, desc: true, label: true });
      urls.length = 0;
    }
  });

  test(`${lang}: a step chosen before the live chart arrives shows its picture at once, then the live chart ends on it`, async ({ page }) => {
    await hook(page);
    const chart = CHART_IDS[0]!;
    const states = statesOf(chart);
    // The runtime's request is held until the picture has been checked.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/runtime\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/${lang}/embed/${chart}/?state=${states[1]}`);
    await scripted(page);
    await expect.poll(() => drawn(page, states[1]!)).toBe(states[1]);
    await page.locator('[data-go="1"]').click();
    await expect.poll(() => drawn(page, states[2]!)).toBe(states[2]);
    expect(await says(page)).toEqual({ state: states[2], desc: true, label: true });
    await expect(page.locator('svg.chart__svg--live')).toHaveCount(0);
    // One more step while the code is still on its way; then it arrives.
    await page.locator('[data-go="1"]').click();
    await expect.poll(() => drawn(page, states[3]!)).toBe(states[3]);
    expect(await says(page)).toEqual({ state: states[3], desc: true, label: true });
    release();
    await page.locator('svg.chart__svg--live').waitFor({ state: 'attached' });
    await page.waitForFunction(() => (window as unknown as { __chart?: unknown }).__chart !== undefined);
    await expect.poll(() => matchesBuild(page, states[3]!)).toBe('equal');
    expect(await says(page)).toEqual({ state: states[3], desc: true, label: true });
    // And it steps on, live.
    await page.locator('[data-go="-1"]').click();
    await expect.poll(() => matchesBuild(page, states[2]!)).toBe('equal');
    expect(await says(page)).toEqual({ state: states[2], desc: true, label: true });
  });

  test(`${lang}: the first click, with the live chart not loaded, ends on the build's SVG of its state, with or without motion`, async ({ page }) => {
    await hook(page);
    for (const motion of ['reduce', 'no-preference'] as const) {
      await page.emulateMedia({ reducedMotion: motion });
      for (const chart of CHART_IDS) {
        const states = statesOf(chart);
        await page.goto(`/${lang}/embed/${chart}/`);
        await scripted(page);
        await page.locator('[data-go="1"]').click();
        await page.waitForFunction(() => (window as unknown as { __chart?: unknown }).__chart !== undefined);
        await expect.poll(() => matchesBuild(page, states[1]!), { message: `${chart}, ${motion}` }).toBe('equal');
        expect(await says(page)).toEqual({ state: states[1], desc: true, label: true });
      }
    }
  });

  test(`${lang}: a deep link's picture is right in both layouts and both themes`, async ({ page }) => {
    const chart = CHART_IDS[1]!;
    const state = statesOf(chart)[1]!;
    for (const theme of ['dark', 'light'] as const) {
      // The host's scheme is the other one: ?theme= wins.
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/${lang}/embed/${chart}/?state=${state}&theme=${theme}`);
      await expect.poll(() => drawn(page, state)).toBe(state);
      await expect(page.locator('html')).not.toHaveAttribute('data-pending', /.*/);
      const ink = () => page.locator('.chart__frame svg.chart__svg:visible text.lbl').first().evaluate((t) => getComputedStyle(t).fill);
      expect(await ink()).toBe(theme === 'dark' ? 'rgb(233, 231, 226)' : 'rgb(28, 29, 31)');
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect(page.locator('.chart__frame svg.chart__svg--wide')).toBeVisible();
      await expect.poll(() => drawn(page, state)).toBe(state);
      expect(await ink()).toBe(theme === 'dark' ? 'rgb(233, 231, 226)' : 'rgb(28, 29, 31)');
      await expect(page.locator('svg.chart__svg--live')).toHaveCount(0);
    }
  });
}

test('axe finds nothing on a deep-linked embed page, with its picture and then with the live chart', async ({ page }) => {
  const chart = CHART_IDS[2]!;
  const state = statesOf(chart)[1]!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/en/embed/${chart}/?state=${state}`);
    await expect.poll(() => drawn(page, state)).toBe(state);
    await expect(page.locator('html')).not.toHaveAttribute('data-pending', /.*/);
    const axe = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    };
    expect(await axe(), `${scheme}, picture`).toEqual([]);
    await bringLive(page);
    await expect.poll(() => page.locator('svg.chart__svg--live').evaluate((s) => s.hasAttribute('data-transitioning'))).toBe(false);
    expect(await axe(), `${scheme}, live`).toEqual([]);
  }
});
