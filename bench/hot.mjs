// Where an extension's time went in CPU profiles kept by a bench run (BENCH_PROFILES_DIR=<dir>
// npm run bench -- --only …): `node bench/hot.mjs <dir> [extensionId] [top]` sums, over every
// profile of that extension (all of them without an id), the time of each of its functions on top
// of the stack (self, with the DOM and native calls it makes counted to it, as the bench's
// extension time counts them) and prints the heaviest, with their script, line and column.
import fs from 'node:fs';
import path from 'node:path';
import { profileTree, sampleSpans } from './profile.mjs';

const [dir, only, topArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/hot.mjs <dir> [extensionId] [top]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
/** @type {Map<string, number>} */
const byFunction = new Map();
let total = 0;
let files = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const id = file.replace(/^\d+-/, '').replace(/\.cpuprofile$/, '');
  if (only && id !== only) continue;
  files += 1;
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const prefix = `chrome-extension://${id}/`;
  const { byId, parentOf } = profileTree(profile);
  // The innermost extension frame of a sample's stack: where its time is charged.
  const memo = new Map();
  const charged = (nodeId) => {
    if (memo.has(nodeId)) return memo.get(nodeId);
    const node = byId.get(nodeId);
    /** @type {string | null} */
    let result = null;
    if (node.callFrame.url.startsWith(prefix)) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      result = `${functionName || '(anonymous)'} ${url.slice(prefix.length)}:${lineNumber + 1}:${columnNumber + 1}`;
    } else if (parentOf.has(nodeId)) result = charged(parentOf.get(nodeId));
    memo.set(nodeId, result);
    return result;
  };
  for (const { node, counted } of sampleSpans(profile)) {
    const where = charged(node);
    if (!where) continue;
    byFunction.set(where, (byFunction.get(where) ?? 0) + counted);
    total += counted;
  }
}
console.log(`${files} profiles, extension time ${(total / 1000 / Math.max(files, 1)).toFixed(2)} ms per profile`);
for (const [where, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000 / files).toFixed(2).padStart(8)} ms  ${where}`);
}
