// Popup-only mode (an option): not a single element is added to LinkedIn's page, and the popup
// still lists the inviters of the tab. Switching it takes effect on open tabs at once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXPECTED,
  domChangesOn,
  launchOnFixture,
  popupListing,
  recordDomChanges,
  setPopupOnly,
  waitForBadgeCount,
  type launchWithExtension,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.map((p) => p.profile);
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
});

afterAll(async () => {
  await browser?.close();
});

describe('popup-only mode', () => {
  test('switched on: the badges leave the open tab at once', async () => {
    await setPopupOnly(browser, true);
    await waitForBadgeCount(linkedin, 0);
  });

  test('a page loaded in popup-only mode gets no element at all, yet the popup lists its inviters', async () => {
    // Every change made to the page's DOM after it was parsed is written down.
    await recordDomChanges(linkedin);
    await linkedin.reload();
    // The content script has read the page once the popup (via the background) lists its people.
    await expect.poll(async () => (await popupListing(browser, tabId)).sort(), POLL).toEqual([...PEOPLE].sort());
    expect(await domChangesOn(linkedin)).toEqual([]);
    expect(await linkedin.locator('[data-know-trust-profile]').count()).toBe(0);
  });

  test('switched off again: the badges come back without a reload', async () => {
    await setPopupOnly(browser, false);
    await waitForBadgeCount(linkedin, PEOPLE.length);
  });
});
