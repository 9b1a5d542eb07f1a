// Helpers for the browser tests: the built extension (dist/chrome, from `node build.mjs`) loaded into
// a system Chromium by playwright-core, the LinkedIn fixtures served at their real URLs, and ways
// to reach the extension's service worker, tabs, popup and badges from a test.
// The code lives in plain modules under scripts/ because `npm run demo` uses it too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension as launchChromium, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { EXPECTED, FIXTURE_URLS, fixtureDocument, serveFixtures, type FixtureName } from '../../scripts/fixture-server.mjs';
import { getServiceWorker, openPopupFor, tabIdOf, waitForBadgeCount } from '../../scripts/extension-control.mjs';

export {
  EXPECTED,
  FEED_URL,
  FIXTURE_URLS,
  LINKEDIN_ORIGIN,
  SENT_URL,
  fixtureDocument,
  readFixture,
  serveFixtures,
  type ExpectedFixture,
  type ExpectedPerson,
  type FixtureName,
} from '../../scripts/fixture-server.mjs';
export {
  BADGE,
  answerFromPage,
  getServiceWorker,
  isServiceWorkerRunning,
  openPopupFor,
  openTabWithId,
  readBadge,
  readBadges,
  seedInviters,
  stopServiceWorker,
  tabIdOf,
  waitForBadgeCount,
  waitForBadgeVerdict,
  wakeServiceWorker,
} from '../../scripts/extension-control.mjs';

/**
 * Starts Chromium with dist/chrome (or $KNOW_TRUST_EXTENSION_DIR) loaded in a fresh temporary profile,
 * removed on close. Chromium: $KNOW_TRUST_CHROMIUM, else /usr/bin/chromium, else `chromium` on PATH.
 * Headless unless HEADED=1.
 */
export function launchWithExtension(options: { lang?: string } = {}): Promise<LaunchedExtension> {
  return launchChromium({
    headless: process.env.HEADED !== '1',
    ...(options.lang ? { lang: options.lang } : {}),
    ...(process.env.KNOW_TRUST_EXTENSION_DIR ? { extensionDir: process.env.KNOW_TRUST_EXTENSION_DIR } : {}),
  });
}

/**
 * The set-up most browser tests share: Chromium with the extension, the fixtures served, and
 * `fixture` open at its LinkedIn URL with every expected badge drawn, plus that tab's id.
 */
export async function launchOnFixture(
  fixture: FixtureName,
  options: { lang?: string } = {},
): Promise<{ browser: LaunchedExtension; linkedin: Page; tabId: number }> {
  const browser = await launchWithExtension(options);
  await serveFixtures(browser.context);
  const linkedin = await browser.context.newPage();
  await linkedin.goto(FIXTURE_URLS[fixture]);
  await waitForBadgeCount(linkedin, EXPECTED.fixtures[fixture].people.length);
  const tabId = await tabIdOf(browser.context, browser.extensionId, FIXTURE_URLS[fixture]);
  return { browser, linkedin, tabId };
}

export type FixtureSession = Awaited<ReturnType<typeof launchOnFixture>>;

/**
 * One browser on `fixture` for a whole test file: launched before its first test, closed after
 * its last. Read `.current` inside the tests.
 */
export function useFixtureSession(fixture: FixtureName): { readonly current: FixtureSession } {
  const session = {} as { current: FixtureSession };
  beforeAll(async () => {
    session.current = await launchOnFixture(fixture);
  });
  afterAll(async () => {
    await session.current?.browser.close();
  });
  return session;
}

/**
 * Opens the popup on `session`'s browser for `tabId`, picks `profile` from its list and answers, as a
 * user does; returns the popup, still open.
 */
export async function answerInNewPopup(
  session: FixtureSession,
  tabId: number,
  profile: string,
  answers: [string, string][],
): Promise<Page> {
  const popup = await openPopupFor(session.browser.context, session.browser.extensionId, tabId);
  await popup.click(`#inviter-list [data-profile="${profile}"]`);
  for (const [question, value] of answers) await popup.check(`input[name="${question}"][value="${value}"]`);
  return popup;
}

/**
 * Opens a fresh popup for `tabId`, picks `profile` from its list and returns what `read` finds in
 * its form (by default the note), then closes it: what a user sees on coming back later, i.e. what
 * is stored. Poll it (`expect.poll`): a save lands a moment after the field is left.
 */
