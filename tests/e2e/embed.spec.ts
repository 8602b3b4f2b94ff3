// Embedding: every chart, in both languages, on a host page served from another origin (another
// port), with the published snippets from the gallery: the loader (embed.js) and a bare iframe with
// the common "datawrapper-height" listener. The iframe must fit its content (within 2 px, no
// scrollbar, nothing clipped) after load and after the host is resized to 320, 600 and 1000 px;
// hostile ?state= values and forged messages must change nothing. Also: the embed page itself
// (steps, keys, theme, noindex, 404s, CSP), the downloads, oEmbed and the gallery's copy buttons.
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { CHART_IDS, statesOf } from './charts.ts';
import { HOST_PORT, PORT } from '../playwright.config.ts';
import { header } from '../../src/files/columns.ts';
import { parseCsv } from './csv.ts';
import { bringLive, scripted } from './embed-picture.ts';
import { settled, watchRequests } from './settled.ts';

const SITE = `http://127.0.0.1:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const LANGS = ['zh', 'en'] as const;
const WIDTHS = [320, 600, 1000];

/** Host-page tests carry @host in their title; they need one browser profile (see the phone project's grepInvert). */

/** The published embed code, as the gallery hands it out (already fitted to this origin). */
async function publishedSnippets(page: Page, lang: string, chart: string) {
  await page.goto(`${SITE}/${lang}/charts/`);
  const script = await page.locator(`#${chart}-script`).inputValue();
  const iframe = await page.locator(`#${chart}-iframe`).inputValue();
  return { script, iframe };
}

/** Pastes HTML into the host page the way a CMS would: scripts in it run. */
async function paste(page: Page, html: string) {
  await page.evaluate((code) => {
    document.body.append(document.createRange().createContextualFragment(code));
  }, html);
}

async function embedFrame(page: Page, chart: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes(`/embed/${chart}/`)), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes(`/embed/${chart}/`))!;
  await frame.waitForLoadState('load');
  // The page's script runs at load; the live chart waits for the reader (tested below).
  await scripted(frame);
  return frame;
}

/**
 * For "this message changed nothing": the host page records marker messages; a sender posts its
 * marker after the messages under test, and messages from one window arrive in order, so once the
 * marker is in, every message before it has been handled (the listeners resize synchronously).
 */
async function afterMessages(page: Page): Promise<(markers: string[]) => Promise<void>> {
  await page.evaluate(() => {
    const w = window as unknown as { markers: string[] };
    w.markers = [];
    window.addEventListener('message', (e) => {
      if (e.data && typeof e.data === 'object' && 'test-marker' in e.data) w.markers.push(String(e.data['test-marker']));
    });
  });
  return async (markers) => {
    await expect.poll(() => page.evaluate(() => (window as unknown as { markers: string[] }).markers.slice().sort())).toEqual([...markers].sort());
  };
}

interface Fit {
  iframe: number;
  content: number;
  overflowY: number;
  overflowX: number;
}

async function fit(iframe: Locator, frame: Frame): Promise<Fit> {
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: root.getBoundingClientRect().height,
      overflowY: root.scrollHeight - root.clientHeight,
      overflowX: root.scrollWidth - root.clientWidth,
    };
  });
  return { iframe: outer, ...inner };
}

/** Waits until the iframe's height matches its content within 2 px, with nothing overflowing. */
async function expectFits(iframe: Locator, frame: Frame, label: string) {
  await expect
    .poll(
      async () => {
        const f = await fit(iframe, frame);
        return Math.abs(f.iframe - f.content) <= 2 && f.overflowY <= 0 && f.overflowX <= 0 ? 'fits' : JSON.stringify(f);
      },
      { message: label, timeout: 10_000 },
    )
    .toBe('fits');
}

