// Popup-only mode holds even when the mode reaches the invitation code late, or not at all (issue
// 12). Storage is closed to content scripts, so the background hands the mode to invitations.js by
// an executeScript into the tab's isolated world (`knowTrustPopupOnly`, content/world.ts) right
// before it adds the file (background/handlers.ts, injectInto). Two steps: a page replaced between
// them, or a copy of invitations.js added by some other path, leaves the code without the mode when
// it first reaches an invitations page. It must then draw nothing, as popup-only mode never does.
//
// Forced here, in a real browser and with popup-only mode on: invitations.js is added, with no mode
// handed over, to a LinkedIn tab still on the feed (where it waits), and the page then moves to the
// invitations list in-app (history.pushState, as LinkedIn does). The invitation code reads the
// page with the mode missing (the loader, seeing the code's mark, asks for nothing); then the mode
// is handed over late, and an answer pushes verdicts to the tab. Not one change to the page's DOM,
// no badge, and yet the popup lists its people.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  EXPECTED,
  LINKEDIN_ORIGIN,
  answerFromPage,
  domChangesOn,
  fixtureDocument,
  getServiceWorker,
  launchWithExtension,
  popupListing,
  recordDomChanges,
  serveFixtures,
  setPopupOnly,
  tabIdOf,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.map((p) => p.profile);
/** The feed's address, serving the invitations fixture's document: nothing is read there until the path changes. */
const FEED = `${LINKEDIN_ORIGIN}/feed/?before-invitations`;
const INVITATIONS_PATH = '/mynetwork/invitation-manager/received/';
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  // Registered after serveFixtures, so it is asked first.
  const body = fixtureDocument(FIXTURE);
  await browser.context.route(FEED, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await setPopupOnly(browser, true);
  linkedin = await browser.context.newPage();
  await recordDomChanges(linkedin);
  await linkedin.goto(FEED);
  tabId = await tabIdOf(browser.context, browser.extensionId, `${LINKEDIN_ORIGIN}/feed/*`);
});

afterAll(async () => {
  await browser?.close();
});

/** What the extension's isolated world of the tab (where invitations.js runs) holds under `name`; 'absent' when nothing. */
async function inIsolatedWorld(name: 'knowTrustPopupOnly' | 'knowTrustInvitations'): Promise<unknown> {
  const worker = await getServiceWorker(browser.context, browser.extensionId);
  return worker.evaluate(
    async ({ tabId, name }) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (key: string) => (globalThis as Record<string, unknown>)[key] ?? 'absent',
        args: [name],
      });
      return result?.result;
    },
    { tabId, name },
  );
}

describe('popup-only mode, with the mode missing when the invitation code first reads a page', () => {
  test('no element and no change on the page, yet the popup lists its people', async () => {
    // On the feed the loader asks for nothing: no mode is in the isolated world yet.
    expect(await inIsolatedWorld('knowTrustPopupOnly')).toBe('absent');
    // invitations.js added without the mode, as after a page replaced between the background's two steps.
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    await worker.evaluate(
      (tabId) => chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['invitations.js'] }),
      tabId,
    );
    expect(await inIsolatedWorld('knowTrustInvitations')).toBe(true);

    // LinkedIn's app moves to the invitations list without a page load.
    await linkedin.evaluate((path) => history.pushState({}, '', path), INVITATIONS_PATH);
    // The invitation code read the page: the background knows its people.
    await expect.poll(async () => (await popupListing(browser, tabId)).sort(), POLL).toEqual([...PEOPLE].sort());
    // The loader saw the invitation code's mark and asked for nothing: the mode never came.
    expect(await inIsolatedWorld('knowTrustPopupOnly')).toBe('absent');
    expect(await domChangesOn(linkedin)).toEqual([]);

    // Now it comes, late, the way the background hands it over, for the code already running.
    await worker.evaluate(
      (tabId) =>
        chrome.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          func: (popupOnly: boolean) => {
            (globalThis as { knowTrustPopupOnly?: boolean }).knowTrustPopupOnly = popupOnly;
          },
          args: [true],
        }),
      tabId,
    );
    expect(await inIsolatedWorld('knowTrustPopupOnly')).toBe(true);

    // An answer pushes new verdicts to the tab: still nothing is drawn.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await answerFromPage(options, PEOPLE[0]!, { knows: 'no' });
    await options.close();
    // A round trip through the tab's content script and back (the popup lists the tab again).
    await expect.poll(async () => (await popupListing(browser, tabId)).sort(), POLL).toEqual([...PEOPLE].sort());

    expect(await domChangesOn(linkedin)).toEqual([]);
    expect(await linkedin.locator('[data-know-trust-profile]').count()).toBe(0);
  });
});
