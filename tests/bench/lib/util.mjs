// Small helpers shared by the benchmark: options, the build, the static server, cleanup, timeouts.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const gz = (buf) => gzipSync(buf).length;
export const kb = (bytes) => (bytes == null ? '—' : `${(bytes / KB).toFixed(1)} KB`);
export const ms = (n) => (n == null ? '—' : `${Math.round(n)} ms`);
export const sleep = (t) => new Promise((r) => setTimeout(r, t));
export const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** For scores: with an even number of runs, the lower of the two middle values (a score a run had). */
export const medianLow = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};
export const percentile = (xs, p) => {
  const v = [...xs].sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
};

/** Rejects after `t` ms with a message naming the step, so a hung browser never hangs the bench. */
export function withTimeout(promise, t, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(t / 1000)} s`)), t);
    }),
  ]);
}

export const HELP = `npm run bench [-- options]

Builds the site, serves it, and measures bytes, Lighthouse, scrolling and build time against the
budgets. Writes tests/bench/.report/report.json and report.md and prints the table. Budget misses
are reported, not failed: the exit code is 0 unless the bench itself cannot run.

  --runs N          Lighthouse runs per page; the median of each figure is kept (default 1)
  --fast            scroll 360 px every 100 ms instead of 120 px (reading pace)
  --no-build        measure the last bench build (tests/bench/.report/dist) without rebuilding
  --no-lighthouse   skip Lighthouse
  --no-scroll       skip the scripted scroll
  --port N          port the pages are served on (default 4395; the next free one if taken)
  --no-compress     serve without compression (tests/serve.mjs alone; static hosts do compress)
  --help            this text`;

export function parseArgs(argv) {
  const o = { runs: 1, fast: false, build: true, lighthouse: true, scroll: true, compress: true, port: 4395, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) throw Object.assign(new Error(`${a.split('=')[0]} needs a whole number`), { usage: true });
      return Number(v);
    };
    if (a === '--help' || a === '-h') o.help = true;
    else if (a.startsWith('--runs')) o.runs = Math.max(1, value());
    else if (a.startsWith('--port')) o.port = value();
    else if (a === '--fast') o.fast = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--no-scroll') o.scroll = false;
    else if (a === '--no-compress') o.compress = false;
    else throw Object.assign(new Error(`unknown option ${a}\n\n${HELP}`), { usage: true });
  }
  return o;
}

/** Things to undo on any exit: the server, browsers. Run once, in reverse order. */
const cleanups = [];
let cleaned = false;
/** Registers an undo; after cleanup has run (an interrupt), runs it at once instead. */
export const onCleanup = (fn) => {
  if (cleaned) void Promise.resolve().then(fn).catch(() => {});
  else cleanups.push(fn);
};
let cleaning = null;
/** Runs every undo once; every caller waits for the same run to finish. */
export function cleanup() {
  if (cleaning) return cleaning;
  cleaned = true;
  cleaning = (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await withTimeout(Promise.resolve().then(fn), 10_000, 'cleanup');
      } catch {
        /* best effort */
      }
    }
  })();
  return cleaning;
}
/** Set by Ctrl-C or a termination signal: the bench stops between steps. */
export let interrupted = false;
export function checkInterrupted() {
  if (interrupted) throw new Error('interrupted');
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) process.exit(130); // a second signal: leave now
    interrupted = true;
    console.error(`\nbench: ${sig}, shutting down…`);
    cleanup().finally(() => process.exit(130));
  });
}

/**
 * `astro build` into outDir (kept apart from dist/ so a bench never clobbers, or is clobbered by,
 * another build). Returns { ok, seconds, log }.
 */
export function build(root, outDir, logFile, timeoutMs = 300_000) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const astro = join(root, 'node_modules/astro/bin/astro.mjs');
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(logFile);
    let tail = '';
    const keep = (d) => {
      log.write(d);
      tail = (tail + d.toString()).slice(-6000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      tail += `\nbench: build timed out after ${timeoutMs / 1000} s`;
      child.kill('SIGTERM');
    }, timeoutMs);
    onCleanup(() => child.exitCode === null && child.kill('SIGTERM'));
    child.on('close', (code) => {
      clearTimeout(timer);
      log.end();
      resolve({ ok: code === 0, seconds: (performance.now() - t0) / 1000, tail });
    });
  });
}

export function portFree(port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/**
 * tests/serve.mjs on the first free port from `port`, as a child process. `ensure()` checks that it
 * still answers and starts it again (same port if free) if it died, noting why in `incidents`.
 */
export async function serve(root, dir, port) {
  const server = { origin: '', incidents: [], child: null };
  const start = async () => {
    let p = port;
    while (!(await portFree(p))) if (++p > port + 20) throw new Error(`no free port in ${port}–${port + 20}`);
    const child = spawn(process.execPath, [join(root, 'tests/serve.mjs'), dir, String(p)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
    child.on('exit', (code, signal) => {
      if (!stopping) server.incidents.push(`the static server on port ${p} exited (${signal ?? `code ${code}`})${err.trim() ? `: ${err.trim().split('\n').slice(-3).join(' ')}` : ''}`);
    });
    server.child = child;
    server.origin = `http://127.0.0.1:${p}`;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the static server exited: ${err.trim()}`);
      if (await answers(server.origin)) return;
      await sleep(150);
    }
    throw new Error(`the static server did not answer on ${server.origin} within 15 s`);
  };
  let stopping = false;
  onCleanup(
    () =>
      new Promise((resolve) => {
        stopping = true;
        const child = server.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  );
  server.ensure = async () => {
    const c = server.child;
    if (c && c.exitCode === null && c.signalCode === null && (await answers(server.origin))) return server.origin;
    if (c && c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    await start();
    server.incidents.push(`restarted the static server on ${server.origin}`);
    console.error(`bench: ${server.incidents.at(-2) ?? 'the static server stopped answering'}; restarted it on ${server.origin}`);
    return server.origin;
  };
  await start();
  return server;
}

async function answers(origin) {
  try {
    const r = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
    await r.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Chart ids known to the source tree (every src/charts/<id>/ with a states.ts), for the embed routes. */
export function chartIds(root) {
  const dir = join(root, 'src/charts');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'states.ts')))
    .map((d) => d.name)
    .sort();
}