for (const lang of LANGS) {
  for (const chart of CHART_IDS) {
    test(`${lang}/${chart}: the loader snippet sizes its iframe on another origin at ${WIDTHS.join(', ')} px @host`, async ({ page }) => {
      const { script } = await publishedSnippets(page, lang, chart);
      expect(script).toContain(`${SITE}/embed.js`);
      await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      await page.goto(`${HOST}/blank.html`);
      await paste(page, script);
      const iframe = page.locator(`div[data-story-chart="${chart}"] iframe`);
      await expect(iframe).toHaveAttribute('title', /.+/);
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      // Space is kept before the page loads.
      expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(250);
      const frame = await embedFrame(page, chart);
      await expect(frame.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await expectFits(iframe, frame, `${lang}/${chart} loader at ${width} px`);
      }
      // Forged messages: from the host page's own origin, and from our iframe with a silly value.
      const before = await iframe.evaluate((f) => f.style.height);
      const seen = await afterMessages(page);
      await page.evaluate((c) => {
        window.postMessage({ 'datawrapper-height': { [c]: 77 } }, '*');
        window.postMessage({ 'test-marker': 'host' }, '*');
      }, chart);
      await frame.evaluate((c) => {
        for (const v of [1e9, -5, '100px', Number.NaN, 10]) window.parent.postMessage({ 'datawrapper-height': { [c]: v } }, '*');
        window.parent.postMessage({ 'test-marker': 'frame' }, '*');
      }, chart);
      await seen(['host', 'frame']);
      expect(await iframe.evaluate((f) => f.style.height)).toBe(before);
      await expectFits(iframe, frame, `${lang}/${chart} after forged messages`);
    });

    test(`${lang}/${chart}: a bare iframe fits with the common datawrapper-height listener @host`, async ({ page }) => {
      const { iframe: code } = await publishedSnippets(page, lang, chart);
      const bare = code.split('\n')[0]!;
      expect(bare).toMatch(/^<iframe [^>]*src="http:\/\/127\.0\.0\.1:\d+\/(zh|en)\/embed\//);
      await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      await page.goto(`${HOST}/listener.html`);
      await paste(page, bare);
      const iframe = page.locator('iframe');
      const frame = await embedFrame(page, chart);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await expectFits(iframe, frame, `${lang}/${chart} iframe at ${width} px`);
      }
      // A message from the host window itself is not from the iframe: nothing moves.
      const before = await iframe.evaluate((f) => f.style.height);
      const seen = await afterMessages(page);
      await page.evaluate((c) => {
        window.postMessage({ 'datawrapper-height': { [c]: 77 } }, '*');
        window.postMessage({ 'test-marker': 'host' }, '*');
      }, chart);
      await seen(['host']);
      expect(await iframe.evaluate((f) => f.style.height)).toBe(before);
    });
  }
}

test('the gallery copy buttons give code that works pasted into a blank page @host', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  await page.setViewportSize({ width: 1000, height: 900 });
  for (const kind of ['script', 'iframe'] as const) {
    const chart = CHART_IDS[0]!;
    await page.goto(`${SITE}/en/charts/`);
    await page.locator(`[data-copy="${chart}-${kind}"]`).click();
    await expect(page.locator(`#${chart} [data-copy-status]`)).toHaveText(/clipboard/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(await page.locator(`#${chart}-${kind}`).inputValue());
    await page.goto(`${HOST}/blank.html`);
    await paste(page, code);
    const iframe = page.locator('iframe').first();
    const frame = await embedFrame(page, chart);
    await expectFits(iframe, frame, `pasted ${kind} code`);
  }
});

test('choosing a step in the gallery shows it in the preview and fits the embed code to it @host', async ({ page }) => {
  const chart = CHART_IDS[0]!;
  const state = statesOf(chart)[2]!;
  await page.goto(`${SITE}/en/charts/`);
  await page.locator(`#${chart} [data-pick="${state}"]`).click();
  await expect(page.locator(`#${chart}-script`)).toHaveValue(new RegExp(`data-state="${state}"`));
  await expect(page.locator(`#${chart}-iframe`)).toHaveValue(new RegExp(`\\?state=${state}`));
  const frame = page.frameLocator(`iframe[data-preview="${chart}"]`);
  await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', state);
});

test('the loader ignores hostile attributes and the embed page a hostile ?state= @host', async ({ page }) => {
  const hostile = '"><img src=x id=pwned onerror="window.pwned=1">';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`${HOST}/blank.html`);
  await paste(
    page,
    `<div data-story-chart="${CHART_IDS[0]}" data-lang="en" data-state='${hostile}' data-theme="x&quot;y"></div><script src="${SITE}/embed.js" async></script>` +
      `<div data-story-chart='../../evil' data-lang="en"></div>`,
  );
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveCount(1);
  expect(await iframe.getAttribute('src')).toBe(`${SITE}/en/embed/${CHART_IDS[0]}/`);
  // Without data-title the frame is named by the page it holds, once that has loaded.
  const frame = await embedFrame(page, CHART_IDS[0]!);
  await expect(iframe).toHaveAttribute('title', (await frame.locator('h1').textContent())!.trim());

  for (const chart of CHART_IDS) {
    await page.goto(`${SITE}/en/embed/${chart}/?state=${encodeURIComponent(hostile)}`);
    await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', statesOf(chart)[0]!);
    await expect(page.locator('html')).not.toHaveAttribute('data-pending', /.*/);
    await bringLive(page);
    await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', statesOf(chart)[0]!);
    await expect(page.locator('#pwned')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.content()).not.toContain('pwned');
    await expect(page.locator('.chart__frame svg').first()).toBeVisible();
    // Names of Object.prototype are not states either.
    await page.goto(`${SITE}/en/embed/${chart}/?state=constructor`);
    await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', statesOf(chart)[0]!);
  }
  expect(dialogs).toBe(0);
});

