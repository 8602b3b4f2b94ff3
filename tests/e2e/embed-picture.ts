// Embed pages load the live chart on the reader's first intent (src/scripts/embed-page.ts); before
// that, and when it cannot load, the build's picture of each state is drawn into the page's own
// SVGs (src/embed/picture.ts). Helpers to ask which of the two the page shows.
import type { Frame, Page } from '@playwright/test';

/** The embed page's script has run: controls, keys, share link and height message are wired. */
export const scripted = (page: Page | Frame) => page.locator('[data-embed][data-ready]').waitFor({ state: 'attached' });

/** The reader's intent (a pointer over the chart), then the live chart drawn. */
export async function bringLive(page: Page | Frame) {
  await page.locator('figure[data-chart] .chart__frame').hover();
  await page.locator('svg.chart__svg--live').waitFor({ state: 'attached' });
}

/**
 * What the figure's visible SVG draws: 'live' (the live chart), `state` if its marks are the build's
 * picture of `state` at the layout on screen (/img/{lang}/{chart}/{state}(-narrow).svg), else
 * 'other'. Compares every mark, attribute for attribute, and the viewBox.
 */
export function drawn(page: Page | Frame, state: string): Promise<string> {
  return page.evaluate(async (state) => {
    const f = document.querySelector<HTMLElement>('figure[data-chart]')!;
    const svg = [...f.querySelectorAll<SVGSVGElement>('.chart__frame svg.chart__svg')].find((s) => getComputedStyle(s).display !== 'none');
    if (!svg) return 'none';
    if (svg.classList.contains('chart__svg--live')) return 'live';
    const narrow = svg.classList.contains('chart__svg--narrow');
    const res = await fetch(`/img/${f.dataset.lang}/${f.dataset.chart}/${state}${narrow ? '-narrow' : ''}.svg`);
    const file = new DOMParser().parseFromString(await res.text(), 'image/svg+xml').documentElement;
    const norm = (root: Element) =>
      [
        root.getAttribute('viewBox'),
        ...[...root.children]
          .filter((el) => el.localName !== 'title' && el.localName !== 'style')
          .map((el) => `${el.localName} ${el.getAttributeNames().sort().map((n) => `${n}=${el.getAttribute(n)}`).join(' ')} ${el.textContent}`),
      ].join('\n');
    return norm(file) === norm(svg) ? state : 'other';
  }, state);
}
