// An extension's main-thread time, read from a V8 CPU profile of the page (Chrome DevTools
// Protocol `Profiler`), never guessed from wall time. Content scripts run on the page's main thread
// in their own isolated world but in the page's V8 isolate, so the page target's profile holds them,
// and their frames carry the chrome-extension://<id>/ address of their script.
//
// A sample counts as the extension's when any frame of its stack lies in one of the extension's
// scripts, so the DOM work it asks for (querySelectorAll, appending nodes, style recalculation
// forced by a read) counts too: only counting samples whose top frame is extension code would
// miss most of what a content script costs. Garbage collection cannot be attributed to a script
// from the profile, so it counts as neither the extension's time nor script time (reported apart).
//
// A sample stands for the time until the next one, as in DevTools, but for at most MAX_SAMPLE_US:
// a longer gap means the operating system took the CPU from the renderer (or from the sampler), and
// charging those milliseconds to whatever function happened to be on the stack would turn a busy
// machine's noise into "extension time". On a quiet machine no gap comes near the cap.

import fs from 'node:fs';
import path from 'node:path';

/** Sampling period in microseconds: 0.1 ms, fine enough for a content script that runs < 1 ms. */
export const SAMPLING_INTERVAL_US = 100;
/** The most one sample may stand for (10 sampling periods): see above. */
export const MAX_SAMPLE_US = 10 * SAMPLING_INTERVAL_US;

/**
 * Starts a CPU profile of `page`. Returns `stop`, which ends it and resolves to the raw profile.
 * @param {import('playwright-core').Page} page
 */
export async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  return async function stop() {
    try {
      const { profile } = await cdp.send('Profiler.stop');
      return profile;
    } finally {
      await cdp.send('Profiler.disable').catch(() => {});
      await cdp.detach().catch(() => {});
    }
  };
}

/**
 * A profile's call tree: each node by id, and each node's parent (the root has none).
 * @param {any} profile
 * @returns {{ byId: Map<number, any>, parentOf: Map<number, number> }}
 */
