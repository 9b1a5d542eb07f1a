// Finding and starting the Chromium that runs Know & Trust's browser tests, demo and icon renderer.
// Shared by scripts/test.mjs, scripts/demo.mjs, scripts/make-icons.mjs and tests/e2e/harness.ts,
// so the lookup order and the launch flags live in one place.
// Playwright's own browser download cannot work here: we always drive a system Chromium.
/** @import { BrowserContext, Worker } from 'playwright-core' */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from './find-browser.mjs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(REPO_ROOT, 'dist', 'chrome');

/** The Chromium to use, or null: $KNOW_TRUST_CHROMIUM, /usr/bin/chromium, then PATH (find-browser.mjs). */
export function findChromium() {
  return findBrowser('KNOW_TRUST_CHROMIUM', '/usr/bin/chromium', ['chromium', 'chromium-browser']);
}

/**
 * The UI language the browser runs in unless told otherwise: the tests read English messages, so
 * it is pinned whatever the machine's locale is.
 */
export const DEFAULT_UI_LANGUAGE = 'en-US';

/**
 * The flag that sets Chromium's UI language, which the extension's messages (`_locales`) follow.
 * Chromium takes only its own locale names here: a bare language (`fr`, `de`, `es`) works, and
 * `en-US`; a regional tag such as `fr-FR` or `de-DE` silently falls back to en-US, and so do the
 * LANGUAGE, LANG and LC_ALL variables of the launched process. (Tried headless with Debian's
 * Chromium 156, which ships en-US.pak only: `--lang=fr` still gives the extension its French
 * messages; the environment never did.) The pages' lang attribute says which messages they got.
 * @param {string} lang
 * @returns {string}
 */
function uiLanguageArg(lang) {
  if (!/^[a-z]{2,3}(?:-(?:[A-Z]{2}|\d{3}))?$/.test(lang)) {
    throw new Error(`Not a Chromium locale name: ${JSON.stringify(lang)} (e.g. en-US, fr, de, es)`);
  }
  return `--lang=${lang}`;
}

/**
 * Flags that keep Chromium quiet on the network and working as root in a container, in the
 * default UI language.
 * @type {readonly string[]}
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  uiLanguageArg(DEFAULT_UI_LANGUAGE),
];

/**
 * Removes a folder, retrying: Chromium may still hold files in it for a moment after it exits.
 * @param {string} dir @param {number} [attempts]
 * @returns {Promise<void>}
 */
export async function removeDirWithRetries(dir, attempts = 10) {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/**
 * @typedef {object} LaunchOptions
 * @property {boolean} [headless] default true
 * @property {string} [extensionDir] the unpacked extension to load; default dist/chrome
 * @property {string} [executablePath] default findChromium()
 * @property {{ width: number, height: number } | null} [viewport] default 1280×900; null: the window's own size
 * @property {string} [lang] the browser's UI language, which picks the extension's messages: a
 *   Chromium locale name such as `fr`, `de`, `es` (not `fr-FR`: see uiLanguageArg); default en-US
 */
/**
 * @typedef {object} LaunchedExtension
 * @property {BrowserContext} context
 * @property {string} extensionId
 * @property {string} profileDir the temporary profile, removed by close()
 * @property {() => Promise<void>} close closes the browser and removes the profile; a second call does nothing
 */

/**
 * Starts Chromium with the built extension loaded, in a fresh temporary profile.
 * Resolves once the extension's service worker has started, which also gives its id.
 * @param {LaunchOptions} [options]
 * @returns {Promise<LaunchedExtension>}
 */
export async function launchWithExtension(options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`node build.mjs\` first`);
  }
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: `sudo apt-get install chromium`, or set KNOW_TRUST_CHROMIUM=/path/to/chromium');
  }
  // Imported here, not at the top: scripts/test.mjs finds Chromium before node_modules may exist.
  const { chromium } = await import('playwright-core');
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'know-trust-profile-'));
  /** @type {BrowserContext | undefined} */
  let launched;
  /** @type {string} */
  let extensionId;
  try {
    launched = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...QUIET_CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--lang=')),
        uiLanguageArg(options.lang ?? DEFAULT_UI_LANGUAGE),
      ],
    });
    /** @param {Worker} w */
    const isExtensionWorker = (w) => w.url().startsWith('chrome-extension://');
    const worker =
      launched.serviceWorkers().find(isExtensionWorker) ??
      (await launched.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  } catch (error) {
    await launched?.close().catch(() => {});
    await removeDirWithRetries(profileDir);
    throw error;
  }
  // Launched: had anything failed above, the catch would have thrown.
  const context = launched;
  let closed = false;
  async function close() {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      await removeDirWithRetries(profileDir);
    }
  }
  return { context, extensionId, profileDir, close };
}
