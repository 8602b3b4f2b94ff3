// The budgets, each measured figure set against its budget, and the report: Markdown tables and the
// reasons behind each miss (the biggest files, the audits that cost points, the slowest frames).
import { TYPES } from './bytes.mjs';
import { KB, kb, ms } from './util.mjs';

/** The budgets (README "Performance"). Sizes are gzip, 1 KB = 1024 bytes. The script budgets make
 *  room for d3-selection, d3-transition and d3-scale, which draw the live charts. */
export const BUDGETS = {
  buildSeconds: 30,
  storyHtml: 100 * KB,
  storyJsInitial: 8 * KB,
  storyJsWhole: 40 * KB,
  embedJs: 25 * KB,
  embedScript: 2 * KB,
  fontsPerPage: 60 * KB,
  lighthouseScore: 100,
  /** The story page as Lighthouse fetches it (Brotli body and headers), bytes: what its simulated
   *  slow 4G (150 ms round trips) delivers by the end of the second round trip, 10 then 20 segments
   *  of 1,460 bytes. A byte more and the page waits for a third: 150 ms more FCP and LCP. */
  storyDocumentBytes: 43_800,
  lcpMs: 1500,
  tbtMs: 0,
  cls: 0,
  scrollLongTasks: 0,
  scrollTbtMs: 0,
  scriptPerFrameMs: 8,
};

const LH_NAMES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };

/**
 * A row: figure | measured | budget | status. status is 'ok', 'MISSED', 'missing' (route not built),
 * 'error' (could not be measured), 'skipped' (option) or '' (a figure shown for information).
 */
function row(figure, value, text, budgetText, pass) {
  let status = '';
  if (value === 'missing') status = 'missing';
  else if (value === 'error') status = 'error';
  else if (value === 'skipped') status = 'skipped';
  else if (pass !== undefined) status = pass ? 'ok' : 'MISSED';
  const measured = typeof value === 'string' && ['missing', 'error', 'skipped'].includes(value) ? value : text;
  return { figure, measured, budget: budgetText, status, value: typeof value === 'number' ? value : null };
}

/** A Lighthouse audit that cost points, in words: its id, its value and the elements it failed on. */
const auditText = (a) => `${a.id}${a.value ? ` (${a.value})` : ''}${a.nodes?.length ? ` on ${a.nodes.map((n) => `\`${n}\``).join(', ')}` : ''}`;

/** One run's blocking time split by source (lib/blocking.mjs), in words. */
function blockingText(b) {
  if (!b) return 'not measured';
  if (b.error) return `not measured (${b.error})`;
  return `${b.total} ms = ${b.beforePaint} before the first paint (its longest task ${b.biggestBeforePaint} ms unthrottled; the first layout Lighthouse sees, ${b.firstLayout} ms) + ${b.idle} in idle callbacks + ${b.other} other`;
}