export async function readInNewPopup<T = string>(
  browser: LaunchedExtension,
  tabId: number,
  profile: string,
  read: (popup: Page) => Promise<T> = (popup) => popup.inputValue('textarea#note') as Promise<T>,
): Promise<T> {
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  try {
    await popup.click(`#inviter-list [data-profile="${profile}"]`, { timeout: 5_000 });
    return await read(popup);
  } finally {
    await popup.close();
  }
}

/**
 * Opens the popup for `tabId` until it says the page's layout was not recognised (the content
 * script's report reaches the background shortly after load), and returns it, still open.
 */
export async function popupSayingUnrecognised(browser: LaunchedExtension, tabId: number): Promise<Page> {
  let popup: Page | null = null;
  await expect
    .poll(
      async () => {
        await popup?.close();
        popup = await openPopupFor(browser.context, browser.extensionId, tabId);
        await popup
          .locator('#status:not(:has-text("Reading"))')
          .waitFor({ state: 'attached', timeout: 5_000 })
          .catch(() => undefined);
        return popup.locator('#layout-unrecognised').isVisible();
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return popup as unknown as Page;
}

/** What an open popup's form shows for the inviter open in it: each answered question's choice, and the note. */
export async function popupForm(popup: Page): Promise<{ answers: Record<string, string>; note: string }> {
  const answers = await popup.$$eval('input[type="radio"]:checked', (inputs) =>
    Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])),
  );
  return { answers, note: await popup.inputValue('textarea#note') };
}

/** The popup's status line (saved, saving, refreshed, a conflict, an error). */
export async function popupStatus(popup: Page): Promise<string> {
  return (await popup.locator('#status').textContent()) ?? '';
}

/**
 * The 2026 fixture with its lazy column holding `count` copies of its first card, one person each
 * (person-<first> … person-<first + count - 1>, named Person <n>), as the benchmark builds its pages
 * (bench/pages.mjs), made here so the browser tests stand on their own. Serve it with
 * `context.route` at an invitations URL.
 */
export function invitationsPageWith(count: number, first = 0): string {
  const html = fixtureDocument('fixture-sdui-2026.html');
  const open = html.indexOf('<div data-testid="lazy-column"');
  const start = html.indexOf('>', open) + 1;
  // The first card's wrapper: from the list's opening tag to the next wrapper of the same indent.
  const firstCard = /<div[^>]*>\s*<div role="listitem" componentkey="urn:li:invitation:[\s\S]*?\n {14}<\/div>\n/.exec(html.slice(start));
  if (!firstCard) throw new Error('fixture-sdui-2026.html has no first card where this test expects it');
  const card = firstCard[0];
  for (const needle of ['priya-raman-4b2a1c', 'Priya Raman']) if (!card.includes(needle)) throw new Error(`the first card lacks ${needle}`);
  const cards = Array.from({ length: count }, (_, index) => {
    const n = first + index;
    return card.replaceAll('priya-raman-4b2a1c', `person-${n}`).replaceAll('Priya Raman', `Person ${n}`).replaceAll('/priya/', `/p${n}/`);
  }).join('');
  // The list's own content is replaced up to its closing tag (the first </div> at the list's indent).
  const listIndent = /\n( *)<div data-testid="lazy-column"/.exec(html)![1]!;
  const end = html.indexOf(`\n${listIndent}</div>`, start);
  return html.slice(0, start) + '\n' + cards + html.slice(end);
}

/**
 * Fills storage.local to a few bytes short of its quota with one `filler` item, from the
 * extension's service worker: the next record written does not fit, and Chromium refuses it with
 * its own quota error (returned, to check). `freeStorage` takes the filler away again.
 */
export async function fillStorage(browser: LaunchedExtension): Promise<string | null> {
  const worker = await getServiceWorker(browser.context, browser.extensionId);
  return worker.evaluate(async () => {
    const room = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    await chrome.storage.local.set({ filler: 'x'.repeat(room - 'filler'.length - 2 - 16) });
    return chrome.storage.local.set({ overflow: 'x'.repeat(64) }).then(
      () => null,
      (error: Error) => error.message,
    );
  });
}

