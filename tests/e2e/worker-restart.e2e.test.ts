// Chromium stops an MV3 service worker whenever it likes. Nothing may be lost to that: answers given
// in the popup reach storage and the page's badges whether the worker was stopped before the popup
// asked, between the answer and the badge update, or while the popup stood open.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXPECTED,
  launchOnFixture,
  type launchWithExtension,
  openPopupFor,
  stopServiceWorker,
  waitForBadgeCount,
  waitForBadgeVerdict,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.length;
const PRIYA = 'priya-raman-4b2a1c';
const NOTE = 'Sat next to Priya for two years; she kept my secrets.';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
});

afterAll(async () => {
  await browser?.close();
});

/** Returns once Chromium no longer lists the worker (stopServiceWorker throws otherwise). */
function stopWorker(): Promise<void> {
  return stopServiceWorker(browser.context, browser.extensionId);
}

async function selectInviter(popup: Page, profile: string): Promise<void> {
  await popup.click(`#inviter-list [data-profile="${profile}"]`, { timeout: 15_000 });
}

const POLL = { timeout: 15_000 };

describe('service worker restarts', () => {
  test('answers survive a worker stopped before the popup, between answer and badge update, and before a reload', async () => {
    await stopWorker();

    // The popup's first message has to wake the worker to learn what is on the tab.
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await selectInviter(popup, PRIYA);
    await popup.check('input[name="knows"][value="yes"]');
    await popup.check('input[name="trusts"][value="yes"]');
    await popup.check('input[name="insider"][value="no"]');
    await popup.fill('textarea#note', NOTE);
    await popup.press('textarea#note', 'Tab');
    await expect.poll(() => popup.locator('#advice').getAttribute('data-verdict'), POLL).toBe('accept');
    // The popup's verdict is its own; the note is stored only once the last save has landed.
    await popup.locator('#status:not([aria-busy])', { hasText: 'Saved on this device' }).waitFor(POLL);

    // Stopped right after the answer, before the page's badge may have heard of it.
    await stopWorker();
    await popup.close();
    await stopWorker();

    await linkedin.reload();
    await waitForBadgeCount(linkedin, PEOPLE);
    await waitForBadgeVerdict(linkedin, PRIYA, 'accept');

    const reopened = await openPopupFor(browser.context, browser.extensionId, tabId);
    await selectInviter(reopened, PRIYA);
    expect(await reopened.isChecked('input[name="knows"][value="yes"]')).toBe(true);
    expect(await reopened.isChecked('input[name="trusts"][value="yes"]')).toBe(true);
    expect(await reopened.isChecked('input[name="insider"][value="no"]')).toBe(true);
    expect(await reopened.inputValue('textarea#note')).toBe(NOTE);
    await reopened.close();
  });

  test('an answer given in a popup left open while the worker stopped still reaches the live badge', async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await selectInviter(popup, 'marcus-feld-hr');
    await stopWorker();

    await popup.check('input[name="knows"][value="yes"]');
    await popup.check('input[name="trusts"][value="unsure"]');
    await expect.poll(() => popup.locator('#advice').getAttribute('data-verdict'), POLL).toBe('leave-pending');
    await waitForBadgeVerdict(linkedin, 'marcus-feld-hr', 'leave-pending');
    await popup.close();
  });
});
