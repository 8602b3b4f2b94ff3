#!/usr/bin/env node
// `npm run bench`: builds the site, serves it (tests/serve.mjs behind a compression layer,
// lib/compress-proxy.mjs, as a static host would), and measures it in Chromium against the budgets
// of README.md#performance:
//   1. build time (astro build, always run first, into tests/bench/.report/dist);
//   2. bytes per route, gzip, by type: /zh/, /en/, /bilingual/, each embed page, /embed.js;
//   3. a scripted scroll through /zh/ and /en/: long tasks, blocking time, frames in transitions;
//   4. Lighthouse 13 (mobile, default throttling) on /zh/, /en/ and one embed page.
// Writes tests/bench/.report/report.json and report.md and prints the table. A missed budget is
// reported, never failed (machines here are noisy): the exit code is 0 unless the bench cannot run.
// Routes that are not built yet are listed as "missing". Options: see --help.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, HOW_TO_GET_ONE, findChromium } from '../browser.mjs';
import { measureFile, measurePage, VIEWPORT } from './lib/bytes.mjs';
import { routes as listRoutes } from './lib/routes.mjs';
import { markdown, rows } from './lib/report.mjs';
import { compressProxy } from './lib/compress-proxy.mjs';
import { HELP, build, checkInterrupted, cleanup, onCleanup, parseArgs, portFree, serve, withTimeout } from './lib/util.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const reportDir = join(root, 'tests/bench/.report');
const dist = join(reportDir, 'dist');
const started = performance.now();
const log = (...a) => console.log('bench:', ...a);

// What else the machine was doing: the 1-minute load average, sampled every 2 s, per phase. Time
// figures (build, scroll, Lighthouse) mean little when it is well above the number of cores; the
// report flags them (see busy() in lib/report.mjs).
const phases = {};
let phase = 'start';
const enter = (name) => {
  phase = name;
  phases[name] = { started: performance.now(), seconds: 0, load: [] };
};
const sampler = setInterval(() => phases[phase]?.load.push(loadavg()[0]), 2000);
sampler.unref();
const phaseSummary = () =>
  Object.fromEntries(
    Object.entries(phases).map(([k, v]) => [k, { seconds: +v.seconds.toFixed(1), load: v.load.length ? +(v.load.reduce((a, b) => a + b, 0) / v.load.length).toFixed(1) : +loadavg()[0].toFixed(1) }]),
  );