export async function freeStorage(browser: LaunchedExtension): Promise<void> {
  const worker = await getServiceWorker(browser.context, browser.extensionId);
  await worker.evaluate(() => chrome.storage.local.remove('filler'));
}

/** Switches popup-only mode as a user does, with the options page's checkbox, and waits until the page says it is on or off. */
export async function setPopupOnly(browser: LaunchedExtension, on: boolean): Promise<void> {
  const options = await browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Playwright's own waits, not expect.poll: this runs in beforeAll hooks too.
    await options.locator('#popup-only:enabled').waitFor({ timeout: 10_000 });
    if ((await options.isChecked('#popup-only')) !== on) await options.click('#popup-only');
    await options.locator('#popup-only-status', { hasText: on ? /is on/ : /is off/ }).waitFor({ timeout: 10_000 });
  } finally {
    await options.close();
  }
}

/** The profiles a fresh popup for `tabId` lists, in its order, once it lists any. */
export async function popupListing(browser: LaunchedExtension, tabId: number): Promise<string[]> {
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  try {
    await popup.locator('#inviter-list [data-profile]').first().waitFor({ timeout: 10_000 });
    return await popup.$$eval('#inviter-list [data-profile]', (items) => items.map((i) => i.getAttribute('data-profile') ?? ''));
  } finally {
    await popup.close();
  }
}

/**
 * From the next document `page` loads on: every change made to its DOM after it was parsed is
 * written down (read with `domChangesOn`). On a fixture, which has no script of its own, anything
 * written down was done by the extension.
 */
export async function recordDomChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { domChanges: string[] }).domChanges = changes;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records)
          changes.push(`${r.type} ${r.target.nodeName} +${r.addedNodes.length} -${r.removedNodes.length} ${r.attributeName ?? ''}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

export function domChangesOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { domChanges: string[] }).domChanges);
}

/** The profile slug of the person called `name` in `fixture`'s answer key. */
export function profileIn(fixture: FixtureName, name: string): string {
  const person = EXPECTED.fixtures[fixture].people.find((p) => p.name === name);
  if (!person) throw new Error(`No ${name} in the answer key of ${fixture}`);
  return person.profile;
}

/**
 * Turns on chrome://extensions' Developer mode. Chromium disables an unpacked extension that was
 * loaded from the command line when it reloads itself ("unsupported developer extension") unless
 * Developer mode is on, as it is for any developer who loads the extension unpacked by hand.
 */
export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          (
            chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void } }
          ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
        ),
    );
  } finally {
    await page.close();
  }
}

/** One entry of a locale's messages.json. */
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const localeFiles = new Map<string, Record<string, LocaleMessage>>();

/** A locale's messages (_locales/<locale>/messages.json), as the extension ships them; read once. */
export function localeMessages(locale: string): Record<string, LocaleMessage> {
  let messages = localeFiles.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(join(__dirname, '..', '..', '_locales', locale, 'messages.json'), 'utf8')) as Record<
      string,
      LocaleMessage
    >;
    localeFiles.set(locale, messages);
  }
  return messages;
}

/**
 * A message as the browser gives it: named placeholders filled with their content, `$1`… with
 * `subs`. Falls back to English as the browser does for a key the locale lacks.
 */
export function say(locale: string, key: string, ...subs: string[]): string {
  const entry = localeMessages(locale)[key] ?? localeMessages('en')[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

/** The evaluation contexts CDP reports for a page, collected once Runtime is enabled. */
export async function executionContexts(
  browser: LaunchedExtension,
  page: Page,
): Promise<{
  cdp: CDPSession;
  contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } }>;
}> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable'); // reports every existing context before it returns
  return { cdp, contexts };
}

/**
 * Runs `expression` in the content script's own isolated world on `page` (the world whose origin
 * is our extension's), where `chrome.runtime.sendMessage` carries the content script's sender.
 */
export async function inContentScript(browser: LaunchedExtension, page: Page, expression: string): Promise<unknown> {
  const { cdp, contexts } = await executionContexts(browser, page);
  try {
    const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
    if (ours.length !== 1)
      throw new Error(`Expected one isolated world of the extension on ${page.url()}, found ${JSON.stringify(contexts)}`);
    const result = (await cdp.send('Runtime.evaluate', {
      contextId: ours[0]!.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails)
      throw new Error(`In the content script: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
