// Lighthouse 13 with its defaults: mobile form factor, simulated throttling (slow 4G, 4× CPU).
// Each run gets a fresh headless Chromium (chrome-launcher, Lighthouse's own launcher). The full
// report of the last run of each page is kept next to the bench report for reading the details.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../browser.mjs';
import { blockingBySource } from './blocking.mjs';
import { median, medianLow, onCleanup, withTimeout } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits that cost points in a category, for the "why" of a score under 100. */
function failing(lhr, category) {
  const cat = lhr.categories[category];
  if (!cat) return [];
  return cat.auditRefs
    .filter((r) => r.weight > 0)
    .map((r) => lhr.audits[r.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      value: a.displayValue ?? '',
      // The elements an accessibility or SEO audit failed on (selectors), to find them again.
      nodes: (a.details?.items ?? []).map((i) => i.node?.selector).filter(Boolean).slice(0, 3),
    }));
}

/** Bytes of the page itself as Lighthouse fetched it (compressed body and response headers): what its
 *  simulated network downloads before the page can paint. */
const documentBytes = (lhr) => lhr.audits['network-requests']?.details?.items?.find((i) => i.resourceType === 'Document')?.transferSize ?? null;

/** The LCP element (Lighthouse 13: a node item of the lcp-breakdown insight) and the LCP phases. */
function lcpElement(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.find((i) => i.type === 'node') ?? items.flatMap((i) => i.items ?? []).find((i) => i.node)?.node;
  const phases = items.find((i) => i.type === 'table')?.items ?? [];
  if (!node) return null;
  return { selector: node.selector ?? '', label: (node.nodeLabel ?? '').slice(0, 40), phases: Object.fromEntries(phases.map((p) => [p.subpart, Math.round(p.duration)])) };
}

async function runOnce(chromePath, url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent', handleSIGINT: false });
  const kill = () => {
    try {
      chrome.kill();
    } catch {
      /* already gone */
    }
  };
  onCleanup(kill);
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result?.lhr) throw new Error('Lighthouse returned no report');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const num = (id) => lhr.audits[id]?.numericValue ?? null;
    // A diagnosis, not a figure with a budget: a failure here must not cost the run its scores.
    const blocking = await blockingBySource(lhr, result.artifacts).catch((e) => ({ error: e.message }));
    return {
      lhr,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcp: num('first-contentful-paint'),
      document: documentBytes(lhr),
      warnings: lhr.runWarnings ?? [],
      // Where the main thread went (ms, as Lighthouse reports it under its CPU slowdown).
      mainThread: Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.groupLabel, Math.round(i.duration)])),
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((i) => ({ url: i.url, duration: Math.round(i.duration), start: Math.round(i.startTime) })),
      lcpElement: lcpElement(lhr),
      blocking,
    };
  } finally {
    kill();
  }
}

export async function measureLighthouse(chromePath, origin, path, runs, reportDir, name) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await withTimeout(runOnce(chromePath, origin + path), 240_000, `Lighthouse on ${path}`));
  const last = results.at(-1);
  writeFileSync(join(reportDir, `lighthouse-${name}.json`), JSON.stringify(last.lhr));
  return {
    path,
    runs,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, medianLow(results.map((r) => r.scores[c]))])),
    lcp: median(results.map((r) => r.lcp)),
    tbt: median(results.map((r) => r.tbt)),
    cls: median(results.map((r) => r.cls)),
    fcp: median(results.map((r) => r.fcp)),
    document: last.document,
    // Every run's figures too: a median can hide one bad run, and the table shows them.
    // A run's lost audits too, for every category it scored under 100 in: the full report is kept
    // for the last run only, and a bad run the median hides would otherwise leave no trace.
    each: results.map((r) => ({
      scores: r.scores,
      lcp: r.lcp,
      tbt: r.tbt,
      cls: r.cls,
      blocking: r.blocking,
      lost: Object.fromEntries(CATEGORIES.filter((c) => r.scores[c] != null && r.scores[c] < 100).map((c) => [c, failing(r.lhr, c)])),
    })),
    lost: Object.fromEntries(CATEGORIES.map((c) => [c, failing(last.lhr, c)])),
    warnings: last.warnings,
    mainThread: last.mainThread,
    longTasks: last.longTasks,
    lcpElement: last.lcpElement,
    report: `lighthouse-${name}.json`,
  };
}
