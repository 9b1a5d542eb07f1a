// Serves the hand-made LinkedIn fixtures (tests/fixtures/linkedin) at real LinkedIn URLs inside a
// Playwright browser context, so the extension's content script injects there as on the real site.
// Nothing reaches the network: every request that is not one of these pages is aborted.
// Shared by tests/e2e/harness.ts and scripts/demo.mjs. Which fixtures exist, where each is served
// and what it must show is read once, by tests/helpers/fixture-files.mjs (from expected.json).
import { FIXTURE_URLS, LINKEDIN_ORIGIN, fixtureDocument } from '../tests/helpers/fixture-files.mjs';

export { EXPECTED, FIXTURE_DIR, FIXTURE_URLS, LINKEDIN_ORIGIN, fixtureDocument, readFixture } from '../tests/helpers/fixture-files.mjs';
/** @typedef {import('../tests/helpers/fixture-files.mjs').FixtureName} FixtureName */
/** @typedef {import('../tests/helpers/fixture-files.mjs').ExpectedFixture} ExpectedFixture */
/** @typedef {import('../tests/helpers/fixture-files.mjs').ExpectedPerson} ExpectedPerson */

/** The Sent tab of the invitation manager: shows invitations the user sent, never badged. */
export const SENT_URL = `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/sent/`;
/** A LinkedIn page with no invitations on it. */
export const FEED_URL = `${LINKEDIN_ORIGIN}/feed/`;

const FEED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><main id="main" aria-label="Main Feed"><h1>Feed</h1><p>Nothing to decide here.</p></main></body></html>
`;

/** URL (origin + path + query) → body, for every page served. */
function servedPages() {
  const named = /** @type {[FixtureName, string][]} */ (Object.entries(FIXTURE_URLS));
  const pages = new Map(named.map(([name, url]) => [url, () => fixtureDocument(name)]));
  pages.set(SENT_URL, () => fixtureDocument('fixture-sdui-2026.html'));
  pages.set(FEED_URL, () => FEED_PAGE);
  return pages;
}

/**
 * Routes every web request of the context: the pages above are fulfilled from the fixtures,
 * anything else (images, other LinkedIn paths, any other host) is aborted.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function serveFixtures(context) {
  const pages = servedPages();
  // Only the web is routed: the extension's own files (chrome-extension://) must load untouched.
  /** @param {URL} url */
  const isWeb = (url) => url.protocol === 'http:' || url.protocol === 'https:';
  await context.route(isWeb, async (route) => {
    const url = new URL(route.request().url());
    const page = pages.get(`${url.origin}${url.pathname}${url.search}`);
    if (page) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page() });
    } else {
      await route.abort('blockedbyclient');
    }
  });
}
