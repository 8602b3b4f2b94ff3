// Bytes per route: every response a page receives in Chromium at phone size, gzip-compressed here
// (zlib, default level, like a static host), split by type. Two moments for pages: "initial" (after
// load, before any scroll: what arrives before the first graphic comes near) and "whole" (after
// scrolling slowly to the bottom: everything needed to read it all, every graphic included).
import { gz, sleep, withTimeout } from './util.mjs';

export const TYPES = ['html', 'css', 'js', 'fonts', 'images', 'other'];
export const VIEWPORT = { width: 390, height: 844 };

function category(resourceType, contentType, url) {
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || /javascript|ecmascript/.test(contentType)) return 'js';
  if (resourceType === 'font' || contentType.startsWith('font/') || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'fonts';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
  return 'other';
}

/** Inline <script> (code, not JSON data) and <style> inside an HTML document, gzip-compressed together. */
function inlineCode(html) {
  const scripts = [];
  const styles = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (m[2].trim()) scripts.push(m[2]);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (m[1].trim()) styles.push(m[1]);
  return {
    inlineJs: scripts.length ? gz(Buffer.from(scripts.join('\n'))) : 0,
    inlineJsCount: scripts.length,
    inlineCss: styles.length ? gz(Buffer.from(styles.join('\n'))) : 0,
  };
}

function sum(files, html) {
  const out = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const f of files) out[f.type] += f.gzip;
  out.total = TYPES.reduce((a, t) => a + out[t], 0);
  out.requests = files.length;
  Object.assign(out, html ? inlineCode(html) : { inlineJs: 0, inlineJsCount: 0, inlineCss: 0 });
  // JavaScript as the budgets count it: script files plus inline code (which also counts as HTML).
  out.jsAll = out.js + out.inlineJs;
  return out;
}

/** Resolves once no request has been in flight for `idle` ms (at most `max` ms). */
async function quiet(state, idle = 800, max = 15_000) {
  const end = Date.now() + max;
  let calm = 0;
  while (Date.now() < end) {
    if (state.inflight.size === 0 && state.pending.size === 0) {
      if ((calm += 100) >= idle) return;
    } else calm = 0;
    await sleep(100);
  }
}

/** Scrolls to the bottom a screen at a time, slowly enough for every lazy block to start loading. */
const scrollToBottom = (page) =>
  page.evaluate(async () => {
    const wait = (t) => new Promise((r) => setTimeout(r, t));
    const deadline = Date.now() + 120_000;
    let last = -1;
    while (Date.now() < deadline) {
      const max = document.documentElement.scrollHeight - innerHeight;
      if (scrollY >= max - 2) {
        if (last === max) break; // the page stopped growing
        last = max;
      }
      scrollBy({ top: Math.round(innerHeight * 0.9), behavior: 'instant' }); // not the page's smooth scrolling
      await wait(100);
    }
    await wait(300);
  });

export async function measurePage(browser, origin, path, { scroll = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 3, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const state = { phase: 'initial', inflight: new Set(), pending: new Set(), files: [], foreign: new Set(), failed: [], errors: [] };
  const phaseOf = new WeakMap();
  let documentHtml = '';

  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    phaseOf.set(req, state.phase);
    state.inflight.add(req);
    if (new URL(url).origin !== origin) state.foreign.add(url);
  });
  const done = (req) => state.inflight.delete(req);
  page.on('requestfinished', done);
  page.on('requestfailed', (req) => {
    done(req);
    state.failed.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
  });
  page.on('pageerror', (e) => state.errors.push(String(e.message ?? e)));
  page.on('response', (res) => {
    const req = res.request();
    const url = res.url();
    if (url.startsWith('data:') || (res.status() >= 300 && res.status() < 400)) return;
    const job = (async () => {
      const body = await res.body().catch(() => null);
      if (!body) return;
      const headers = res.headers();
      const type = category(req.resourceType(), headers['content-type'] ?? '', url);
      const isMain = req.frame() === page.mainFrame() && req.isNavigationRequest();
      if (isMain && type === 'html') documentHtml = body.toString('utf8');
      state.files.push({ url: url.startsWith(origin) ? url.slice(origin.length) : url, type, status: res.status(), phase: phaseOf.get(req) ?? state.phase, bytes: body.length, gzip: gz(body) });
    })();
    state.pending.add(job);
    job.finally(() => state.pending.delete(job));
  });

  try {
    const res = await page.goto(origin + path, { waitUntil: 'load', timeout: 30_000 });
    if (!res || res.status() >= 400) throw new Error(`${path} answered ${res?.status() ?? 'nothing'}`);
    await quiet(state);
    const firstChart = await page.evaluate(() => {
      const f = document.querySelector('[data-chart]');
      return f ? Math.round(f.getBoundingClientRect().top + scrollY) : null;
    });
    const initialFiles = state.files.filter((f) => f.phase === 'initial');
    const result = { path, firstChartY: firstChart, initial: sum(initialFiles, documentHtml) };
    if (scroll) {
      state.phase = 'scroll';
      await withTimeout(scrollToBottom(page), 150_000, `scrolling ${path}`);
      await quiet(state);
    }
    await Promise.allSettled([...state.pending]);
    result.whole = sum(state.files, documentHtml);
    result.files = state.files.sort((a, b) => b.gzip - a.gzip);
    result.foreign = [...state.foreign];
    result.failed = state.failed;
    result.errors = state.errors;
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/** A plain file (embed.js): fetched directly, not through a page. */
export async function measureFile(origin, path) {
  const r = await fetch(origin + path, { signal: AbortSignal.timeout(10_000) });
  if (!r.ok) throw new Error(`${path} answered ${r.status}`);
  const body = Buffer.from(await r.arrayBuffer());
  const type = category('other', r.headers.get('content-type') ?? '', path);
  const file = { url: path, type, status: r.status, phase: 'initial', bytes: body.length, gzip: gz(body) };
  const totals = sum([file], '');
  return { path, initial: totals, whole: totals, files: [file], foreign: [], failed: [], errors: [] };
}
