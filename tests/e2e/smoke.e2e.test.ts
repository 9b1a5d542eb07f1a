// The built extension loads into Chromium, its service worker starts, and a visit to LinkedIn's
// invitation pages sends nothing anywhere: the only requests are the pages themselves, the images
// those pages reference, and the extension's own files.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import {
  BADGE,
  EXPECTED,
  FEED_URL,
  FIXTURE_URLS,
  SENT_URL,
  type FixtureName,
  getServiceWorker,
  launchWithExtension,
  openPopupFor,
  readFixture,
  serveFixtures,
  tabIdOf,
} from './harness';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
const requests: { url: string; type: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) =>
    requests.push({ url: request.url(), type: request.resourceType(), fromWorker: request.serviceWorker() !== null }),
  );
  await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** Every URL a fixture's own markup makes the browser load (its images). */
function urlsReferencedBy(fixture: FixtureName): string[] {
  return [...readFixture(fixture).matchAll(/\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

describe('smoke', () => {
  test('the extension loads and its MV3 service worker starts', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    expect(worker.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/`));
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
  });

  test('visiting every fixture page, the Sent page, the feed and the popup requests no other host', async () => {
    const page = await browser.context.newPage();
    const visited: string[] = [];
    const fixtures = Object.keys(FIXTURE_URLS) as FixtureName[];
    for (const fixture of fixtures) {
      await page.goto(FIXTURE_URLS[fixture]);
      visited.push(FIXTURE_URLS[fixture]);
      // Badges drawn means the content script ran and talked to the background: the moments a leak
      // would happen. (Whether they are the right badges is badges.e2e.test.ts's business.)
      await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length >= n, [
        BADGE,
        EXPECTED.fixtures[fixture].people.length,
      ] as const);
    }
    const tabId = await tabIdOf(browser.context, browser.extensionId, 'https://www.linkedin.com/mynetwork/*');
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.waitForSelector('#inviter-list [data-profile]');
    for (const url of [SENT_URL, FEED_URL]) {
      await page.goto(url);
      visited.push(url);
    }
    await popup.close();
    await page.close();

    const allowed = new Set([...visited, ...fixtures.flatMap(urlsReferencedBy)]);
    const ownFiles = `chrome-extension://${browser.extensionId}/`;
    const elsewhere = requests.filter((r) => !allowed.has(r.url) && !r.url.startsWith(ownFiles));
    expect(visited.every((url) => requests.some((r) => r.url === url && r.type === 'document'))).toBe(true);
    expect(elsewhere).toEqual([]);
  });
});
