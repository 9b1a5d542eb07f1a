#!/usr/bin/env node
// `npm run release`: checks that the version in manifest.json is ready to go out, then builds the
// store packages (scripts/package.mjs: reproducible zips) and prints their SHA-256 and the steps a
// store reviewer follows to rebuild them. It bumps nothing by itself: the version is changed by
// hand in manifest.json and package.json, with its entry in CHANGELOG.md.
//   node scripts/release.mjs [--out <dir>] [--dist <dir>]   (the folders scripts/package.mjs writes)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv[process.argv.indexOf('--out') + 1];
const out = process.argv.includes('--out') && outArg ? resolve(outArg) : join(root, 'packages');
const distArg = process.argv[process.argv.indexOf('--dist') + 1];
const dist = process.argv.includes('--dist') && distArg ? ['--dist', resolve(distArg)] : [];

/**
 * @param {string} message
 * @returns {never}
 */
function refuse(message) {
  console.error(`Not released: ${message}`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = String(manifest.version ?? '');
if (!/^\d+\.\d+\.\d+$/.test(version)) refuse(`manifest.json's version "${version}" is not major.minor.patch.`);
if (pkg.version !== version) refuse(`package.json says ${pkg.version}, manifest.json says ${version}: make them the same.`);

// The changelog's entry for this version: a "## <version>" heading with at least one line under it.
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const escaped = version.replace(/\./g, '\\.');
const entry = new RegExp(`^## ${escaped}(?![\\d.])[^\\n]*\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(changelog);
if (!entry) refuse(`CHANGELOG.md has no "## ${version}" entry. Write what a user will notice in this version first.`);
if (!/\S/.test(entry[1] ?? '')) refuse(`CHANGELOG.md's "## ${version}" entry is empty.`);

const packaged = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', out, ...dist], {
  cwd: root,
  stdio: 'inherit',
});
if (packaged.status !== 0) refuse('scripts/package.mjs failed (above).');

console.log(`\nKnow & Trust ${version}: the packages to submit`);
for (const target of ['chrome', 'firefox']) {
  const file = join(out, `know-and-trust-${version}-${target}.zip`);
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  console.log(`  ${relative(root, file)}\n    sha256 ${sha}`);
}
console.log(`
For the store reviewer, to rebuild these packages byte for byte:
  1. Node.js ${pkg.engines?.node ?? '20.19 or newer'} and npm 11, on any OS.
  2. From the source archive of this version: npm ci
  3. npm run package
  4. Compare the SHA-256 above with: sha256sum packages/know-and-trust-${version}-*.zip
The bundles are not minified; the sources are in src/, built by build.mjs with esbuild.`);