export function rows(r) {
  const B = BUDGETS;
  const out = [];
  const build = r.build;
  out.push(build.skipped ? row('build time (astro build)', 'skipped', '', `≤ ${B.buildSeconds} s`) : row('build time (astro build)', build.seconds, `${build.seconds.toFixed(1)} s`, `≤ ${B.buildSeconds} s`, build.ok && build.seconds <= B.buildSeconds));

  for (const route of r.routes) {
    const m = r.bytes[route.path];
    const state = !route.exists ? 'missing' : m?.error ? 'error' : null;
    const size = (fig, get, budget, budgetText = `≤ ${kb(budget)}`) => {
      if (state) return out.push(row(fig, state, '', budgetText));
      const v = get(m);
      out.push(row(fig, v, kb(v), budgetText, v <= budget));
    };
    if (route.kind === 'story') {
      size(`${route.path} HTML`, (x) => x.initial.html, B.storyHtml);
      size(`${route.path} JS before the first graphic`, (x) => x.initial.jsAll, B.storyJsInitial);
      size(`${route.path} JS, whole story`, (x) => x.whole.jsAll, B.storyJsWhole);
      size(`${route.path} web fonts`, (x) => x.whole.fonts, B.fontsPerPage, `≤ ${kb(B.fontsPerPage)} or none`);
    } else if (route.kind === 'embed') {
      size(`${route.path} JS`, (x) => x.whole.jsAll, B.embedJs);
      size(`${route.path} web fonts`, (x) => x.whole.fonts, B.fontsPerPage, `≤ ${kb(B.fontsPerPage)} or none`);
    } else size(`${route.path}`, (x) => x.whole.js, B.embedScript);
  }
  const measured = Object.values(r.bytes).filter((m) => m && !m.error);
  const foreign = [...new Set(measured.flatMap((m) => m.foreign ?? []))];
  out.push(row('requests to other origins (all routes)', foreign.length, String(foreign.length), '0', foreign.length === 0));

  for (const page of r.lighthousePages) {
    const m = r.lighthouse[page.path];
    const state = r.options.lighthouse === false ? 'skipped' : !page.exists ? 'missing' : !m || m.error ? 'error' : null;
    const at = `Lighthouse ${page.path}`;
    for (const c of Object.keys(LH_NAMES)) {
      if (state) out.push(row(`${at} ${LH_NAMES[c]}`, state, '', String(B.lighthouseScore)));
      else {
        const each = m.each?.length > 1 ? ` (runs: ${m.each.map((x) => x.scores[c] ?? '—').join(', ')})` : '';
        out.push(row(`${at} ${LH_NAMES[c]}`, m.scores[c], `${m.scores[c] ?? '—'}${each}`, String(B.lighthouseScore), m.scores[c] === B.lighthouseScore));
      }
    }
    if (page.kind === 'story') {
      const budget = `≤ ${B.storyDocumentBytes.toLocaleString('en')} bytes`;
      if (state || m.document == null) out.push(row(`${at} HTML as fetched (body + headers)`, state ?? 'error', '', budget));
      else out.push(row(`${at} HTML as fetched (body + headers)`, m.document, `${m.document.toLocaleString('en')} bytes`, budget, m.document <= B.storyDocumentBytes));
    }
    if (state) {
      for (const [f, b] of [['LCP', `≤ ${(B.lcpMs / 1000).toFixed(1)} s`], ['TBT', `${B.tbtMs} ms`], ['CLS', String(B.cls)]]) out.push(row(`${at} ${f}`, state, '', b));
      continue;
    }
    // With several runs the median is judged, and every run is shown beside it.
    const runs = (fmt) => (m.each?.length > 1 ? ` (runs: ${m.each.map(fmt).join(', ')})` : '');
    const seconds = (v) => (v / 1000).toFixed(2);
    out.push(row(`${at} LCP`, m.lcp, `${seconds(m.lcp)} s${runs((x) => seconds(x.lcp))}`, `≤ ${(B.lcpMs / 1000).toFixed(1)} s`, m.lcp <= B.lcpMs));
    out.push(row(`${at} TBT`, m.tbt, `${ms(m.tbt)}${runs((x) => Math.round(x.tbt))}`, `${B.tbtMs} ms`, Math.round(m.tbt) <= B.tbtMs));
    // CLS as Lighthouse shows it, to three decimals.
    const cls = Math.round(m.cls * 1000) / 1000;
    out.push(row(`${at} CLS`, m.cls, cls.toFixed(3), String(B.cls), cls <= B.cls));
  }

  for (const page of r.scrollPages) {
    const m = r.scroll[page.path];
    const state = r.options.scroll === false ? 'skipped' : !page.exists ? 'missing' : !m || m.error ? 'error' : null;
    const at = `scroll ${page.path}`;
    if (state) {
      for (const [f, b] of [['long tasks (> 50 ms)', String(B.scrollLongTasks)], ['blocking time', `${B.scrollTbtMs} ms`], ['script per transition frame (max)', `≤ ${B.scriptPerFrameMs} ms`], ['dropped frames in transitions', '—']]) out.push(row(`${at}: ${f}`, state, '', b));
      continue;
    }
    out.push(row(`${at}: long tasks (> 50 ms)`, m.longTasks, m.longTasks ? `${m.longTasks} (longest ${m.longTaskMax} ms)` : '0', String(B.scrollLongTasks), m.longTasks <= B.scrollLongTasks));
    out.push(row(`${at}: blocking time`, m.tbt, ms(m.tbt), `${B.scrollTbtMs} ms`, m.tbt <= B.scrollTbtMs));
    if (m.scriptPerFrame) {
      const s = m.scriptPerFrame;
      out.push(row(`${at}: script per transition frame (max)`, s.max, `${s.max.toFixed(1)} ms (p95 ${s.p95.toFixed(1)}; ${s.over8} of ${m.transitionFrames} frames > 8)`, `≤ ${B.scriptPerFrameMs} ms`, s.max <= B.scriptPerFrameMs));
      out.push(row(`${at}: dropped frames in transitions`, m.droppedShare, `${(m.droppedShare * 100).toFixed(1)} % (${m.droppedTransitionFrames} of ${m.transitionFrames + m.droppedTransitionFrames})`, '—'));
    } else {
      out.push(row(`${at}: script per transition frame (max)`, 0, 'no transition seen', `≤ ${B.scriptPerFrameMs} ms`));
      out.push(row(`${at}: dropped frames in transitions`, 0, 'no transition seen', '—'));
    }
  }
  return out;
}

