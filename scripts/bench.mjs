#!/usr/bin/env node
// `npm run bench`: how much Know & Trust costs LinkedIn's pages, measured in a real headless
// Chromium against a naive reference extension (bench/reference-extension: one MutationObserver on
// the whole document that rescans it on every batch, as common LinkedIn userscripts do).
// Each page scenario runs with ours, then the reference, then ours again…, several times; medians
// are reported. Extension time is read from CPU profiles (bench/profile.mjs), never from wall time.
//
//   npm run bench                 full run: 10/100/1,000 invitations, lazy loading to 500, storms of 10,000
//   npm run bench -- --quick      what CI runs (also BENCH_QUICK=1): smaller sizes, one repetition
//   npm run bench -- --reps 3     another number of repetitions
//
// Prints a table, writes bench/results.json (not committed). Exits non-zero only when something
// could not be measured (no Chromium, a badge that never came, an empty profile), never for slowness.
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

// The sizes of issue 6; quick mode keeps every kind of scenario but makes each small.
const PLAN = quick
  ? { lists: [10, 100], lazyTo: 50, storm: 1_000, stormBeside: 100 }
  : { lists: [10, 100, 1_000], lazyTo: 500, storm: 10_000, stormBeside: 100 };
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

// Imported only now: they need node_modules and (for the bundle sizes) the fresh build.
const { EXTENSIONS, REFERENCE_DIR, launchBench } = await import('../bench/browser.mjs');
const { bundleSizes } = await import('../bench/bundles.mjs');
const { listScenario } = await import('../bench/scenarios/list.mjs');
const { lazyScenario } = await import('../bench/scenarios/lazy.mjs');
const { feedStormScenario, invitationsStormScenario } = await import('../bench/scenarios/storm.mjs');
const { popupScenario } = await import('../bench/scenarios/popup.mjs');
const { MAX_SAMPLE_US, SAMPLING_INTERVAL_US } = await import('../bench/profile.mjs');
const { bundleScenario, formatTable, summariseScenario } = await import('../bench/report.mjs');

const pageScenarios = [
  ...PLAN.lists.map((n) => listScenario(n)),
  lazyScenario(PLAN.lazyTo),
  feedStormScenario(PLAN.storm),
  invitationsStormScenario(PLAN.storm, PLAN.stormBeside),
];

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
console.log(
  `\nBenchmark (${quick ? 'quick' : 'full'}, ${repetitions} repetition${repetitions > 1 ? 's' : ''}) on ${machine.cpus} cores, ${machine.chromium}`,
);
const [loadAtStart = 0] = machine.loadAverageAtStart;
if (loadAtStart > machine.cpus / 2) {
  console.log(`  note: load average ${loadAtStart} on ${machine.cpus} cores: other work is running, figures will be noisy`);
}

const scenarios = [];

// 1–3: every page scenario with both extensions, alternating run by run, in one browser each.
const browsers = {};
for (const kind of Object.keys(EXTENSIONS)) {
  browsers[kind] = await attempt(`launching Chromium with ${EXTENSIONS[kind].label}`, () => launch(kind));
}
if (browsers.ours && browsers.reference) {
  // One untimed run each first: the browser's own start-up work must not land in a measurement.
  for (const kind of Object.keys(browsers))
    await attempt(`warm-up (${EXTENSIONS[kind].label})`, () => listScenario(10).run(browsers[kind]));
  for (const scenario of pageScenarios) {
    const runs = { ours: [], reference: [] };
    for (let rep = 1; rep <= repetitions; rep++) {
      for (const kind of Object.keys(runs)) {
        const result = await attempt(`${scenario.id}, ${EXTENSIONS[kind].label}, run ${rep}`, () => scenario.run(browsers[kind]));
        if (result) runs[kind].push(result);
      }
    }
    const summary = summariseScenario(scenario, runs);
    scenarios.push(summary);
    console.log(`  ${scenario.title}: done`);
  }
}
await closeAll();

// 4: the popup and the worker, ours only, in a browser of their own (10,000 stored inviters must
// not weigh on the page scenarios).
const popupBrowser = await attempt('launching Chromium for the popup', () => launch('ours'));
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
    console.log(`  ${popupScenario.title}: done`);
  }
}
await closeAll();

// 5: bundle sizes.
const bundles = await attempt('bundle sizes', () => ({ ours: bundleSizes(EXTENSION_DIR), reference: bundleSizes(REFERENCE_DIR) }));
if (bundles) scenarios.push(bundleScenario(bundles.ours, bundles.reference));

// A scenario whose every run failed has no median: that is a failure already listed above.
const results = {
  date: started.toISOString(),
  mode: quick ? 'quick' : 'full',
  repetitions,
  machine: { ...machine, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
  method: {
    extensionTime: `CDP Profiler samples every ${SAMPLING_INTERVAL_US} µs on the page's main thread; a sample is the extension's when any frame of its stack is in a chrome-extension://<id>/ script; each sample counts until the next one, at most ${MAX_SAMPLE_US} µs (longer gaps: the OS ran something else); garbage collection is counted as neither extension nor script time`,
    alternation: 'each page scenario: Know & Trust, reference, Know & Trust, reference… one browser per extension, a new tab per run',
    plan: PLAN,
  },
  scenarios,
  bundles: bundles ?? null,
  failures,
};
fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');

console.log(`\n${formatTable(scenarios)}\n`);
console.log(`Medians of ${repetitions} run${repetitions > 1 ? 's' : ''}; every run in ${path.relative(REPO_ROOT, RESULTS_FILE)}.`);
if (failures.length > 0) {
  console.log(`\nbench: ${failures.length} measurement${failures.length > 1 ? 's' : ''} could not be taken:`);
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exit(1);
}
