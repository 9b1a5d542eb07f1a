// `npm run demo` in headless mode writes its pictures into demo-output/ (git-ignored) and nothing
// else: the working tree is as clean after it as before. (`npm run screenshots` is the one that
// redraws docs/screenshots/.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..', '..');
const status = () => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' }).stdout;

describe('npm run demo', () => {
  test('headless, it writes its screenshots into demo-output/ and leaves git status as it was', () => {
    const before = status();
    const demo = spawnSync(process.execPath, [join(root, 'scripts', 'demo.mjs'), '--headless'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
      timeout: 120_000,
    });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain(join(root, 'demo-output', 'popup-inviter-full.png'));
    expect(demo.stdout).not.toContain(join('docs', 'screenshots'));
    expect(existsSync(join(root, 'demo-output', 'invitations.png'))).toBe(true);
    expect(status()).toBe(before);
  });
});
