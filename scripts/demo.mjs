#!/usr/bin/env node
// `npm run demo`: builds the extension and opens it in Chromium on the LinkedIn fixtures, served at
// their real LinkedIn URLs (nothing goes to the network; every other request is aborted).
//
// With a display (DISPLAY or WAYLAND_DISPLAY set, and no --headless): a visible browser with one tab
// per fixture; it stays open until you close it.
// Without one (or with --headless): screenshots into demo-output/ (git-ignored): each fixture's page
// with its badges, and the popup for the 2026 fixture's tab with an inviter selected and answered.
// With --screenshots (`npm run screenshots`): also the README's pictures in docs/screenshots/, once
// fonts for every script the fixtures show are there. Nothing else in the repository is written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\`${[command, ...args].join(' ')}\` failed`);
    process.exit(1);
  }
}

if (!fs.existsSync(path.join(root, 'node_modules'))) run('npm', ['ci']);
run(process.execPath, ['build.mjs']);

// Imported only now: they need node_modules (playwright-core).
const { launchWithExtension } = await import('./chromium.mjs');
const { EXPECTED, FIXTURE_URLS, serveFixtures } = await import('./fixture-server.mjs');
const { POPUP_VIEWPORT, openPopupFor, tabIdOf, waitForBadgeCount, waitForBadgeVerdict } = await import('./extension-control.mjs');

// The fixtures carry LinkedIn's structure but none of its stylesheets; a few rules make the demo
// pages readable as cards. Demo only: tests see the fixtures exactly as they are.
const DEMO_STYLE = `
  body { font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; color: #1d2226; margin: 0; }
  main, [role="main"] { max-width: 760px; margin: 0 auto; }
  img, figure, svg { display: none; }
  [role="listitem"], li.invitation-card { display: block; background: #fff; border: 1px solid #e0dfdc; border-radius: 8px; padding: 12px 16px; margin: 8px; list-style: none; }
  ul { padding: 0; }
  p { margin: 2px 0; }
  a { color: #0a66c2; text-decoration: none; }
  button { font: 600 14px system-ui; border: 1px solid #0a66c2; color: #0a66c2; background: #fff; border-radius: 16px; padding: 4px 14px; margin: 6px 6px 0 0; }
`;

const forReadme = process.argv.includes('--screenshots');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = forReadme || !hasDisplay || process.argv.includes('--headless');
if (forReadme) ensureFonts();

/**
 * The README's pictures show a Chinese name and an emoji: without fonts for them they show empty
 * boxes. Where fontconfig lacks them, Debian's packages are installed (as root) or named.
 */
function ensureFonts() {
  const covered = () =>
    ['zh', 'ja'].every((lang) => spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).stdout?.trim()) &&
    Boolean(spawnSync('fc-list', [':charset=1f680'], { encoding: 'utf8' }).stdout?.trim());
  if (spawnSync('fc-list', ['--version']).status !== 0 || covered()) return;
  const packages = ['fonts-noto-cjk', 'fonts-noto-color-emoji'];
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    console.log(`Installing ${packages.join(' ')} so the screenshots show every script of the fixtures`);
    spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!covered()) {
    console.error(`Fonts missing for Chinese, Japanese or emoji: install ${packages.join(' ')} (sudo apt-get install ...) and run again.`);
    process.exit(1);
  }
}
const fixtures = Object.keys(FIXTURE_URLS);

const browser = await launchWithExtension({ headless, viewport: headless ? { width: 1280, height: 900 } : null });
const { context, extensionId } = browser;
let closing = false;
async function shutDown(code) {
  if (closing) return;
  closing = true;
  await browser.close().catch((error) => console.error(error));
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(130));
process.on('SIGTERM', () => void shutDown(143));

