// Storage is reachable only from the extension's trusted contexts (issue 12): the content script
// runs in LinkedIn's renderer, and a compromised renderer must neither read the user's notes nor
// rewrite their answers and settings. Attacked from the content script's own isolated world of a
// LinkedIn tab (found through CDP, as an exploit in that renderer would run), storage.local and
// storage.session refuse; the popup and the options page still read and write (background/areas.ts).
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getServiceWorker, launchOnFixture, openPopupFor, readInNewPopup, type launchWithExtension } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const MARCUS = 'marcus-feld-hr';
const NOTE = 'Private: reports to the board, do not accept before the audit.';
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;
let cdp: CDPSession;
/** The execution contexts of the tab's top frame that are isolated worlds of our extension. */
const isolated: number[] = [];

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
  cdp = await browser.context.newCDPSession(linkedin);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin === `chrome-extension://${browser.extensionId}`) isolated.push(context.id);
  });
  // Enabling reports every context that exists already: the content script's world among them.
  await cdp.send('Runtime.enable');
  for (let tries = 0; tries < 50 && isolated.length === 0; tries++) await new Promise((done) => setTimeout(done, 100));
  if (isolated.length === 0) throw new Error('no isolated world of the extension on the LinkedIn tab');
});

afterAll(async () => {
  await browser?.close();
});

/** Runs `expression` (a promise) in the content script's isolated world; its settled value, as JSON. */
async function inContentScript(expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: isolated[0]!,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** The call's outcome: what it gave, or the error it was refused with. */
const attempt = (call: string) => `(async () => {
  try { const value = await ${call}; return { refused: false, value: value ?? null }; }
  catch (error) { return { refused: true, error: String(error && error.message || error) }; }
})()`;

describe('storage from the content script of a LinkedIn tab', () => {
  test('the popup saves a note, and reopened reads it back', async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.click(`#inviter-list [data-profile="${MARCUS}"]`);
    await popup.fill('textarea#note', NOTE);
    await popup.press('textarea#note', 'Tab');
    await popup.close();
    await expect.poll(() => readInNewPopup(browser, tabId, MARCUS), POLL).toBe(NOTE);
  });

  test('it is the extension’s own world (its API is there), yet storage.local refuses to be read', async () => {
    expect(await inContentScript(`Promise.resolve(typeof chrome.runtime.sendMessage)`)).toBe('function');
    const read = (await inContentScript(attempt('chrome.storage.local.get(null)'))) as { refused: boolean; value?: unknown };
    expect(read, JSON.stringify(read)).toMatchObject({ refused: true });
    expect(JSON.stringify(read)).not.toContain(NOTE);
    const one = (await inContentScript(attempt(`chrome.storage.local.get('inviter:${MARCUS}')`))) as { refused: boolean };
    expect(one.refused).toBe(true);
  });

  test('storage.local refuses writes: the settings and the answers stay as the user left them', async () => {
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const before = await worker.evaluate(() => chrome.storage.local.get(null));
    const forged = {
      settings: { companies: [], popupOnly: true },
      [`inviter:${MARCUS}`]: {
        profile: MARCUS,
        name: 'Marcus',
        headline: '',
        answers: { trusts: 'yes' },
        note: '',
        firstSeen: 1,
        lastSeen: 1,
        updatedAt: 1,
      },
    };
    const write = (await inContentScript(attempt(`chrome.storage.local.set(${JSON.stringify(forged)})`))) as { refused: boolean };
    expect(write.refused).toBe(true);
    const removal = (await inContentScript(attempt('chrome.storage.local.clear()'))) as { refused: boolean };
    expect(removal.refused).toBe(true);
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
  });

  test('storage.session (what each tab shows) is closed to it too', async () => {
    const read = (await inContentScript(attempt('chrome.storage.session.get(null)'))) as { refused: boolean };
    expect(read.refused).toBe(true);
  });

  test('the options page still reads and writes the settings', async () => {
    const options = await browser.context.newPage();
    try {
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      const saved = await options.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics'] } }),
      );
      expect(saved).toMatchObject({ companies: ['Northwind Analytics'] });
      expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'get-settings' }))).toMatchObject({
        companies: ['Northwind Analytics'],
      });
    } finally {
      await options.close();
    }
  });
});