const leave = () => {
  if (phases[phase]) phases[phase].seconds = (performance.now() - phases[phase].started) / 1000;
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  Object.assign(options, options.fast ? { step: 360, interval: 100 } : { step: 120, interval: 100 });

  const chromePath = await findChromium();
  if (!chromePath) {
    console.error(HOW_TO_GET_ONE);
    return 1;
  }
  mkdirSync(reportDir, { recursive: true });

  // 1. Build.
  enter('build');
  let buildResult = { skipped: true };
  if (options.build) {
    log(`building (astro build → ${relative(root, dist)}/)…`);
    buildResult = await build(root, dist, join(reportDir, 'build.log'));
    if (!buildResult.ok) {
      console.error(`\nbench: the build failed after ${buildResult.seconds.toFixed(1)} s; nothing to measure. Last lines of tests/bench/.report/build.log:\n`);
      console.error(buildResult.tail.split('\n').slice(-25).join('\n'));
      return 1;
    }
    log(`built in ${buildResult.seconds.toFixed(1)} s`);
  } else if (!existsSync(join(dist, 'index.html')) && !existsSync(join(dist, '404.html'))) {
    console.error(`bench: --no-build, but there is no earlier bench build in ${relative(root, dist)}/. Run without --no-build.`);
    return 1;
  }

  leave();
  const routes = listRoutes(root, dist);
  const missing = routes.filter((r) => !r.exists).map((r) => r.path);
  if (missing.length) log(`not built (reported as missing): ${missing.join(', ')}`);

  // 2. Serve.
  checkInterrupted();
  // tests/serve.mjs, behind a compression layer as on a real static host (unless --no-compress).
  const server = await serve(root, dist, options.compress ? options.port + 10 : options.port);
  let front = null;
  if (options.compress) {
    let port = options.port;
    while (!(await portFree(port))) if (++port >= options.port + 10) throw new Error(`no free port in ${options.port}–${options.port + 9}`);
    front = await compressProxy(port, () => server.origin);
    onCleanup(() => front.close());
  }
  const pageOrigin = async () => {
    await server.ensure();
    return front ? front.origin : server.origin;
  };
  log(`serving ${relative(root, dist)}/ on ${front ? `${front.origin} (Brotli or gzip, in front of tests/serve.mjs on ${server.origin})` : server.origin}`);
  /** Runs a measurement; if the server went away meanwhile (it has happened), runs it once more. */
  const againstServer = async (what, fn) => {
    let result;
    let error;
    for (let attempt = 0; attempt < 2; attempt++) {
      const origin = await pageOrigin();
      const incidents = server.incidents.length;
      try {
        result = await fn(origin);
        error = undefined;
      } catch (e) {
        error = e;
      }
      if (server.incidents.length === incidents) break;
      if (attempt === 0) log(`${what}: the static server went away during the measurement; measuring again`);
    }
    if (error) throw error;
    return result;
  };

  // One Chromium for bytes and scrolling (a fresh context per page), launched again if it crashes.
  const { chromium } = await import('playwright-core');
  let browser = null;
  const getBrowser = async () => {
    if (browser?.isConnected()) return browser;
    if (browser) log('Chromium went away; launching it again');
    const b = await withTimeout(chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true, timeout: 30_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }), 45_000, 'launching Chromium');
    onCleanup(() => b.close());
    return (browser = b);
  };
  const chromiumVersion = `Chromium ${(await getBrowser()).version()}`;

  // 3. Bytes.
  enter('bytes');
  const bytes = {};
  for (const route of routes.filter((r) => r.exists)) {
    checkInterrupted();
    const t = performance.now();
    try {
      bytes[route.path] = await againstServer(`bytes ${route.path}`, async (origin) =>
        route.kind === 'script' ? measureFile(origin, route.path) : withTimeout(measurePage(await getBrowser(), origin, route.path), 240_000, `loading ${route.path}`),
      );
    } catch (e) {
      bytes[route.path] = { path: route.path, error: String(e.message ?? e) };
    }
    const m = bytes[route.path];
    log(`bytes ${route.path}: ${m.error ? `error: ${m.error}` : `${(m.whole.total / 1024).toFixed(1)} KB gzip, ${m.whole.requests} requests`} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }

  leave();

  // 4. Scroll.
  enter('scroll');
  const { scrollOnce } = await import('./lib/scroll.mjs');
  const scrollPages = routes.filter((r) => r.path === '/zh/' || r.path === '/en/');
  const scroll = {};
  if (options.scroll)
    for (const page of scrollPages.filter((p) => p.exists)) {
      checkInterrupted();
      log(`scrolling ${page.path} (${options.step} px every ${options.interval} ms)…`);
      try {
        scroll[page.path] = await againstServer(`scroll ${page.path}`, async (origin) => scrollOnce(await getBrowser(), origin, page.path, options));
        const m = scroll[page.path];
        log(`  ${m.px} px in ${m.seconds} s: ${m.longTasks} long tasks, ${m.stateChanges} chart state changes, ${m.transitionFrames} frames in transition`);
      } catch (e) {
        scroll[page.path] = { path: page.path, error: String(e.message ?? e) };
        log(`  error: ${scroll[page.path].error}`);
      }
    }
  await browser?.close().catch(() => {});
  leave();

  // 5. Lighthouse: the two story pages and one embed page (the first one built).
  const embeds = routes.filter((r) => r.kind === 'embed');
  const lighthousePages = [...scrollPages, embeds.find((r) => r.exists) ?? embeds[0] ?? { path: '/{lang}/embed/{chart}/', exists: false }];
  const lighthouse = {};
  enter('lighthouse');
  if (options.lighthouse) {
    const { measureLighthouse } = await import('./lib/lighthouse.mjs');
    for (const page of lighthousePages.filter((p) => p.exists)) {
      checkInterrupted();
      const t = performance.now();
      log(`Lighthouse ${page.path} (${options.runs} run${options.runs > 1 ? 's' : ''})…`);
      try {
        const name = page.path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root';
        lighthouse[page.path] = await againstServer(`Lighthouse ${page.path}`, (origin) => measureLighthouse(chromePath, origin, page.path, options.runs, reportDir, name));
        const m = lighthouse[page.path];
        log(`  ${Object.values(m.scores).join(' / ')}, LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
      } catch (e) {
        lighthouse[page.path] = { path: page.path, error: String(e.message ?? e) };
        log(`  error: ${lighthouse[page.path].error}`);
      }
    }
  }
  leave();
  await cleanup();

  // 6. Report.
  const lhVersion = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  const report = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model?.trim() ?? '?', node: process.versions.node, chromium: chromiumVersion, lighthouse: lhVersion, viewport: `${VIEWPORT.width}×${VIEWPORT.height}` },
    options,
    seconds: (performance.now() - started) / 1000,
    phases: phaseSummary(),
    incidents: server.incidents,
    build: buildResult.skipped ? { skipped: true } : { ok: buildResult.ok, seconds: +buildResult.seconds.toFixed(2) },
    routes,
    bytes,
    scroll,
    scrollPages,
    lighthouse,
    lighthousePages,
  };
  const list = rows(report);
  report.rows = list;
  report.missed = list.filter((x) => x.status === 'MISSED').map((x) => x.figure);
  report.missing = [...new Set(routes.filter((r) => !r.exists).map((r) => r.path))];
  const md = markdown(report, list);
  writeFileSync(join(reportDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(reportDir, 'report.md'), `${md}\n`);
  console.log(`\n${md}`);
  log(`report: tests/bench/.report/report.md and report.json (${report.missed.length} missed) in ${report.seconds.toFixed(0)} s`);
  return 0;
}

const watchdog = setTimeout(() => {
  console.error('bench: gave up after 40 minutes');
  cleanup().finally(() => process.exit(1));
}, 40 * 60_000);
watchdog.unref();

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e?.message === 'interrupted' ? 'bench: interrupted' : e?.usage ? `bench: ${e.message}` : `bench: ${e?.stack ?? e}`);
    await cleanup();
    process.exit(1);
  });
