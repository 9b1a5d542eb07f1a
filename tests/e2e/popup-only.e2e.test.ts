// Popup-only mode (an option): not a single element is added to LinkedIn's page, and the popup
// still lists the inviters of the tab. Switching it takes effect on open tabs at once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECTED, launchOnFixture, openPopupFor, waitForBadgeCount, type launchWithExtension } from './harness';

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

async function setPopupOnly(on: boolean): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const box = options.locator('#popup-only');
  await expect.poll(() => box.isEnabled(), POLL).toBe(true);
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => options.locator('#popup-only-status').textContent(), POLL).toMatch(on ? /is on/ : /is off/);
  await options.close();
}

async function popupProfiles(): Promise<string[]> {
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  try {
    await popup.locator('#inviter-list [data-profile]').first().waitFor(POLL);
    return await popup.$$eval('#inviter-list [data-profile]', (items) => items.map((i) => i.getAttribute('data-profile') ?? ''));
  } finally {
    await popup.close();
  }
}

describe('popup-only mode', () => {
  test('switched on: the badges leave the open tab at once', async () => {
    await setPopupOnly(true);
    await waitForBadgeCount(linkedin, 0);
  });

  test('a page loaded in popup-only mode gets no element at all, yet the popup lists its inviters', async () => {
    // Record every change made to the page's DOM after it was parsed: the fixture has no script
    // of its own, so anything recorded was done by the extension.
    await linkedin.addInitScript(() => {
      const changes: string[] = [];
      (window as unknown as { domChanges: string[] }).domChanges = changes;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records)
            changes.push(`${r.type} ${r.target.nodeName} +${r.addedNodes.length} -${r.removedNodes.length} ${r.attributeName ?? ''}`);
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await linkedin.reload();
    // The content script has read the page once the popup (via the background) lists its people.
    await expect.poll(async () => (await popupProfiles()).sort(), POLL).toEqual([...PEOPLE].sort());
    expect(await linkedin.evaluate(() => (window as unknown as { domChanges: string[] }).domChanges)).toEqual([]);
    expect(await linkedin.locator('[data-know-trust-profile]').count()).toBe(0);
  });

  test('switched off again: the badges come back without a reload', async () => {
    await setPopupOnly(false);
    await waitForBadgeCount(linkedin, PEOPLE.length);
  });
});
