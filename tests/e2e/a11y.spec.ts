// axe (WCAG 2.2 AA rules) on every route, at the width of each project (desktop and phone), in the
// light and the dark scheme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ROUTES } from './routes.ts';
import { settled, watchRequests } from './settled.ts';

for (const route of ROUTES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on ${route} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const pending = watchRequests(page);
      await page.goto(route);
      // This includes the lazy layout: a story page's far parts have an estimated height until laid
      // out (src/scripts/layout.ts); measured inside one before that, a step's content overflows
      // onto what follows (its share link over the next heading's link), which no reader sees: the
      // browser lays a part out before it comes on screen. axe checks the page as it is read.
      await settled(page, pending);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary).toEqual([]);
    });
  }
}
