import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

// The store packages are reproducible: two builds from the same sources give byte-identical zips,
// holding exactly the built files, readable (not minified).

const root = join(__dirname, '..', '..');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildAndPackage(): { dist: string; packages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'know-trust-package-'));
  temp.push(dir);
  const dist = join(dir, 'dist');
  const packages = join(dir, 'packages');
  execFileSync(process.execPath, ['scripts/package.mjs', '--dist', dist, '--out', packages], { cwd: root, stdio: 'pipe' });
  return { dist, packages };
}

describe('npm run package', () => {
  const first = buildAndPackage();
  const second = buildAndPackage();
  const version = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).version;

  it.each(['chrome', 'firefox'])(
    '%s: two builds give the same zip, byte for byte',
    (target) => {
      const name = `know-and-trust-${version}-${target}.zip`;
      const a = readFileSync(join(first.packages, name));
      const b = readFileSync(join(second.packages, name));
      expect(a.length).toBeGreaterThan(10_000);
      expect(a.equals(b)).toBe(true);
    },
    60_000,
  );

  it.each(['chrome', 'firefox'])('%s: the zip holds exactly the built files, unchanged and readable', (target) => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(first.packages, `know-and-trust-${version}-${target}.zip`))));
    const built = readdirSync(join(first.dist, target), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(join(first.dist, target).length + 1))
      .sort();
    expect(Object.keys(zip).sort()).toEqual(built);
    for (const file of built) expect(Buffer.from(zip[file]!).equals(readFileSync(join(first.dist, target, file))), file).toBe(true);
    // Not minified: the bundles keep their comments' neighbours, names and line structure.
    const invitations = Buffer.from(zip['invitations.js']!).toString('utf8');
    expect(invitations.split('\n').length).toBeGreaterThan(500);
    expect(invitations).toContain('function findInvitations(');
  });
});
