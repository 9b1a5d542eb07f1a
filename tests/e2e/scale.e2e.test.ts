// 10,000 inviters stored keep every screen working: the popup on a LinkedIn tab and elsewhere
// (list, search, choosing one), the options page's figures, export, import and delete-all.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXPECTED,
  getServiceWorker,
  launchOnFixture,
  openPopupFor,
  openTabWithId,
  seedInviters,
  type launchWithExtension,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const STORED = 10_000;
const POLL = { timeout: 30_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let tabId: number;

beforeAll(async () => {
  ({ browser, tabId } = await launchOnFixture(FIXTURE));
  // 10,000 answered inviters with notes, written straight into storage as version 1 records.
  const worker = await getServiceWorker(browser.context, browser.extensionId);
  await seedInviters(worker, STORED);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function listed(popup: Page): Promise<string[]> {
  return popup.$$eval('#inviter-list [data-profile]', (items) => items.map((i) => i.getAttribute('data-profile') ?? ''));
}

describe(`${STORED} inviters stored`, () => {
  test("the popup on the LinkedIn tab lists the tab's six inviters and opens one", async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await expect.poll(async () => (await listed(popup)).length, POLL).toBe(EXPECTED.fixtures[FIXTURE].people.length);
    await popup.click('[data-profile="elenavasquez"]');
    await expect.poll(() => popup.locator('#inviter-name').textContent(), POLL).toBe('Elena Vasquez');
    await popup.close();
  });

  test('the popup elsewhere lists the most recent notes, says how many there are, and searches them', async () => {
    const { page: blank, tabId: blankId } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const popup = await openPopupFor(browser.context, browser.extensionId, blankId);
    await expect.poll(async () => (await listed(popup))[0], POLL).toBe('person-09999');
    expect(await listed(popup)).toHaveLength(50);
    await expect.poll(() => popup.locator('#list-note').textContent(), POLL).toBe('Showing 50 of 10,000. Refine the search to see others.');
    await popup.fill('#search', 'Person 4321');
    await expect.poll(() => listed(popup), POLL).toEqual(['person-04321']);
    await popup.click('[data-profile="person-04321"]');
    await expect.poll(() => popup.inputValue('#note'), POLL).toMatch(/^Note about person 4321\./);
    await popup.close();
    await blank.close();
  });

  test('the options page counts them, exports them all, and deletes them all', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('#storage-used').textContent(), POLL).toMatch(/People you answered or wrote about: 10,000,/);
    const [download] = await Promise.all([options.waitForEvent('download', POLL), options.click('#export')]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.inviters).toHaveLength(STORED + 6);
    await options.click('#delete-all');
    await options.click('#confirm-delete-yes');
    await expect.poll(() => options.locator('#storage-used').textContent(), POLL).toMatch(/People you answered or wrote about: 0,/);
    await options.setInputFiles('#import-file', {
      name: 'all.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await options.click('#import');
    await expect.poll(() => options.locator('#data-status').textContent(), POLL).toMatch(/10,006 people stored now/);
  });
});
