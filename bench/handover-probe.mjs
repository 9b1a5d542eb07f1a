// Would it pay to read the cards in the background instead of on the page? Issue 11's size target
// (≤ 8 KB gzip for the invitation-page code) suggested moving the card readers off the page: the
// page would hand each card's markup to the background and only draw badges. This probe measures
// what that hand-over alone costs LinkedIn's main thread, beside the floor script's whole job in
// the same run (alternating, as everywhere in the bench):
//
//   node bench/handover-probe.mjs [--cards N] [--runs N] [--read | --prototype]
//
// In Know & Trust's own content-script world (found through CDP), with N cards in the list: the
// time to take every card's outerHTML, the synchronous part of runtime.sendMessage with those
// strings (what the page's thread pays to hand them over), the round trip to the background, and a
// 10-card round trip (what the first badges would wait for). The message has a type the background
// does not know, so it is dropped there after its schema check: nothing is stored. Prints medians
// and each as a share of the floor's main-thread time for the same N cards. With --read, the cards
// are also read where Chrome would have to read them: a copy of dist/chrome gets an offscreen
// document (reason DOM_PARSER: the worker has no DOM) that parses the markup with DOMParser and runs
// the extension's own reader (findInvitations) on it; the background forwards the hand-over there,
// and the probe times the round trips with the reading and the offscreen document's own parse and
// read times (off the page's thread). With --prototype, that copy's invitations.js is replaced by
// bench/handover-prototype/invitations.js (the page side of such a design: no reader, badges placed
// by the card's structure, the markup handed over) and the bench's list scenario runs it, the build
// as it is and the floor, alternating: main-thread time, the frame of the first 10 badges, the time
// to all badges, and the gzip size of what the page loads. Not part of
// `npm run bench`: it answers one design question, kept so the answer can be checked again.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXTENSION_DIR, REPO_ROOT } from '../scripts/chromium.mjs';
import { EXTENSIONS, INVITATIONS_URL, launchBench } from './browser.mjs';
import { listScenario } from './scenarios/list.mjs';
import { BADGE_TIMEOUT_MS, extensionReady, median, withPage } from './scenarios/common.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const count = flag('--cards', 1000);
const prototype = args.includes('--prototype');
const reading = prototype || args.includes('--read');
const runs = flag('--runs', 5);
if (!(Number.isInteger(count) && count >= 10) || !(Number.isInteger(runs) && runs >= 1)) {
  console.error('usage: node bench/handover-probe.mjs [--cards N (at least 10)] [--runs N] [--read | --prototype]');
  process.exit(2);
}

/** Runs in the content script's isolated world: what handing every card to the background costs. */
const HANDOVER = `(async () => {
  const cards = [...document.querySelectorAll('[role="listitem"]')];
  let t = performance.now();
  const html = cards.map((card) => card.outerHTML);
  const outerHtmlMs = performance.now() - t;
  t = performance.now();
  const answer = chrome.runtime.sendMessage({ type: 'handover-probe', html }).catch(() => null);
  const sendSyncMs = performance.now() - t;
  const read = await answer;
  const roundTripMs = performance.now() - t;
  t = performance.now();
  const readTen = await chrome.runtime.sendMessage({ type: 'handover-probe', html: html.slice(0, 10) }).catch(() => null);
  const tenRoundTripMs = performance.now() - t;
  return {
    cards: cards.length, bytes: html.reduce((sum, s) => sum + s.length, 0), outerHtmlMs, sendSyncMs, roundTripMs, tenRoundTripMs,
    found: read?.found ?? null, parseMs: read?.parseMs ?? null, readMs: read?.readMs ?? null,
    tenFound: readTen?.found ?? null, tenParseMs: readTen?.parseMs ?? null, tenReadMs: readTen?.readMs ?? null,
  };
})()`;

/** The offscreen document's script: parse inert, read with the extension's own reader, answer. */
const OFFSCREEN_ENTRY = `
import { findInvitations } from './src/linkedin/invitations';
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message?.type !== 'handover-probe-read') return undefined;
  const verdicts = [];
  let t = performance.now();
  const doc = new DOMParser().parseFromString('<!doctype html><html lang="en"><body>' + message.html.join('') + '</body></html>', 'text/html');
  const parseMs = performance.now() - t;
  t = performance.now();
  let found = 0;
  for (const card of doc.body.children) {
    const one = findInvitations(card, 'en').length;
    found += one;
    verdicts.push(one > 0 ? 'undecided' : null);
  }
  reply({ found, verdicts, parseMs, readMs: performance.now() - t });
  return undefined;
});
`;

/** Added to the copy's background: hands the content script's markup to the offscreen document. */
const BACKGROUND_ADDITION = `
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if ((message?.type !== 'handover-probe' && message?.type !== 'handover') || !sender.tab) return undefined;
  (async () => {
    if (!(await chrome.offscreen.hasDocument())) {
      await chrome.offscreen.createDocument({ url: 'probe-offscreen.html', reasons: ['DOM_PARSER'], justification: 'bench probe' }).catch(() => {});
    }
    reply(await chrome.runtime.sendMessage({ type: 'handover-probe-read', html: message.html }));
  })();
  return true;
});
`;

/** A copy of dist/chrome whose background reads handed-over cards in an offscreen document. */
async function readingCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'know-trust-handover-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'offscreen'];
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.appendFileSync(path.join(dir, 'background.js'), BACKGROUND_ADDITION);
  if (prototype) fs.copyFileSync(path.join(REPO_ROOT, 'bench', 'handover-prototype', 'invitations.js'), path.join(dir, 'invitations.js'));
  fs.writeFileSync(path.join(dir, 'probe-offscreen.html'), '<!doctype html><script src="probe-offscreen.js"></script>');
  await build({
    stdin: { contents: OFFSCREEN_ENTRY, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    outfile: path.join(dir, 'probe-offscreen.js'),
    logLevel: 'warning',
  });
  return dir;
}

