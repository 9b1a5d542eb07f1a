// No page can fill storage (issue 12). LinkedIn's page decides whom it shows: re-rendered with fresh
// strangers, it once filled the 10 MB quota in under a minute, after which the user's next note
// could not be saved. Here an invitations page shows 10,000 distinct strangers, a few thousand per
// page load; the people the user never answered or wrote about stay within the retention cap
// (core/retention.ts), as the options page says and the background's storage shows, while the
// person the user answered stays, and a note written afterwards in the popup is saved and read back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RETENTION } from '../../src/core/retention';
import {
  LINKEDIN_ORIGIN,
  answerInNewPopup,
  getServiceWorker,
  invitationsPageWith,
  launchWithExtension,
  popupStatus,
  readInNewPopup,
  serveFixtures,
  tabIdOf,
  type FixtureSession,
} from './harness';

/** People per page load, and page loads: 10,000 distinct strangers in all. */
const BATCH = 2500;
const BATCHES = 4;
const STRANGERS = BATCH * BATCHES;
const PAGE = `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/`;
const urlOf = (batch: number) => `${PAGE}?strangers=${batch}`;
const POLL = { timeout: 60_000, interval: 250 };
const ANSWERED = 'person-0';
const ANSWERED_NOTE = 'Met at the meetup in March: kept whatever the page shows afterwards.';

let session: FixtureSession;
let options: Page;

beforeAll(async () => {
  const browser = await launchWithExtension();
  await serveFixtures(browser.context);
  // Registered after serveFixtures, so it is asked first: page load <n> shows person-<n × BATCH> onwards.
  await browser.context.route(
    (url) => url.href.startsWith(`${PAGE}?strangers=`),
    (route) => {
      const batch = Number(new URL(route.request().url()).searchParams.get('strangers'));
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: invitationsPageWith(BATCH, batch * BATCH) });
    },
  );
  const linkedin = await browser.context.newPage();
  await linkedin.goto(urlOf(0));
  const tabId = await tabIdOf(browser.context, browser.extensionId, `${PAGE}*`);
  session = { browser, linkedin, tabId };
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
}, 120_000);

afterAll(async () => {
  await session?.browser.close();
});

/** What the background keeps about `profile`, asked from the options page as any extension page may; null: nothing. */
function stored(profile: string): Promise<{ note: string; answers: Record<string, string> } | null> {
  return options.evaluate((profile) => chrome.runtime.sendMessage({ type: 'get-inviter', profile }), profile);
}

/** The number in one of the options page's storage lines ("…: 2,000. Each is kept…"), once it has measured. */
async function figureIn(selector: string): Promise<number> {
  await options.reload();
  const line = options.locator(selector);
  await expect.poll(() => line.textContent(), POLL).toMatch(/: [\d,]+[.,]/);
  return Number(/: ([\d,]+)[.,]/.exec((await line.textContent()) ?? '')![1]!.replaceAll(',', ''));
}

describe('pages showing 10,000 distinct strangers', () => {
  test('leave at most the retention cap of merely seen people; the answered person stays', async () => {
    // The user answers one person of the first page and writes a note about them.
    await expect.poll(() => stored(`person-${BATCH - 1}`), POLL).not.toBeNull();
    const popup = await answerInNewPopup(session, session.tabId, ANSWERED, [['knows', 'no']]);
    await popup.fill('textarea#note', ANSWERED_NOTE);
    await popup.press('textarea#note', 'Tab');
    await expect.poll(() => popupStatus(popup), POLL).toBe('Saved on this device');
    await popup.close();

    // The page is loaded again and again with people never seen before.
    for (let batch = 1; batch < BATCHES; batch++) {
      await session.linkedin.goto(urlOf(batch));
      // The last card's person is recorded with the page's last report.
      await expect.poll(() => stored(`person-${(batch + 1) * BATCH - 1}`), POLL).not.toBeNull();
    }

    // What the options page says: the one answered, and no more merely seen than the rule allows,
    // although the pages showed STRANGERS of them.
    expect(await figureIn('#storage-used')).toBe(1);
    expect(await figureIn('#storage-seen')).toBe(RETENTION.seenMax);
    // What storage holds (read by the background's worker, the only writer): the same, and no more.
    const worker = await getServiceWorker(session.browser.context, session.browser.extensionId);
    const kept = await worker.evaluate(async () =>
      Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('inviter:')),
    );
    expect(kept.length).toBe(RETENTION.seenMax + 1);
    expect(STRANGERS).toBeGreaterThan(RETENTION.seenMax * 4);
    // Seen longest ago went first; the answered person was never a candidate.
    expect(await stored('person-1')).toBeNull();
    expect(await stored(`person-${STRANGERS - 1}`)).not.toBeNull();
    expect(await stored(ANSWERED)).toMatchObject({ answers: { knows: 'no' }, note: ANSWERED_NOTE });
  });

  test('a note written afterwards in the popup is saved and read back', async () => {
    const last = `person-${STRANGERS - 1}`;
    const note = 'Written after 10,000 strangers: still fits.';
    const popup = await answerInNewPopup(session, session.tabId, last, []);
    await popup.fill('textarea#note', note);
    await popup.press('textarea#note', 'Tab');
    await expect.poll(() => popupStatus(popup), POLL).toBe('Saved on this device');
    await popup.close();
    await expect.poll(() => readInNewPopup(session.browser, session.tabId, last), POLL).toBe(note);
    expect(await figureIn('#storage-used')).toBe(2);
  });
});