export function profileTree(profile) {
  const byId = new Map(profile.nodes.map((/** @type {any} */ node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  return { byId, parentOf };
}

/**
 * Each sample of a profile with its time: sample i lasts until sample i+1 (timeDeltas[i] is the gap
 * before sample i), the last until endTime; `counted` is that gap capped at MAX_SAMPLE_US, the rest
 * being time the thread was not sampled.
 * @param {any} profile
 * @returns {Generator<{ node: number, t: number, gap: number, counted: number }>}
 */
export function* sampleSpans(profile) {
  const samples = profile.samples ?? [];
  let at = profile.startTime;
  const times = profile.timeDeltas.map((/** @type {number} */ delta) => (at += delta));
  for (let i = 0; i < samples.length; i++) {
    const gap = Math.max(0, (i + 1 < samples.length ? times[i + 1] : profile.endTime) - times[i]);
    yield { node: samples[i], t: times[i] ?? 0, gap, counted: Math.min(gap, MAX_SAMPLE_US) };
  }
}

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Splits a profile's time: the extension's (stack touches chrome-extension://<extensionId>/),
 * all script (any JavaScript on the stack, the extension's included), garbage collection, idle.
 * With `windows` (profile clock, µs: see pageClock), also the extension's time inside each window.
 * Throws when the profile holds no sample: then nothing was measured.
 * @param {any} profile @param {string} extensionId @param {{ fromUs: number, toUs: number }[]} [windows]
 */
export function summariseProfile(profile, extensionId, windows = []) {
  const samples = profile?.samples ?? [];
  if (samples.length === 0) throw new Error('the CPU profile holds no sample');
  const prefix = `chrome-extension://${extensionId}/`;
  const { byId, parentOf } = profileTree(profile);

  // Per node: which bucket a sample whose top frame is this node falls in. Memoised up the tree.
  const kind = new Map();
  const kindOf = (id) => {
    if (kind.has(id)) return kind.get(id);
    const node = byId.get(id);
    const { functionName, url } = node.callFrame;
    let result;
    if (url.startsWith(prefix)) result = 'extension';
    else if (!parentOf.has(id) || NOT_SCRIPT.has(functionName))
      result = functionName === '(garbage collector)' ? 'gc' : functionName === '(idle)' ? 'idle' : 'other';
    else {
      const up = kindOf(parentOf.get(id));
      // Under the root, a JavaScript frame that is not the extension's is page script.
      result = up === 'extension' ? 'extension' : 'script';
    }
    kind.set(id, result);
    return result;
  };

  const totals = { extension: 0, script: 0, gc: 0, idle: 0, other: 0 };
  const inWindows = windows.map(() => 0);
  let unsampled = 0;
  for (const { node, t, gap, counted } of sampleSpans(profile)) {
    const bucket = kindOf(node);
    totals[bucket] += counted;
    unsampled += gap - counted;
    if (bucket !== 'extension') continue;
    windows.forEach((w, k) => {
      if (t >= w.fromUs && t < w.toUs) inWindows[k] = (inWindows[k] ?? 0) + counted;
    });
  }
  const ms = (us) => us / 1000;
  const scriptMs = ms(totals.extension + totals.script);
  return {
    windowMs: ms(profile.endTime - profile.startTime),
    samples: samples.length,
    extensionMs: ms(totals.extension),
    scriptMs,
    /** The extension's share of all script time on the page, in percent (0 when no script ran). */
    extensionSharePct: scriptMs > 0 ? (100 * ms(totals.extension)) / scriptMs : 0,
    gcMs: ms(totals.gc),
    idleMs: ms(totals.idle),
    // (program): the renderer's own native work (style, layout, parsing, tasks) outside JavaScript.
    programMs: ms(totals.other),
    /** Time in gaps longer than MAX_SAMPLE_US, charged to nobody: high on a busy machine. */
    unsampledMs: ms(unsampled),
    /** The extension's time inside each of `windows`, in order. */
    windowsExtensionMs: inWindows.map(ms),
  };
}

/**
 * How to place the page's performance.now() on the profile's clock: a profile's timestamps are
 * Chromium's monotonic clock in µs, which on Linux is CLOCK_MONOTONIC, the clock of Node's
 * process.hrtime too. The page is asked for performance.now() a few times; the quickest round trip
 * gives the offset, to within half of it (about half a millisecond on an idle machine).
 * Returns `toProfileUs(pageMs)` and the round trip it rests on.
 * @param {import('playwright-core').Page} page
 */
export async function pageClock(page) {
  let best = { rttUs: Infinity, originUs: 0 };
  for (let i = 0; i < 5; i++) {
    const before = process.hrtime.bigint();
    const pageMs = await page.evaluate(() => performance.now());
    const after = process.hrtime.bigint();
    const rttUs = Number(after - before) / 1000;
    if (rttUs < best.rttUs) best = { rttUs, originUs: Number((before + after) / 2n) / 1000 - pageMs * 1000 };
  }
  const { originUs, rttUs } = best;
  return { rttUs, toProfileUs: (/** @type {number} */ pageMs) => originUs + pageMs * 1000 };
}

let kept = 0;
/**
 * With BENCH_PROFILES_DIR set, writes each raw profile there (`<n>-<extensionId>.cpuprofile`), for
 * `node bench/hot.mjs <dir>` to say where the extension's time went (or DevTools to open).
 * @param {any} profile @param {string} extensionId
 */
function keepProfile(profile, extensionId) {
  const dir = process.env.BENCH_PROFILES_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  kept += 1;
  fs.writeFileSync(path.join(dir, `${String(kept).padStart(3, '0')}-${extensionId}.cpuprofile`), JSON.stringify(profile));
}

/**
 * Profiles `page` while `work` runs, plus `settleMs` for work the extension does afterwards.
 * `windowsOf(value)`, if given, names windows of the profile (its clock, µs) to split the
 * extension's time by, once the work's value is known.
 * @template T
 * @param {import('playwright-core').Page} page @param {string} extensionId @param {() => Promise<T>} work @param {number} settleMs
 * @param {(value: T) => { fromUs: number, toUs: number }[]} [windowsOf]
 */
export async function profiled(page, extensionId, work, settleMs, windowsOf) {
  const stop = await startProfile(page);
  let value;
  try {
    value = await work();
    await page.waitForTimeout(settleMs);
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  const profile = await stop();
  keepProfile(profile, extensionId);
  return { value, cpu: summariseProfile(profile, extensionId, windowsOf?.(value)) };
}