/** One probe on a fresh tab of Know & Trust's browser. */
async function probe(bench) {
  return withPage(
    bench,
    INVITATIONS_URL,
    async (page, cdp) => {
      await extensionReady(page, bench.marker);
      await page.evaluate((n) => window.knowTrustBench.prepare(0, n), count);
      await page.evaluate(([m, n, t]) => window.knowTrustBench.insertPrepared(m, n, t), [bench.marker, count, BADGE_TIMEOUT_MS]);
      const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${bench.extensionId}`);
      if (!world) throw new Error('Know & Trust’s content-script world was not found');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: HANDOVER,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    },
    async (_page, cdp) => {
      contexts = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
      await cdp.send('Runtime.enable');
    },
  );
}
/** @type {{ id: number, origin: string, auxData?: { type?: string } }[]} */
let contexts = [];

const copy = reading ? await readingCopy() : null;
if (prototype) {
  await comparePrototype(/** @type {string} */ (copy));
  process.exit(0);
}
const ours = await launchBench('ours', copy ? { ...EXTENSIONS.ours, dir: copy } : EXTENSIONS.ours);
const floor = await launchBench('floor', EXTENSIONS.floor);
try {
  const list = listScenario(count);
  await list.run(floor); // untimed: first-load work lands in no figure
  await probe(ours);
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const floorMs = (await list.run(floor)).extensionMs;
    rows.push({ floorMs, ...(await probe(ours)) });
  }
  const m = (key) => median(rows.map((r) => r[key]));
  const floorMs = m('floorMs');
  const show = (label, key) =>
    console.log(`${label.padEnd(44)} ${m(key).toFixed(1).padStart(7)} ms  ${(m(key) / floorMs).toFixed(2)} × the floor's whole job`);
  console.log(`${count.toLocaleString('en')} cards, ${Math.round(m('bytes') / count)} characters of markup each, ${runs} runs (medians)`);
  console.log(`${'floor script, whole job (main thread)'.padEnd(44)} ${floorMs.toFixed(1).padStart(7)} ms`);
  show('every card’s outerHTML', 'outerHtmlMs');
  show('sendMessage, synchronous part', 'sendSyncMs');
  show('round trip to the background', 'roundTripMs');
  console.log(`${'10-card round trip (first badges wait)'.padEnd(44)} ${m('tenRoundTripMs').toFixed(1).padStart(7)} ms`);
  if (reading) {
    const off = (label, key) => console.log(`${label.padEnd(44)} ${m(key).toFixed(1).padStart(7)} ms  (offscreen document, off the page)`);
    console.log(`invitations read in the offscreen document: ${m('found')} of ${count}, ${m('tenFound')} of 10`);
    off('DOMParser, every card', 'parseMs');
    off('findInvitations, every card', 'readMs');
    off('DOMParser, 10 cards', 'tenParseMs');
    off('findInvitations, 10 cards', 'tenReadMs');
  }
} finally {
  await ours.close();
  await floor.close();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
}

/** The prototype, the build as it is and the floor, in the bench's list scenario, alternating. */
async function comparePrototype(dir) {
  const gzipKb = (files) => files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0) / 1024;
  const benches = {
    prototype: await launchBench('ours', { ...EXTENSIONS.ours, label: 'prototype', dir }),
    ours: await launchBench('ours'),
    floor: await launchBench('floor', EXTENSIONS.floor),
  };
  try {
    const list = listScenario(count);
    for (const bench of Object.values(benches)) await list.run(bench); // untimed
    /** @typedef {'prototype' | 'ours' | 'floor'} Kind */
    /** @type {Kind[]} */
    const kinds = ['prototype', 'ours', 'floor'];
    /** @type {{ [kind in Kind]: { extensionMs: number, inViewFrame: number, badgesMs: number }[] }} */
    const rows = { prototype: [], ours: [], floor: [] };
    for (let i = 0; i < runs; i++) for (const kind of kinds) rows[kind].push(await list.run(benches[kind]));
    const floorMs = median(rows.floor.map((r) => r.extensionMs));
    console.log(`${count.toLocaleString('en')} invitations at once, ${runs} runs each (medians; frame: the worst run)`);
    /** @type {[kind: Kind, label: string, files: string[]][]} */
    const columns = [
      ['prototype', 'prototype (readers in the background)', [path.join(dir, 'content.js'), path.join(dir, 'invitations.js')]],
      ['ours', 'Know & Trust as built', [path.join(EXTENSION_DIR, 'content.js'), path.join(EXTENSION_DIR, 'invitations.js')]],
      ['floor', 'floor script', [path.join(REPO_ROOT, 'bench', 'floor-extension', 'content.js')]],
    ];
    for (const [kind, label, files] of columns) {
      const ms = median(rows[kind].map((r) => r.extensionMs));
      const frame = Math.max(...rows[kind].map((r) => r.inViewFrame));
      const all = median(rows[kind].map((r) => r.badgesMs));
      console.log(
        `${label.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / floorMs).toFixed(2)} × floor  first 10 badges in frame ${frame}  all badges ${all.toFixed(0)} ms  page code ${gzipKb(files).toFixed(2)} KB gzip`,
      );
    }
  } finally {
    for (const bench of Object.values(benches)) await bench.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