for (const lang of LANGS) {
  test(`${lang}: embed pages step with buttons and arrow keys, open ?state= and follow ?theme=`, async ({ page }) => {
    for (const chart of CHART_IDS) {
      const states = statesOf(chart);
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      await page.goto(`${SITE}/${lang}/embed/${chart}/`);
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex, indexifembedded');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.topbar, .site-footer')).toHaveCount(0);
      const figure = page.locator('figure[data-chart]');
      await scripted(page);
      const prev = page.locator('[data-go="-1"]');
      const next = page.locator('[data-go="1"]');
      await expect(prev).toHaveAttribute('aria-disabled', 'true');
      // The first click is also the reader's first intent: it brings the live chart, which ends on
      // the state chosen (the build's picture of it stands in until then).
      await next.click();
      await expect(page.locator('svg.chart__svg--live')).toHaveCount(1);
      await expect(figure).toHaveAttribute('data-state', states[1]!);
      await expect(page.locator('[data-status]')).toContainText('2');
      await expect(page.locator('a[download][href$=".png"]')).toHaveAttribute('href', new RegExp(`/${states[1]}\\.png$`));
      await expect(page.locator('[data-story-link]')).toHaveAttribute('href', new RegExp(`#${chart}--${states[1]}$`));
      await page.keyboard.press('ArrowRight');
      await expect(figure).toHaveAttribute('data-state', states[2]!);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(figure).toHaveAttribute('data-state', states[0]!);
      await page.keyboard.press('ArrowLeft');
      await expect(figure).toHaveAttribute('data-state', states[0]!);

      const last = states.at(-1)!;
      await page.goto(`${SITE}/${lang}/embed/${chart}/?state=${last}&theme=dark`);
      await expect(figure).toHaveAttribute('data-state', last);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('html')).not.toHaveAttribute('data-pending', /.*/);
      await expect(next).toHaveAttribute('aria-disabled', 'true');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(22, 23, 26)');
    }
  });

  test(`${lang}: embed pages fit every width from 280 to 1200 px @host`, async ({ page }) => {
    for (const chart of CHART_IDS) {
      await page.goto(`${SITE}/${lang}/embed/${chart}/`);
      for (const width of [280, 360, 480, 560, 760, 1200]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !el.closest('.table-scroll, svg'));
          return { scroll: root.scrollWidth - root.clientWidth, wide: wide.map((el) => el.className || el.tagName).slice(0, 3) };
        });
        expect(overflow, `${chart} at ${width} px`).toEqual({ scroll: 0, wide: [] });
      }
    }
  });

  test(`${lang}: an unknown chart gets the site's 404 page`, async ({ page }) => {
    const res = await page.goto(`${SITE}/${lang}/embed/no-such-chart/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('[lang="zh-Hans"] h1')).toBeVisible();
    await expect(page.locator('[lang="en"] h2')).toBeVisible();
  });

  test(`${lang}: the embed page reports its height to its parent with the common message @host`, async ({ page }) => {
    const chart = CHART_IDS[0]!;
    await page.goto(`${HOST}/blank.html`);
    await page.evaluate(() => {
      (window as unknown as { got: unknown[] }).got = [];
      window.addEventListener('message', (e) => (window as unknown as { got: unknown[] }).got.push({ origin: e.origin, data: e.data }));
    });
    await paste(page, `<iframe src="${SITE}/${lang}/embed/${chart}/" title="t" width="100%" height="300"></iframe>`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { got: { origin: string; data: Record<string, Record<string, number>> }[] }).got.at(-1)))
      .toMatchObject({
        origin: SITE,
        // Keyed by the embed's own path and query (src/embed/message.ts), with named fields beside.
        data: {
          'datawrapper-height': { [`/${lang}/embed/${chart}/`]: expect.any(Number) },
          'story-chart': { chart, lang, state: statesOf(chart)[0], key: `/${lang}/embed/${chart}/`, height: expect.any(Number) },
        },
      });
  });
}

test('embed pages run under a strict CSP: scripts from our origin only, no style attributes', async ({ page }) => {
  await page.route(`${SITE}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; style-src-attr 'none'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors *" };
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(() => {
    (window as unknown as { csp: string[] }).csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const pending = watchRequests(page);
  for (const lang of LANGS) {
    for (const chart of CHART_IDS) {
      await page.goto(`${SITE}/${lang}/embed/${chart}/?state=${statesOf(chart)[1]}&theme=dark`);
      // The deep link's picture (fetched from /img/), then the live chart's code, under the policy.
      await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', statesOf(chart)[1]!);
      await page.locator('[data-go="1"]').click();
      await expect(page.locator('svg.chart__svg--live')).toHaveCount(1);
      await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', statesOf(chart)[2]!);
      expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp)).toEqual([]);
    }
    await page.goto(`${SITE}/${lang}/charts/`);
    await settled(page, pending);
    expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp)).toEqual([]);
  }
  // The browser's own favicon request can still be in the route when the test ends (a fresh-clone
  // run failed on it: "route.fetch: Test ended"); it is not one the page made.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('embed pages and galleries have no inline scripts, event handlers or style attributes in their markup', async ({ request }) => {
  const pages = [...LANGS.map((l) => `/${l}/charts/`), ...LANGS.flatMap((l) => CHART_IDS.map((c) => `/${l}/embed/${c}/`))];
  for (const path of pages) {
    const html = await (await request.get(`${SITE}${path}`)).text();
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toMatch(/\bsrc="\/|type="application\/json"/);
    expect(html, path).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(html, path).not.toMatch(/<[^>]+\sstyle=/i);
  }
});

