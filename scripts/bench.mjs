#!/usr/bin/env node
// `npm run bench`: how much Know & Trust costs LinkedIn's pages, measured in a real headless
// Chromium beside two extensions of our own: the floor script (bench/floor-extension: the cheapest
// reasonable script for the same job) and a naive reference (bench/reference-extension: one
// MutationObserver on the whole document that rescans it on every batch, as common LinkedIn
// userscripts do). Each page scenario runs Know & Trust, the floor, the reference, Know & Trust
// again…, several times; medians are reported, with Know & Trust ÷ floor. Extension time is read
// from CPU profiles (bench/profile.mjs) and, for a page load, a trace (bench/trace.mjs), never
// from wall time. The targets (bench/targets.mjs) are printed PASS or FAIL, never asserted.
//
//   npm run bench                    full run: 10 to 3,000 invitations, lazy loading to 1,000, storms of 10,000, the feed's load
//   npm run bench -- --quick         what CI runs (also BENCH_QUICK=1): smaller sizes, one repetition
//   npm run bench -- --reps 3        another number of repetitions
//   npm run bench -- --only list-1000,feed-load   only the scenarios whose id starts with one of these
//                                    (ids: list-N, lazy-N, storm-feed-N, storm-invitations-N-M, feed-load, profile-load, popup)
//
// Prints a table and the targets, writes bench/results.json (not committed). Exits non-zero only
// when something could not be measured (no Chromium, a badge that never came, an empty profile),
// never for slowness.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, REPO_ROOT, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const repsFlag = args.indexOf('--reps');
const repetitions = repsFlag >= 0 ? Number(args[repsFlag + 1]) : quick ? 1 : 5;
if (!Number.isInteger(repetitions) || repetitions < 1) {
  console.error('--reps needs a whole number of at least 1');
  process.exit(2);
}
const onlyFlag = args.indexOf('--only');
const only = onlyFlag >= 0 ? (args[onlyFlag + 1] ?? '').split(',').filter(Boolean) : null;
if (only?.length === 0) {
  console.error('--only needs scenario ids, e.g. --only list-1000,feed-load');
  process.exit(2);
}
const wanted = (id) => only === null || only.some((prefix) => id.startsWith(prefix));

// The sizes the targets are set at (bench/targets.mjs); quick mode keeps every kind of scenario but
// makes each small (lazy loading keeps 10 batches: one per tenth).
const PLAN = quick
  ? { lists: [10, 100], lazyTo: 100, storm: 1_000, stormBeside: 100 }
  : { lists: [10, 100, 1_000, 3_000], lazyTo: 1_000, storm: 10_000, stormBeside: 1_000 };
const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results.json');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`bench: cannot measure: ${message}`);
  process.exit(1);
}

