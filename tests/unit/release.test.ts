import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run release`: refuses a version without its changelog entry (or with package.json and the
// manifest disagreeing), and otherwise prints the SHA-256 of exactly the zips it wrote.

const root = join(__dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'know-trust-release-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const release = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(cwd, 'scripts', 'release.mjs'), ...args], { cwd, encoding: 'utf8' });

/** A folder with the release script and the three files it checks, the changelog as given. */
function scratch(changelog: string, packageVersion?: string): string {
  const dir = mkdtempSync(join(temp, 'scratch-'));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(root, 'scripts', 'release.mjs'), join(dir, 'scripts', 'release.mjs'));
  copyFileSync(join(root, 'manifest.json'), join(dir, 'manifest.json'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (packageVersion) pkg.version = packageVersion;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
  return dir;
}

const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };

describe('npm run release', () => {
  it('refuses a version the changelog does not describe, and says what to do', () => {
    const result = release(scratch('# Changelog\n\n## 0.0.9\n\n- older things\n'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`CHANGELOG.md has no "## ${version}" entry`);
  });

  it('refuses an empty entry, and package.json disagreeing with the manifest', () => {
    expect(release(scratch(`# Changelog\n\n## ${version}\n\n## 0.0.9\n- older\n`)).stderr).toContain('entry is empty');
    expect(release(scratch(`## ${version}\n- x\n`, '9.9.9')).stderr).toContain('package.json says 9.9.9');
  });

  it('packages this version and prints the SHA-256 of the zips it wrote, and the rebuild steps', () => {
    const out = join(temp, 'packages');
    const result = release(root, '--out', out, '--dist', join(temp, 'dist'));
    expect(result.status, result.stderr).toBe(0);
    for (const target of ['chrome', 'firefox']) {
      const zip = readFileSync(join(out, `know-and-trust-${version}-${target}.zip`));
      expect(result.stdout).toContain(`sha256 ${createHash('sha256').update(zip).digest('hex')}`);
    }
    expect(result.stdout).toMatch(/npm ci[\s\S]*npm run package[\s\S]*sha256sum/);
  });
});
