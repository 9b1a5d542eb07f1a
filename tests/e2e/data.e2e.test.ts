// The user's data is theirs: export to one JSON file, delete everything (after confirming), import it
// back (merge or replace) and get identical data; bad files get a clear alert and change nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { answerFromPage, getServiceWorker, launchOnFixture, waitForBadgeVerdict, type launchWithExtension } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let options: Page;
let exported: string;

const storage = async () => (await getServiceWorker(browser.context, browser.extensionId)).evaluate(() => chrome.storage.local.get(null));
const statusText = () => options.locator('#data-status').textContent();
const alertText = () => options.locator('#data-error').textContent();

beforeAll(async () => {
  ({ browser, linkedin } = await launchOnFixture(FIXTURE));
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // Two inviters answered, one with a note in two lines and an emoji; settings set.
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics'] } }));
  await answerFromPage(
    options,
    'marcus-feld-hr',
    { knows: 'yes', trusts: 'yes', insider: 'hr', visibilityWorry: 'yes' },
    'HR.\nCareful 🙂',
  );
  await answerFromPage(options, 'priya-raman-4b2a1c', {
    knows: 'yes',
    trusts: 'yes',
    insider: 'colleague',
    visibilityWorry: 'no',
    hesitates: 'no',
  });
  await waitForBadgeVerdict(linkedin, 'priya-raman-4b2a1c', 'accept');
  await options.reload();
});

afterAll(async () => {
  await browser?.close();
});

async function chooseFile(name: string, text: string | Buffer, mode: 'merge' | 'replace'): Promise<void> {
  await options.setInputFiles('#import-file', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
  });
  await options.check(`input[name="import-mode"][value="${mode}"]`);
  await options.click('#import');
}

describe('your data', () => {
  test('the options page says how many people are stored and how much space they use', async () => {
    await expect
      .poll(() => options.locator('#storage-used').textContent(), POLL)
      .toMatch(/People you answered or wrote about: 2, kept until you delete them\./);
    // The four only seen are counted apart, with the rule that bounds them.
    await expect.poll(() => options.locator('#storage-seen').textContent(), POLL).toMatch(/only seen .*: 4\. Each is kept 180 days/);
    await expect.poll(() => options.locator('#storage-space').textContent(), POLL).toMatch(/Space used: [\d.,]+ kB of the 10 MB/);
  });

  test('export downloads one versioned JSON file with every record and the settings', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/^know-and-trust-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported);
    expect(file).toMatchObject({
      format: 'know-and-trust-export',
      version: 1,
      settings: { companies: ['Northwind Analytics'], popupOnly: false },
    });
    expect(file.inviters).toHaveLength(6);
    expect(file.inviters.find((r: { profile: string }) => r.profile === 'marcus-feld-hr').note).toBe('HR.\nCareful 🙂');
    await expect.poll(statusText, POLL).toMatch(/Exported 6 people/);
  });

  test('delete all asks first; cancelling deletes nothing', async () => {
    const before = await storage();
    await options.click('#delete-all');
    await expect(options.locator('#confirm-delete').isVisible()).resolves.toBe(true);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('confirm-delete-no');
    await options.keyboard.press('Escape');
    await expect.poll(statusText, POLL).toBe('Nothing was deleted.');
    expect(await storage()).toEqual(before);
  });

  test('delete all, confirmed, leaves nothing behind but the schema version, and badges go back to undecided', async () => {
    await options.click('#delete-all');
    await options.click('#confirm-delete-yes');
    await expect.poll(statusText, POLL).toMatch(/Everything was deleted/);
    expect(Object.keys(await storage())).toEqual(['schemaVersion']);
    await waitForBadgeVerdict(linkedin, 'priya-raman-4b2a1c', 'undecided');
    expect(await options.inputValue('#companies')).toBe('');
  });

  test('import (replace) gives back exactly the exported data, and the badges follow', async () => {
    await chooseFile('backup.json', exported, 'replace');
    await expect.poll(statusText, POLL).toMatch(/Imported: 6 people written, 0 removed; 6 people stored now/);
    const file = JSON.parse(exported);
    const stored = await storage();
    expect(stored.settings).toEqual(file.settings);
    for (const record of file.inviters) expect(stored[`inviter:${record.profile}`]).toEqual(record);
    expect(Object.keys(stored).sort()).toEqual(
      ['schemaVersion', 'settings', ...file.inviters.map((r: { profile: string }) => `inviter:${r.profile}`)].sort(),
    );
    await waitForBadgeVerdict(linkedin, 'priya-raman-4b2a1c', 'accept');
    await waitForBadgeVerdict(linkedin, 'marcus-feld-hr', 'leave-pending');
    expect(await options.inputValue('#companies')).toBe('Northwind Analytics');
  });

  test.each([
    ['truncated', () => exported.slice(0, Math.floor(exported.length / 2)), /not complete JSON/],
    ['from a newer version', () => exported.replace('"version": 1', '"version": 7'), /newer version/],
    [
      'malformed',
      () => exported.replace('"visibilityWorry": "yes"', '"visibilityWorry": "sometimes"'),
      /damaged at inviters\[\d\]\.answers\.visibilityWorry/,
    ],
    ['oversized', () => Buffer.alloc(31 * 1024 * 1024, 0x20), /too large/],
    ['not ours', () => '{"hello": "world"}', /not a Know & Trust export/],
  ])('a %s file gets a clear alert and leaves storage exactly as it was', async (_what, content, message) => {
    const before = await storage();
    await chooseFile('bad.json', content(), 'replace');
    await expect.poll(alertText, POLL).toMatch(message);
    expect(await alertText()).toMatch(/Nothing was changed/);
    expect(await storage()).toEqual(before);
  });
});