const chromiumPath =
  (() => {
    try {
      return findChromium();
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  })() ?? fail('no Chromium found (`sudo apt-get install chromium`, or KNOW_TRUST_CHROMIUM=/path/to/chromium)');

if (!fs.existsSync(path.join(REPO_ROOT, 'node_modules'))) fail('no node_modules: run `npm ci` first');
// Always the current sources: a stale dist/ would measure code that is not there any more.
const built = spawnSync(process.execPath, ['build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
if (built.status !== 0) fail('`node build.mjs` failed');
// Measured from a copy: anything else that builds meanwhile (the tests do) rewrites dist/ while
// the browsers still load files from it (a script injected with scripting.executeScript is read
// when it is injected). bench/browser.mjs loads Know & Trust from here; removed on exit.
const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'know-trust-bench-'));
process.on('exit', () => fs.rmSync(snapshot, { recursive: true, force: true }));
const OURS_DIR = path.join(snapshot, 'chrome');
fs.cpSync(EXTENSION_DIR, OURS_DIR, { recursive: true });
if (!fs.existsSync(path.join(OURS_DIR, 'manifest.json'))) fail(`no manifest.json in ${EXTENSION_DIR} after the build`);
process.env.KNOW_TRUST_BENCH_EXTENSION = OURS_DIR;

// Imported only now: they need node_modules and (for the bundle sizes) the fresh build.
const { EXTENSIONS, FLOOR_DIR, REFERENCE_DIR, launchBench } = await import('../bench/browser.mjs');
const { bundleSizes, partsOf } = await import('../bench/bundles.mjs');
const { loadedScripts } = await import('../bench/loaded-scripts.mjs');
const { listScenario } = await import('../bench/scenarios/list.mjs');
const { lazyScenario } = await import('../bench/scenarios/lazy.mjs');
const { feedStormScenario, invitationsStormScenario } = await import('../bench/scenarios/storm.mjs');
const { feedLoadScenario, profileLoadScenario } = await import('../bench/scenarios/feed-load.mjs');
const { popupScenario } = await import('../bench/scenarios/popup.mjs');
const { MAX_SAMPLE_US, SAMPLING_INTERVAL_US } = await import('../bench/profile.mjs');
const { TRACE_CATEGORIES } = await import('../bench/trace.mjs');
const { bundleScenario, formatTable, formatTargets, summariseScenario } = await import('../bench/report.mjs');
const { evaluateTargets } = await import('../bench/targets.mjs');

/** @type {{ id: string, title: string, measures: { key: string, label: string, unit: string }[], run: (bench: any) => Promise<object> }[]} */
const pageScenarios = [
  ...PLAN.lists.map((n) => listScenario(n)),
  lazyScenario(PLAN.lazyTo),
  feedStormScenario(PLAN.storm),
  invitationsStormScenario(PLAN.storm, PLAN.stormBeside),
  feedLoadScenario(),
  profileLoadScenario(),
].filter((scenario) => wanted(scenario.id));

const failures = [];
const open = new Set();
async function closeAll() {
  for (const bench of open) await bench.close().catch(() => {});
  open.clear();
}
process.on('SIGINT', () => void closeAll().then(() => process.exit(130)));

async function launch(kind) {
  const bench = await launchBench(kind);
  open.add(bench);
  return bench;
}

/**
 * Runs `work`, or records why it could not be measured and returns undefined.
 * @template T
 * @param {string} what @param {() => T | Promise<T>} work
 * @returns {Promise<T | undefined>}
 */
async function attempt(what, work) {
  try {
    return await work();
  } catch (error) {
    // The first line of an error's message; anything else thrown, as it is.
    const firstLine =
      typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
        ? error.message.split('\n')[0]
        : undefined;
    const message = `${what}: ${firstLine ?? error}`;
    failures.push(message);
    console.log(`  FAILED ${message}`);
    return undefined;
  }
}

const started = new Date();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
};
/** The 1-minute load average, sampled after every scenario: how busy the machine was meanwhile. */
const loadDuring = [];
const load1 = () => Number((os.loadavg()[0] ?? 0).toFixed(2));
const loadAverages = (values) => `${values.join(', ')} (1, 5, 15 min)`;

console.log(
  `\nBenchmark (${quick ? 'quick' : 'full'}, ${repetitions} repetition${repetitions > 1 ? 's' : ''}) on ${machine.cpus} cores, ${machine.chromium}`,
);
console.log(`  load average at the start: ${loadAverages(machine.loadAverageAtStart)}`);
const [loadAtStart = 0] = machine.loadAverageAtStart;
if (loadAtStart > machine.cpus / 2) {
  console.log(`  note: load average ${loadAtStart} on ${machine.cpus} cores: other work is running, figures will be noisy`);
}

const scenarios = [];
const kinds = /** @type {(keyof typeof EXTENSIONS)[]} */ (Object.keys(EXTENSIONS));
/** What each extension's pages load (loaded-scripts.mjs), taken during the warm-up. */
const loaded = {};

// 1–4: every page scenario with the three extensions, alternating run by run, in one browser each.
if (pageScenarios.length > 0) {
  const browsers = {};
  for (const kind of kinds) {
    browsers[kind] = await attempt(`launching Chromium with ${EXTENSIONS[kind].label}`, () => launch(kind));
  }
  if (kinds.every((kind) => browsers[kind])) {
    // Untimed first: what each page loads (with a debugger attached, so never in a timed run), and
    // one run of the smallest list, so the browser's own start-up work lands in no measurement.
    for (const kind of kinds) {
      loaded[kind] = await attempt(`scripts loaded (${EXTENSIONS[kind].label})`, () => loadedScripts(browsers[kind]));
      await attempt(`warm-up (${EXTENSIONS[kind].label})`, () => listScenario(10).run(browsers[kind]));
    }
    for (const scenario of pageScenarios) {
      /** @type {Record<string, object[]>} */
      const runs = Object.fromEntries(kinds.map((kind) => [kind, []]));
      for (let rep = 1; rep <= repetitions; rep++) {
        for (const kind of kinds) {
          const result = await attempt(`${scenario.id}, ${EXTENSIONS[kind].label}, run ${rep}`, () => scenario.run(browsers[kind]));
          if (result) runs[kind]?.push(result);
        }
      }
      scenarios.push(summariseScenario(scenario, runs));
      loadDuring.push(load1());
      console.log(`  ${scenario.title}: done (load average ${load1()})`);
    }
  }
  await closeAll();
}

