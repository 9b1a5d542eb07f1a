// A stored record that cannot be read is never lost (issue 12). Damaged records (or records written
// by some other build) once vanished at the next visit to the invitations page: the page's report
// overwrote them with fresh "seen" records, and the export then counted only what it could read.
// Here three unreadable records are written into storage from a trusted extension page (the options
// page, as a damaged profile would hold them); two of them belong to people the invitations page
// shows. After visits to that page each value is still stored, verbatim (set aside, background/
// store.ts), and the options page and the export say how many could not be read, and why.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPECTED, FIXTURE_URLS, launchWithExtension, profileIn, serveFixtures, waitForBadgeCount } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');
const PRIYA = profileIn(FIXTURE, 'Priya Raman');
const POLL = { timeout: 10_000 };

/** What the damaged profile holds: the user's notes are in there, in a shape this build cannot read. */
const UNREADABLE: Record<string, unknown> = {
  // An answer no version ever had, beside a note the user wrote.
  [`inviter:${MARCUS}`]: {
    profile: MARCUS,
    name: 'Marcus Feld',
    headline: '',
    answers: { knows: 'perhaps' },
    note: 'Marcus: my note from before the damage, keep it.',
    firstSeen: 1_700_000_000_000,
    lastSeen: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
  // Not a record at all.
  [`inviter:${PRIYA}`]: 'Priya: a note saved as a bare string by some other build',
  // Someone the page does not show: left where it is, and counted too.
  'inviter:someone-not-on-the-page': { profile: 'someone-not-on-the-page', note: 'no dates, no answers' },
};

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // Written from a trusted extension page, straight into storage.local, before any page visit.
  await options.evaluate((items) => chrome.storage.local.set(items), UNREADABLE);
});

afterAll(async () => {
  await browser?.close();
});

/** Everything storage.local holds, read from the options page. */
const storage = () => options.evaluate(() => chrome.storage.local.get(null));

describe('unreadable records', () => {
  test('survive visits to the invitations page that shows those people, verbatim', async () => {
    const linkedin = await browser.context.newPage();
    const people = EXPECTED.fixtures[FIXTURE].people.length;
    await linkedin.goto(FIXTURE_URLS[FIXTURE]);
    await waitForBadgeCount(linkedin, people);
    // The page's report wrote Marcus and Priya as seen again: their old values went aside first.
    await expect.poll(async () => (await storage())[`inviter:${MARCUS}`], POLL).toMatchObject({ profile: MARCUS, note: '' });
    await linkedin.reload();
    await waitForBadgeCount(linkedin, people);

    const all = await storage();
    const aside = Object.entries(all).filter(([key]) => key.startsWith('setAside:'));
    // Each value once, as it was, under a key that says why and where it was.
    expect(aside.map(([key]) => key.replace(/:\d+:/, ':<time>:')).sort()).toEqual([
      `setAside:unreadable:<time>:inviter:${MARCUS}`,
      `setAside:unreadable:<time>:inviter:${PRIYA}`,
    ]);
    for (const [key, value] of aside) expect(value).toEqual(UNREADABLE[key.replace(/^setAside:unreadable:\d+:/, '')]);
    // The one no page showed is still where it was.
    expect(all['inviter:someone-not-on-the-page']).toEqual(UNREADABLE['inviter:someone-not-on-the-page']);
    await linkedin.close();
  });

  test('the options page says how many could not be read, and why', async () => {
    await options.reload();
    await expect
      .poll(() => options.locator('#storage-set-aside').textContent(), POLL)
      .toBe(
        '3 stored records could not be read (damaged, or written by another version of Know & Trust): they are kept aside as ' +
          'they were, never overwritten, and the export includes them.',
      );
    expect(await options.locator('#storage-set-aside').isVisible()).toBe(true);
  });

  test('the export carries them, verbatim, and says how many', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      inviters: Array<{ profile: string }>;
      setAside: Array<{ key: string; reason: string; value: unknown }>;
    };
    expect(file.setAside.map(({ key, reason }) => [key.replace(/:\d+:/, ':<time>:'), reason]).sort()).toEqual([
      ['inviter:someone-not-on-the-page', 'unreadable'],
      [`setAside:unreadable:<time>:inviter:${MARCUS}`, 'unreadable'],
      [`setAside:unreadable:<time>:inviter:${PRIYA}`, 'unreadable'],
    ]);
    for (const { key, value } of file.setAside) expect(value).toEqual(UNREADABLE[key.replace(/^setAside:unreadable:\d+:/, '')]);
    await expect
      .poll(() => options.locator('#data-status').textContent(), POLL)
      .toMatch(
        new RegExp(
          `^Exported ${file.inviters.length} people into .*\\. The file also holds 3 records that could not be read, as they were stored\\.$`,
        ),
      );
  });
});
