// What each LinkedIn page loads: every page the loader (content.js) alone; a tab that reaches an
// invitations page, in-app or by a page load, also invitations.js, once for the tab's life; the
// page report's code only when the popup asks for a report. Seen through CDP, which lists every
// script parsed in the tab, the extension's isolated world included.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPECTED, FEED_URL, FIXTURE_URLS, launchWithExtension, serveFixtures, waitForBadgeCount } from './harness';
import { badgeProfiles, fixtureBody, navigateInApp } from './page-actions';

const RECEIVED = '/mynetwork/invitation-manager/received/';
const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.map((p) => p.profile);
const FEED_BODY = '<main id="main"><h1>Feed</h1><p>Posts</p></main>';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** The extension's scripts parsed in the tab so far, by file name, one entry per parse. */
async function extensionScripts(page: Page): Promise<{ cdp: CDPSession; scripts: () => string[] }> {
  const cdp = await browser.context.newCDPSession(page);
  const urls: string[] = [];
  const prefix = `chrome-extension://${browser.extensionId}/`;
  // Debugger.enable reports the scripts parsed before it too, then every new one.
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith(prefix)) urls.push(event.url.slice(prefix.length));
  });
  await cdp.send('Debugger.enable');
  return { cdp, scripts: () => [...urls] };
}

describe('what each LinkedIn page loads', () => {
  test('the feed runs the loader alone; reaching the invitations in-app adds the invitation code once, which badges', async () => {
    const page = await browser.context.newPage();
    await page.goto(FEED_URL);
    await page.waitForTimeout(1000); // document_idle and then some: anything that would load has
    const { cdp, scripts } = await extensionScripts(page);
    expect(scripts()).toEqual(['content.js']);

    await navigateInApp(page, RECEIVED, fixtureBody(FIXTURE));
    await expect.poll(() => badgeProfiles(page), { timeout: 10_000 }).toEqual(PEOPLE);
    expect(scripts()).toEqual(['content.js', 'invitations.js']);

    // Away and back, twice: the code already there follows; nothing is added again.
    for (let round = 0; round < 2; round++) {
      expect(await navigateInApp(page, '/feed/', FEED_BODY)).toEqual([]);
      expect(await navigateInApp(page, RECEIVED, fixtureBody(FIXTURE))).toEqual(PEOPLE);
    }
    expect(scripts()).toEqual(['content.js', 'invitations.js']);
    await cdp.detach();
    await page.close();
  });

  test('an invitations page loaded directly gets the loader and the invitation code, and no page report', async () => {
    const page = await browser.context.newPage();
    await page.goto(FIXTURE_URLS[FIXTURE]);
    await waitForBadgeCount(page, PEOPLE.length);
    const { cdp, scripts } = await extensionScripts(page);
    expect(scripts()).toEqual(['content.js', 'invitations.js']);
    await cdp.detach();
    await page.close();
  });
});