try {
  await serveFixtures(context);
  const pages = {};
  for (const [i, fixture] of fixtures.entries()) {
    // The first fixture goes in the tab the browser opened with, the others in new tabs.
    const opened = i === 0 ? context.pages()[0] : undefined;
    const page = opened ?? (await context.newPage());
    await page.goto(FIXTURE_URLS[fixture]);
    await page.addStyleTag({ content: DEMO_STYLE });
    pages[fixture] = page;
  }

  if (!headless) {
    await pages[fixtures[0]].bringToFront();
    console.log('\nKnow & Trust demo: Chromium is open with one tab per LinkedIn fixture:');
    for (const fixture of fixtures) console.log(`  ${FIXTURE_URLS[fixture]}  (${fixture})`);
    console.log(
      '\nEach pending invitation carries a Know & Trust badge. The popup is the toolbar icon (a teal shield;' +
        '\nif hidden, it is under the puzzle-piece Extensions menu: pin it). Close the browser to end the demo.',
    );
    await new Promise((resolve) => context.once('close', resolve));
    await shutDown(0);
  }

  const outDir = path.join(root, 'demo-output');
  fs.mkdirSync(outDir, { recursive: true });
  const saved = [];
  async function screenshot(page, name, options = {}) {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file, ...options });
    saved.push(file);
  }

  for (const fixture of fixtures) {
    const page = pages[fixture];
    await waitForBadgeCount(page, EXPECTED.fixtures[fixture].people.length);
    await screenshot(page, `${path.basename(fixture, '.html')}.png`, { fullPage: true });
  }

  // The popup for the 2026 page's tab, with the HR manager chosen and the first answers given:
  // known and trusted, but at the user's own company and worried about visibility → leave pending.
  const main = 'fixture-sdui-2026.html';
  const tabId = await tabIdOf(context, extensionId, FIXTURE_URLS[main]);
  const popup = await openPopupFor(context, extensionId, tabId);
  await popup.waitForSelector('#inviter-list [data-profile]');
  await screenshot(popup, 'popup-list.png');
  await popup.click('#inviter-list [data-profile="marcus-feld-hr"]');
  for (const [question, value] of [
    ['knows', 'yes'],
    ['trusts', 'yes'],
    ['insider', 'hr'],
    ['visibilityWorry', 'yes'],
  ]) {
    await popup.check(`input[name="${question}"][value="${value}"]`);
  }
  await popup.fill('textarea#note', 'Our HR manager. Friendly, but I am updating my profile soon.');
  await popup.waitForSelector('#advice[data-verdict="leave-pending"]');
  await popup.locator('textarea#note').blur();
  // Every save landed: the pictures never show "Saving…".
  const savedText = await popup.evaluate(() => chrome.i18n.getMessage('popupSaved'));
  await popup.waitForFunction((text) => document.getElementById('status')?.textContent === text, savedText);
  await popup.evaluate(() => window.scrollTo(0, 0));
  await screenshot(popup, 'popup-inviter.png');
  // The whole popup in one picture: the save-state line, which sticks to the bottom of the popup's
  // window while the user scrolls, is drawn at the end of the page here, not across the questions.
  await popup.evaluate(() => document.getElementById('status')?.style.setProperty('position', 'static'));
  await screenshot(popup, 'popup-inviter-full.png', { fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await screenshot(popup, 'popup-inviter-full-dark.png', { fullPage: true });
  await popup.close();
  await pages[main].bringToFront();
  await waitForBadgeVerdict(pages[main], 'marcus-feld-hr', 'leave-pending');
  await screenshot(pages[main], 'fixture-sdui-2026-after-answer.png', { fullPage: true });

  const list = pages[main].locator('[data-testid="lazy-column"]');
  await list.screenshot({ path: path.join(outDir, 'invitations.png') });
  saved.push(path.join(outDir, 'invitations.png'));

  // The pictures the README shows, kept in the repository: only when asked (npm run screenshots).
  const docsDir = path.join(root, 'docs', 'screenshots');
  if (forReadme) {
    fs.mkdirSync(docsDir, { recursive: true });
    /** @type {[from: string, to: string][]} */
    const pictures = [
      ['invitations.png', 'invitations.png'],
      ['popup-inviter-full.png', 'popup.png'],
      ['popup-inviter-full-dark.png', 'popup-dark.png'],
    ];
    for (const [from, to] of pictures) {
      fs.copyFileSync(path.join(outDir, from), path.join(docsDir, to));
      saved.push(path.join(docsDir, to));
    }
  }

  console.log(`\nKnow & Trust demo (headless). Screenshots in ${outDir}${forReadme ? ` and ${docsDir}` : ''}:`);
  for (const file of saved) console.log(`  ${file}`);
  console.log(`The popup shots are ${POPUP_VIEWPORT.width}x${POPUP_VIEWPORT.height}, about the size of the toolbar popup.`);
  await shutDown(0);
} catch (error) {
  console.error(error);
  await shutDown(1);
}
