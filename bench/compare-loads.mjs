// Two builds of Know & Trust side by side on one page load, for changes too small for the full
// bench to tell apart from its noise (a look on a profile costs tenths of a millisecond; single
// runs vary by a fifth): `node bench/compare-loads.mjs <dirA> <dirB> [--page profile|feed]
// [--runs N] [--settle ms]`. Each build gets its own Chromium; runs alternate A B, B A, … so a
// busy moment of the machine falls on both; it prints each build's median extension thread time
// (the page-load scenario's own measure, feed-load.mjs) and B ÷ A. An A/A run (the same folder
// twice) shows how far apart equal builds come out. Build B with `node build.mjs --out <dir>`
// (then <dir>/chrome), or copy dist/chrome and edit the copy.
import { EXTENSIONS, FEED_URL, PROFILE_URL, launchBench } from './browser.mjs';
import { median } from './scenarios/common.mjs';
import { pageLoadScenario } from './scenarios/feed-load.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const pageName = flag('--page', 'profile');
const runs = Number(flag('--runs', '8'));
const settleMs = Number(flag('--settle', '2500'));
const [dirA, dirB] = args;
const url = { profile: PROFILE_URL, feed: FEED_URL }[pageName];
if (!dirA || !dirB || !url || !(runs > 0) || !(settleMs >= 0)) {
  console.error('usage: node bench/compare-loads.mjs <dirA> <dirB> [--page profile|feed] [--runs N] [--settle ms]');
  process.exit(2);
}

// Both builds are Know & Trust: same launch, same served pages, same badges.
const builds = {
  ours: { ...EXTENSIONS.ours, label: 'A', dir: dirA },
  floor: { ...EXTENSIONS.ours, label: 'B', dir: dirB },
};
const kinds = /** @type {const} */ (['ours', 'floor']);
const scenario = pageLoadScenario(`${pageName}-load`, `${pageName} page load`, url, settleMs);
const benches = {};
try {
  for (const kind of kinds) benches[kind] = await launchBench(kind, builds[kind]);
  // One untimed load each: the browser's own first-load work lands in no figure.
  for (const kind of kinds) await scenario.run(benches[kind]);
  /** @type {Record<(typeof kinds)[number], number[]>} */
  const times = { ours: [], floor: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of run % 2 ? [...kinds].reverse() : kinds) times[kind].push((await scenario.run(benches[kind])).extensionMs);
  }
  for (const kind of kinds) {
    const all = times[kind].map((ms) => ms.toFixed(2)).join(' ');
    console.log(`${builds[kind].label}: median ${median(times[kind])?.toFixed(2)} ms of extension thread time (${all})`);
  }
  console.log(
    `B ÷ A: ${((median(times.floor) ?? NaN) / (median(times.ours) ?? NaN)).toFixed(2)} (${runs} runs each, ${pageName} page, traced ${settleMs} ms)`,
  );
} finally {
  for (const bench of Object.values(benches)) await bench.close().catch(() => {});
}
