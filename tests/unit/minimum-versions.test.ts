import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The browser versions the README promises are the ones the built manifests ask for.

const root = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'know-trust-versions-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('minimum browser versions', () => {
  it('README states the minimum Chrome/Edge and Firefox versions of the built manifests', () => {
    const built = spawnSync(process.execPath, [join(root, 'build.mjs'), '--out', out], { cwd: root, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const chrome = JSON.parse(readFileSync(join(out, 'chrome', 'manifest.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(join(out, 'firefox', 'manifest.json'), 'utf8'));
    const chromeMin = String(chrome.minimum_chrome_version).split('.')[0];
    const firefoxMin = String(firefox.browser_specific_settings.gecko.strict_min_version).split('.')[0];
    const androidMin = String(firefox.browser_specific_settings.gecko_android.strict_min_version).split('.')[0];
    expect(Number(chromeMin)).toBeGreaterThan(100);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`**Chrome and Edge ${chromeMin} or newer**`);
    expect(readme).toContain(`**Firefox ${firefoxMin} or newer** (Firefox for\nAndroid ${androidMin})`);
  });
});
