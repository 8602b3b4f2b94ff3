// Where Lighthouse's blocking time comes from, task by task. Lighthouse estimates TBT ("lantern")
// by replaying the page's dependency graph at 4× CPU (2× for tasks that lay out) and counting every
// simulated task that runs over 50 ms between its estimated FCP and TTI. FCP is estimated from a
// small part of that graph (the document, the first HTML parse, the first layout and the first
// paint), blocking time from all of it, so a task that ran before the real first paint can still
// count in full. The lantern modules below are the ones Lighthouse's own audits use; recomputing
// them on a run's artifacts gives back its figures, split by what the tasks were.
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';

const THRESHOLD = 50;

/** A simulated task's blocking time inside [from, to] (Lighthouse clips before it subtracts). */
function blockingIn(timing, from, to) {
  const length = Math.min(timing.endTime, to) - Math.max(timing.startTime, from);
  return length > THRESHOLD ? length - THRESHOLD : 0;
}

/** Whether a task ran an idle callback (the lazy layout's batches), to report them apart. */
const isIdleCallback = (node) => node.childEvents.some((e) => e.name === 'FireIdleCallback');

/**
 * Lighthouse's blocking time for one run, split into: tasks that started before the page's real first
 * contentful paint (parsing, the first layouts), idle callbacks, and other tasks after it.
 * @param {object} lhr   the run's report (for its settings)
 * @param {object} artifacts  the run's artifacts (trace and devtools log)
 * @returns {Promise<{total: number, beforePaint: number, idle: number, other: number, firstLayout: number | null, biggestBeforePaint: number | null}>}
 *   ms at Lighthouse's slowdown, except `firstLayout` and `biggestBeforePaint`: the observed duration
 *   (ms, unthrottled) of the task Lighthouse takes as the first layout and of the longest task before
 *   the real first paint.
 */
export async function blockingBySource(lhr, artifacts) {
  const context = { settings: lhr.configSettings, computedCache: new Map() };
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
    HostDPR: artifacts.HostDPR,
    simulator: null,
  };
  const fcp = await LanternFirstContentfulPaint.request(data, context);
  const tti = await LanternInteractive.request(data, context);
  const tbt = await LanternTotalBlockingTime.request(data, context);
  // Lighthouse averages two estimates; each pairs one FCP estimate with the other TTI estimate.
  const windows = [
    [fcp.pessimisticEstimate.timeInMs, tti.optimisticEstimate.timeInMs],
    [fcp.optimisticEstimate.timeInMs, tti.pessimisticEstimate.timeInMs],
  ];
  const paintEvent = artifacts.Trace.traceEvents.filter((e) => e.name === 'firstContentfulPaint').sort((a, b) => a.ts - b.ts)[0];
  const paintedAt = paintEvent?.ts ?? Infinity;
  const sums = { beforePaint: 0, idle: 0, other: 0 };
  let biggestBeforePaint = 0;
  const cpu = [...tbt.pessimisticEstimate.nodeTimings].filter(([node]) => node.type === 'cpu');
  for (const [node, timing] of cpu) {
    const before = node.startTime < paintedAt;
    if (before) biggestBeforePaint = Math.max(biggestBeforePaint, (node.endTime - node.startTime) / 1000);
    const ms = windows.reduce((sum, [from, to]) => sum + blockingIn(timing, from, to), 0) / windows.length;
    sums[before ? 'beforePaint' : isIdleCallback(node) ? 'idle' : 'other'] += ms;
  }
  const firstLayout = cpu.map(([node]) => node).filter((n) => n.startTime < paintedAt && n.didPerformLayout()).sort((a, b) => a.startTime - b.startTime)[0];
  const round = (v) => Math.round(v);
  return {
    total: round(sums.beforePaint + sums.idle + sums.other),
    beforePaint: round(sums.beforePaint),
    idle: round(sums.idle),
    other: round(sums.other),
    firstLayout: firstLayout ? round((firstLayout.endTime - firstLayout.startTime) / 1000) : null,
    biggestBeforePaint: paintEvent ? round(biggestBeforePaint) : null,
  };
}
