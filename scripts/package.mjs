#!/usr/bin/env node
// `npm run package`: the store packages, zipped from dist/ (built first). Same sources, same zips,
// byte for byte: files in sorted order, one fixed timestamp, fixed attributes and compression, so a
// store reviewer who runs the same two commands gets the same SHA-256 (README: "Rebuilding").
//   node scripts/package.mjs [--dist <dir>] [--out <dir>] [--no-build]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(arg('--dist') ?? join(root, 'dist'));
const out = resolve(arg('--out') ?? join(root, 'packages'));
// Zip entries carry a DOS date; 1980-01-01 is its epoch, the same on every machine.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function zipFolder(dir) {
  const entries = {};
  for (const file of filesUnder(dir)) {
    entries[file] = [new Uint8Array(readFileSync(join(dir, file))), { level: 9, mtime: FIXED_TIME, os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(entries, { level: 9, mtime: FIXED_TIME });
}

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [join(root, 'build.mjs'), '--out', dist], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
mkdirSync(out, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const zip = zipFolder(join(dist, target));
  const file = join(out, `know-and-trust-${version}-${target}.zip`);
  writeFileSync(file, zip);
  const sha = createHash('sha256').update(zip).digest('hex');
  console.log(`${relative(root, file)}  ${zip.length} bytes  sha256 ${sha}`);
}
