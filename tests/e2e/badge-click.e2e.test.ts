// Clicking a badge on LinkedIn's page selects that inviter: Chromium lets the extension open its
// toolbar popup after the click, and the popup opens on that inviter's questions. The click never
// reaches LinkedIn's own card (no navigation, no Accept).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchOnFixture, type launchWithExtension } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let extensionPage: Page;

beforeAll(async () => {
  ({ browser, linkedin } = await launchOnFixture(FIXTURE));
  // An extension page of our own, from which chrome.extension.getViews can look into the popup.
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await linkedin.bringToFront();
});

afterAll(async () => {
  await browser?.close();
});

/** The heading of the inviter the open toolbar popup shows, or null when no popup is open. */
function popupInviterName(): Promise<string | null> {
  return extensionPage.evaluate(() => {
    const [popup] = chrome.extension.getViews({ type: 'popup' });
    return popup?.document.getElementById('inviter-name')?.textContent ?? null;
  });
}

describe('clicking a badge', () => {
  test("opens the popup on that inviter, and LinkedIn's card never sees the click", async () => {
    await linkedin.evaluate(() => {
      const w = window as unknown as { cardClicks: number };
      w.cardClicks = 0;
      for (const card of document.querySelectorAll('[role="listitem"]')) card.addEventListener('click', () => (w.cardClicks += 1));
    });
    const urlBefore = linkedin.url();
    await linkedin.click('[data-know-trust-profile="elenavasquez"]');
    await expect.poll(popupInviterName, { timeout: 10_000 }).toBe('Elena Vasquez');
    expect(await linkedin.evaluate(() => (window as unknown as { cardClicks: number }).cardClicks)).toBe(0);
    expect(linkedin.url()).toBe(urlBefore);
  });
});