test('without JavaScript an embed page shows its chart and no dead controls', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const chart of CHART_IDS) {
    await page.goto(`${SITE}/en/embed/${chart}/?state=${statesOf(chart)[1]}`);
    await expect(page.locator('.chart__frame svg:visible')).toHaveCount(1);
    await expect(page.locator('.embed-controls')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  }
  await ctx.close();
});

for (const lang of LANGS) {
  test(`${lang}: downloads hold the chart's values, oEmbed describes the embed`, async ({ page, request }) => {
    for (const chart of CHART_IDS) {
      await page.goto(`${SITE}/${lang}/embed/${chart}/`);
      // The CSV's numbers are checked against content/data/ in tests/e2e/data.spec.ts.
      const csvRes = await request.get(`${SITE}/data/${lang}/${chart}.csv`);
      expect(csvRes.status()).toBe(200);
      const bytes = await csvRes.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(rows[0]).toEqual(header([lang]));
      expect(rows.length).toBeGreaterThan(2);
      await expect(page.locator(`a[href="/data/${lang}/${chart}.csv"]`).first()).toBeAttached();

      for (const state of statesOf(chart)) {
        const png = await request.get(`${SITE}/img/${lang}/${chart}/${state}.png`);
        expect(png.status()).toBe(200);
        expect(png.headers()['content-type']).toBe('image/png');
        const buf = await png.body();
        expect(buf.subarray(1, 4).toString()).toBe('PNG');
        const svg = await request.get(`${SITE}/img/${lang}/${chart}/${state}.svg`);
        expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      }

      const link = page.locator('link[rel=alternate][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const oembed = await (await request.get(`${SITE}/${lang}/embed/${chart}/oembed.json`)).json();
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 640 });
      expect(oembed.html).toContain(`/${lang}/embed/${chart}/`);
      expect(oembed.height).toBeGreaterThan(300);
      expect(oembed.title).toBe(await page.locator('h1').textContent());
    }
  });
}

test('embed.js is small, self-contained and MIT-licensed', () => {
  const src = readFileSync(new URL('../../dist/embed.js', import.meta.url)); // built from src/embed/loader.ts
  const gz = gzipSync(src, { level: 9 });
  expect(gunzipSync(gz).length).toBe(src.length);
  expect(gz.length).toBeLessThanOrEqual(2048);
  expect(src.toString()).toMatch(/MIT/);
  expect(src.toString()).not.toMatch(/\bimport\b|\brequire\(/);
});