const table = (head, body) => [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function summaryTable(list) {
  return table(['figure', 'measured', 'budget', 'ok/MISSED'], list.map((x) => [x.figure, x.measured, x.budget, x.status === 'MISSED' ? '**MISSED**' : x.status || '—']));
}

export function bytesTable(r) {
  const body = [];
  for (const route of r.routes) {
    const m = r.bytes[route.path];
    if (!route.exists || !m || m.error) {
      body.push([route.path, route.exists ? 'error' : 'missing', ...TYPES.map(() => ''), '', '']);
      continue;
    }
    const phases = route.kind === 'story' ? [['before scroll', m.initial], ['whole story', m.whole]] : [[route.kind === 'script' ? 'file' : 'loaded', m.whole]];
    for (const [name, p] of phases) body.push([route.path, name, ...TYPES.map((t) => (t === 'js' && p.inlineJs ? `${kb(p.js)} + ${kb(p.inlineJs)} inline` : kb(p[t]))), kb(p.total), String(p.requests)]);
  }
  return table(['route', 'when', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'requests'], body);
}

const PHASE_NAMES = { build: 'build', bytes: 'bytes', scroll: 'scroll', lighthouse: 'Lighthouse' };
function phaseLine(r) {
  const parts = Object.entries(r.phases ?? {}).map(([k, v]) => `${PHASE_NAMES[k] ?? k} ${v.seconds.toFixed(0)} s (load ${v.load})`);
  return parts.length ? `Phases: ${parts.join(' · ')}` : '';
}
/**
 * The highest load average of the timed phases when the machine was busier than the bench makes it
 * on its own (the build and Chromium keep about two cores busy): above twice the number of cores.
 */
export function busy(r) {
  const max = Math.max(0, ...['build', 'scroll', 'lighthouse'].map((k) => r.phases?.[k]?.load ?? 0));
  return max > 2 * r.machine.cpus ? max : 0;
}

/** The reasons behind the misses, as Markdown bullet lists. */
export function reasons(r, list) {
  const out = [];
  const missed = list.filter((x) => x.status === 'MISSED');
  for (const route of r.routes) {
    const m = r.bytes[route.path];
    if (!m || m.error) continue;
    const jsMissed = missed.some((x) => x.figure.startsWith(`${route.path} JS`) || x.figure === route.path);
    if (jsMissed) {
      const files = m.files.filter((f) => f.type === 'js');
      out.push(`- ${route.path} JS files (gzip, largest first): ${files.map((f) => `${f.url} ${kb(f.gzip)}${route.kind === 'story' ? ` (${f.phase === 'initial' ? 'before scroll' : 'on scroll'})` : ''}`).join('; ') || 'none'}${m.initial.inlineJs ? `; inline scripts ${kb(m.initial.inlineJs)}` : ''}.`);
    }
    if (missed.some((x) => x.figure === `${route.path} HTML`)) out.push(`- ${route.path} HTML is ${kb(m.initial.html)} gzip (${kb(m.files.find((f) => f.type === 'html')?.bytes)} raw), of which inline CSS ${kb(m.initial.inlineCss)}, inline JS ${kb(m.initial.inlineJs)}.`);
    if (missed.some((x) => x.figure === `${route.path} web fonts`)) out.push(`- ${route.path} fonts: ${m.files.filter((f) => f.type === 'fonts').map((f) => `${f.url} ${kb(f.gzip)}`).join('; ')}.`);
    if (m.foreign?.length) out.push(`- ${route.path} requests other origins: ${m.foreign.join(', ')}.`);
    if (m.failed?.length) out.push(`- ${route.path} failed requests: ${m.failed.join(', ')}.`);
    if (m.errors?.length) out.push(`- ${route.path} page errors: ${m.errors.join(' | ')}.`);
  }
  for (const [path, m] of Object.entries(r.lighthouse)) {
    if (m.error) {
      out.push(`- Lighthouse ${path} could not run: ${m.error}`);
      continue;
    }
    for (const [c, audits] of Object.entries(m.lost)) {
      if (!audits.length || m.scores[c] >= BUDGETS.lighthouseScore) continue;
      // Embed pages are noindex on purpose (a chart alone should not compete with the story in
      // search; indexifembedded lets it count on the pages that frame it); Lighthouse counts any
      // noindex against SEO. Said plainly rather than hidden.
      const noindex = audits.some((a) => a.id === 'is-crawlable') && path.includes('/embed/')
        ? ` The page is \`noindex\` by design (embed pages must not compete with the story in search, and are indexed only as part of the pages that embed them: \`indexifembedded\`)${audits.length === 1 ? '; every other SEO audit passes' : ''}.`
        : '';
      out.push(`- Lighthouse ${path} ${LH_NAMES[c]} ${m.scores[c]}: ${audits.map(auditText).join(', ')}.${noindex}`);
    }
    // Runs under 100 in a category whose median is 100: what the median hides.
    for (const c of Object.keys(LH_NAMES)) {
      if (m.scores[c] < BUDGETS.lighthouseScore || !(m.each?.length > 1)) continue;
      m.each.forEach((e, i) => {
        const audits = e.lost?.[c];
        if (!audits) return;
        out.push(`- Lighthouse ${path} ${LH_NAMES[c]}, run ${i + 1} of ${m.each.length}: ${e.scores[c]}: ${audits.map(auditText).join(', ') || 'no audit named'}.`);
      });
    }
    if (m.lcp > BUDGETS.lcpMs) out.push(`- Lighthouse ${path} LCP ${(m.lcp / 1000).toFixed(2)} s (FCP ${(m.fcp / 1000).toFixed(2)} s) under simulated slow 4G and 4× CPU; LCP element ${m.lcpElement ? `\`${m.lcpElement.selector}\` (${Object.entries(m.lcpElement.phases).map(([k, v]) => `${k} ${v} ms`).join(', ')})` : 'not reported'}.`);
    if (Math.round(m.tbt) > BUDGETS.tbtMs || m.lcp > BUDGETS.lcpMs)
      out.push(`- Lighthouse ${path} main thread (4× slowdown): ${Object.entries(m.mainThread ?? {}).map(([k, v]) => `${k} ${v} ms`).join(', ')}; long tasks: ${(m.longTasks ?? []).map((t) => `${t.duration} ms (${t.url.replace(/^https?:\/\/[^/]+/, '')})`).join(', ') || 'none'}. Full report: tests/bench/.report/${m.report}.`);
    if (Math.round(m.tbt) > BUDGETS.tbtMs) out.push(`- Lighthouse ${path} blocking time by source, each run (Lighthouse's own simulation, recomputed; see lib/blocking.mjs): ${(m.each ?? []).map((e) => blockingText(e.blocking)).join('; ')}.`);
  }
  for (const [path, m] of Object.entries(r.scroll)) {
    if (m.error) {
      out.push(`- scroll ${path} could not run: ${m.error}`);
      continue;
    }
    if (m.longTasks) out.push(`- scroll ${path}: ${m.longTasks} long task(s), longest ${m.longTaskMax} ms. Longest animation frames: ${m.longAnimationFrames.map((l) => `${l.duration} ms at +${l.at} ms [rendering ${l.render} ms, of which style/layout ${l.styleLayout} ms; scripts: ${l.scripts.map((s) => `${s.invoker || s.fn || '?'} ${s.duration} ms${s.layout >= 1 ? ` (of which forced style/layout ${Math.round(s.layout)} ms)` : ''}${s.src ? ` in ${s.src.replace(/^https?:\/\/[^/]+/, '')}` : ''}`).join(', ') || 'none'}]`).join('; ')}.`);
    if (m.scriptPerFrame && m.scriptPerFrame.max > BUDGETS.scriptPerFrameMs) out.push(`- scroll ${path}: heaviest transition frames: ${m.worstFrames.map((f) => `${f.script} ms of script at +${f.at} ms (${Object.entries(f.kinds).map(([k, v]) => `${k} ${v} ms`).join(', ')}; frame took ${f.interval} ms)`).join('; ')}.`);
    if (m.errors?.length) out.push(`- scroll ${path} page errors: ${m.errors.join(' | ')}.`);
  }
  return out;
}

export function markdown(r, list) {
  const missed = list.filter((x) => x.status === 'MISSED');
  const missing = list.filter((x) => x.status === 'missing');
  const errors = list.filter((x) => x.status === 'error');
  const why = reasons(r, list);
  return [
    `# Performance report`,
    ``,
    `${r.date} · ${r.machine.cpus} × ${r.machine.cpu} · Node ${r.machine.node} · ${r.machine.chromium} · Lighthouse ${r.machine.lighthouse} (mobile, simulated throttling, ${r.options.runs} run${r.options.runs > 1 ? 's, median' : ''}) · scroll ${r.options.step} px every ${r.options.interval} ms at ${r.machine.viewport} · served ${r.options.compress ? 'with Brotli, quality 5 (gzip to a client without it), compressed once per file' : 'uncompressed (--no-compress)'} · bench took ${r.seconds.toFixed(0)} s`,
    ``,
    phaseLine(r),
    ...(r.incidents?.length ? [``, `> **Incidents:** ${r.incidents.join('; ')}; a measurement running at the time was repeated.`] : []),
    ...(busy(r) ? [``, `> **The machine was busy** (1-minute load average up to ${busy(r)} on ${r.machine.cpus} cores while measuring): the time figures (build, scroll, Lighthouse LCP/TBT) are inflated by other processes. Run again on a quiet machine before acting on them; the byte figures are exact either way.`] : []),
    ``,
    summaryTable(list),
    ``,
    `**${missed.length ? `${missed.length} budget${missed.length > 1 ? 's' : ''} missed` : 'All budgets met'}**${missing.length ? `; ${missing.length} figure${missing.length > 1 ? 's' : ''} for routes not built yet (missing)` : ''}${errors.length ? `; ${errors.length} could not be measured (error)` : ''}.`,
    ``,
    `## Bytes per route (gzip)`,
    ``,
    bytesTable(r),
    ``,
    ...(why.length ? [`## Why`, ``, ...why, ``] : []),
  ].join('\n');
}
