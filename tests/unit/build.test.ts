import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The two builds from the one manifest.json: what each browser needs, nothing more, and no code
// that could reach the network.

const root = join(__dirname, '..', '..');
/**
 * The invitation code's gzip budget: a ceiling, not the goal. The target is 8 KB; the
 * readable (unminified) bundle of four UI languages with their documented wordings, three layout
 * eras and the verb-less fallback was about 17 KB; the markup of issue 13 (wider profile links,
 * unlabelled controls, cards without list items, non-person cards in any language) and the badge that
 * hides its verdict from the page (issue 12) brought it to about 18.4 KB, the logo rule and the strip sign
 * of issue 13 and the watcher's own-record handling to about 19.0 KB, the inviter's profile page
 * (issue 14: its reader and watcher) to about 20.8 KB, the liveness port to about 21.2 KB, and the
 * short way of reading a plain card (card-lines.ts, readPlainCard: issue 11's other target, a quarter
 * less main-thread time with 1,000 cards) to about 22.0 KB; card finding moved into its own module
 * (card-finding.ts, shared by the page and the background's readers: issue 11's hand-over) to
 * 22.26 KB; the watching split from the reading (list-watcher.ts, shared with card-watcher.ts, the
 * hand-over's page half, which is built but not yet what invitations.js runs) to 22.58 KB, and
 * to 22.71 KB with the pass from scratch after an unanswered hand-over it shares. This
 * limit fails any further growth until the bundle is made smaller (issue 11: not met; with
 * card-watcher.ts wired in instead of invitation-watcher.ts the bundle measured 21.3 KB, the
 * profile reader and the unrecognised signs still in it).
 */
const INVITATIONS_GZIP_LIMIT = 22.75 * 1024;
let out: string;
const manifest = (target: string) => JSON.parse(readFileSync(join(out, target, 'manifest.json'), 'utf8'));
const scripts = (target: string) => readdirSync(join(out, target)).filter((f) => f.endsWith('.js'));

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'know-trust-build-'));
  execFileSync(process.execPath, ['build.mjs', '--out', out], { cwd: root, stdio: 'pipe' });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build', () => {
  it('gives Chrome an MV3 service worker and Firefox background scripts with a gecko id', () => {
    const chrome = manifest('chrome');
    const firefox = manifest('firefox');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it.each([
    ['chrome', ['storage', 'scripting', 'offscreen']],
    ['firefox', ['storage', 'scripting']],
  ])(
    '%s: asks for storage, scripting (and in Chrome offscreen) and LinkedIn only, exposes no resource, opens no door to web pages',
    (target, permissions) => {
      const m = manifest(target);
      // scripting: only to add invitations.js and page-report.js to LinkedIn tabs (the host permission's).
      // offscreen: Chrome's worker has no DOM to read handed-over cards in (background/card-reader.ts).
      expect(m.permissions).toEqual(permissions);
      // …and only Chrome's build calls it (build.mjs: Firefox's takes offscreen-reader.firefox.ts).
      expect(readFileSync(join(out, target, 'background.js'), 'utf8').includes('chrome.offscreen')).toBe(target === 'chrome');
      expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
      expect(m.optional_permissions).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.externally_connectable).toBeUndefined();
      expect(m.content_scripts).toEqual([
        { matches: ['https://www.linkedin.com/*'], js: ['content.js'], run_at: 'document_idle', all_frames: false },
      ]);
      expect(m.content_security_policy.extension_pages).toContain("script-src 'self'");
    },
  );

  it.each(['chrome', 'firefox'])('%s: every script is a self-contained IIFE bundle without network APIs or remote URLs', (target) => {
    expect(scripts(target).sort()).toEqual(
      [
        'background.js',
        'content.js',
        'invitations.js',
        // Chrome only: where its worker reads handed-over cards (Firefox's background page reads them itself).
        ...(target === 'chrome' ? ['offscreen.js'] : []),
        'onboarding.js',
        'options.js',
        'page-report.js',
        'popup.js',
      ].sort(),
    );
    for (const file of scripts(target)) {
      const code = readFileSync(join(out, target, file), 'utf8');
      expect(code, file).toMatch(/^(?:"use strict";\s*)?\(\(\) => \{/);
      expect(code, file).not.toMatch(/^\s*(?:import|export)\s/m);
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/);
      // The only address in the code is LinkedIn's own, used to resolve the page's relative links.
      const urls = [...code.matchAll(/(?:https?|wss?):\/\/[^\s'"`)]+/g)].map((m) => m[0]);
      expect(
        urls.filter((u) => !u.startsWith('https://www.linkedin.com/')),
        file,
      ).toEqual([]);
    }
  });

  // What LinkedIn's pages load (docs/design.md, "What runs on LinkedIn's pages"): the loader on
  // every page, the invitation code on invitation pages only, the page report only on request.
  const gzipped = (target: string, file: string) => gzipSync(readFileSync(join(out, target, file)), { level: 9 }).length;
  it.each(['chrome', 'firefox'])('%s: the loader stays under 2 KB gzip and carries nothing of the invitation code', (target) => {
    expect(gzipped(target, 'content.js')).toBeLessThanOrEqual(2 * 1024);
    const loader = readFileSync(join(out, target, 'content.js'), 'utf8');
    // No selector, language, polyfill or schema: only the pages' path patterns and the navigation watch.
    for (const absent of ['lazy-column', 'listitem', 'Accept', 'webextension-polyfill', 'valibot', 'MutationObserver'])
      expect(loader, absent).not.toContain(absent);
    expect(loader).toContain('invitation-manager');
  });

  it.each(['chrome', 'firefox'])('%s: the invitation code carries neither polyfill nor valibot', (target) => {
    const code = readFileSync(join(out, target, 'invitations.js'), 'utf8');
    expect(code).not.toMatch(/webextension-polyfill|valibot|browser-polyfill/);
    expect(code).not.toContain('function pageReport(');
    expect(gzipped(target, 'invitations.js')).toBeLessThanOrEqual(INVITATIONS_GZIP_LIMIT);
  });

  it.each(['chrome', 'firefox'])('%s: no bundle is minified (a reviewer reads them as built)', (target) => {
    for (const file of scripts(target)) {
      const code = readFileSync(join(out, target, file), 'utf8');
      const lines = code.split('\n');
      // Indented lines of ordinary length, and the source's own names.
      expect(Math.max(...lines.map((l) => l.length)), file).toBeLessThan(1000);
      expect(lines.filter((l) => /^ {4,}\S/.test(l)).length, file).toBeGreaterThan(lines.length / 3);
    }
    expect(readFileSync(join(out, target, 'content.js'), 'utf8')).toContain('function pageKindOf(');
    expect(readFileSync(join(out, target, 'invitations.js'), 'utf8')).toContain('function findInvitations(');
    expect(readFileSync(join(out, target, 'page-report.js'), 'utf8')).toContain('function pageReport(');
  });

  it('copies the pages, locales and icons the manifests name', () => {
    for (const target of ['chrome', 'firefox']) {
      const files = readdirSync(join(out, target), { recursive: true }).map(String);
      for (const needed of [
        'popup.html',
        'options.html',
        'onboarding.html',
        '_locales/en/messages.json',
        'icons/icon-16.png',
        'icons/icon-128.png',
      ])
        expect(files, `${target} ${needed}`).toContain(needed);
    }
  });
});