// 5: the popup and the worker, Know & Trust only, in a browser of their own (10,000 stored
// inviters must not weigh on the page scenarios).
const popupBrowser = wanted(popupScenario.id) ? await attempt('launching Chromium for the popup', () => launch('ours')) : undefined;
if (popupBrowser) {
  const state = await attempt('popup set-up', () => popupScenario.setUp(popupBrowser));
  if (state) {
    const runs = [];
    for (let rep = 1; rep <= repetitions; rep++) {
      const result = await attempt(`popup, run ${rep}`, () => popupScenario.run(popupBrowser, state));
      if (result) runs.push(result);
    }
    await popupScenario.tearDown(state);
    scenarios.push(summariseScenario(popupScenario, { ours: runs }));
    loadDuring.push(load1());
    console.log(`  ${popupScenario.title}: done (load average ${load1()})`);
  }
}
await closeAll();

// 6: bundle sizes: every file each extension has, and what its pages were seen loading above.
const sizes = await attempt('bundle sizes', () => ({
  ours: bundleSizes(OURS_DIR),
  floor: bundleSizes(FLOOR_DIR),
  reference: bundleSizes(REFERENCE_DIR),
}));
if (sizes) scenarios.push(bundleScenario(sizes, loaded));
// What each part of the invitation-page code weighs (issue 11's 8 KB gzip target for it).
const invitationParts = await attempt('invitations.js by part', () => partsOf(path.join(OURS_DIR, 'invitations.js')));

const targets = evaluateTargets(scenarios);

// A scenario whose every run failed has no median: that is a failure already listed above.
const results = {
  date: started.toISOString(),
  mode: quick ? 'quick' : 'full',
  repetitions,
  only,
  machine: { ...machine, loadAverageDuring: loadDuring, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
  method: {
    extensionTime: `CDP Profiler samples every ${SAMPLING_INTERVAL_US} µs on the page's main thread; a sample is the extension's when any frame of its stack is in a chrome-extension://<id>/ script; each sample counts until the next one, at most ${MAX_SAMPLE_US} µs (longer gaps: the OS ran something else); garbage collection is counted as neither extension nor script time`,
    pageLoad: `feed-load: a CDP trace (${TRACE_CATEGORIES.join(', ')}) and a CPU profile, both started before the navigation; the thread time of the extension's outermost trace events on the page's main thread (EvaluateScript, v8.compile, FunctionCall… with its script's address), plus its profile samples outside those events`,
    loadedScripts:
      'CDP Debugger.scriptParsed on untimed loads of the feed and of an invitations page with 10 invitations, filtered to chrome-extension://<id>/',
    pictures:
      "blocked inside Chromium (CDP Network.setBlockedURLs), not in Playwright's route handler; nodeRequests in each run counts the requests that still reached Node",
    alternation: `each page scenario: ${kinds.map((kind) => EXTENSIONS[kind].label).join(', ')}, then again… one browser per extension, a new tab per run`,
    plan: PLAN,
  },
  scenarios,
  loadedScripts: loaded,
  bundles: sizes ?? null,
  invitationParts: invitationParts ?? null,
  targets,
  failures,
};
fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');

console.log(`\n${formatTable(scenarios)}\n`);
for (const kind of kinds) {
  const on = loaded[kind];
  if (on)
    console.log(
      `${EXTENSIONS[kind].label} loads: on the feed ${on.feed.join(', ') || 'nothing'}; on an invitations page ${on.invitations.join(', ') || 'nothing'}`,
    );
}
if (invitationParts?.length)
  console.log(
    `invitations.js by part (raw KB; gzip -9 KB saved without it): ${invitationParts
      .map((p) => `${p.part} (${p.modules} modules) ${(p.rawBytes / 1024).toFixed(1)} raw, ${(p.gzipSavedBytes / 1024).toFixed(2)} gzip`)
      .join('; ')}`,
  );
console.log(`\n${formatTargets(targets)}\n`);
console.log(`Medians of ${repetitions} run${repetitions > 1 ? 's' : ''}; every run in ${path.relative(REPO_ROOT, RESULTS_FILE)}.`);
console.log(
  `Load average: ${loadAverages(machine.loadAverageAtStart)} at the start, ${loadDuring.join(' / ') || '—'} after each scenario, on ${machine.cpus} cores.`,
);
if (failures.length > 0) {
  console.log(`\nbench: ${failures.length} measurement${failures.length > 1 ? 's' : ''} could not be taken:`);
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exit(1);
}
