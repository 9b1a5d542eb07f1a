// Serves the hand-made LinkedIn fixtures (tests/fixtures/linkedin) at real LinkedIn URLs inside a
// Playwright browser context, so the extension's content script injects there as on the real site.
// Nothing reaches the network: every request that is not one of these pages is aborted.
// Shared by tests/e2e/harness.ts and scripts/demo.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './chromium.mjs';

export const FIXTURE_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'linkedin');
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/**
 * Fixture file → the LinkedIn URL it is served at. Where two fixtures show the same LinkedIn page
 * in different layouts or languages, a query parameter tells them apart (LinkedIn ignores unknown
 * query parameters, and the content script must not care about them either).
 */
export const FIXTURE_URLS = Object.freeze({
  'fixture-sdui-2026.html': `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/received/`,
  'fixture-ember-2022.html': `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/received/?era=ember`,
  'fixture-sdui-2026-de.html': `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/received/?lang=de`,
  'fixture-mynetwork-strip.html': `${LINKEDIN_ORIGIN}/mynetwork/grow/`,
  'fixture-mynetwork-strip-ember-2022.html': `${LINKEDIN_ORIGIN}/mynetwork/?era=ember`,
});

/** The Sent tab of the invitation manager: shows invitations the user sent, never badged. */
export const SENT_URL = `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/sent/`;
/** A LinkedIn page with no invitations on it. */
export const FEED_URL = `${LINKEDIN_ORIGIN}/feed/`;

const FEED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><main id="main" aria-label="Main Feed"><h1>Feed</h1><p>Nothing to decide here.</p></main></body></html>
`;

/** The answer key: per fixture, the pending person invitations (name, profile slug, insider role). */
export const EXPECTED = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8'));

/** The fixture's text exactly as stored. */
export function readFixture(name) {
  if (!Object.hasOwn(FIXTURE_URLS, name)) throw new Error(`Unknown fixture ${name}`);
  return fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

/**
 * The fixture as a whole HTML document. Most fixtures are fragments (LinkedIn's app root and
 * below); those get an English document around them, as LinkedIn serves `<html lang="en">`.
 */
export function fixtureDocument(name) {
  const html = readFixture(name);
  if (/<html[\s>]/i.test(html)) return html;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head>
<body>
${html}
</body></html>
`;
}

/** URL (origin + path + query) → body, for every page served. */
function servedPages() {
  const pages = new Map(Object.keys(FIXTURE_URLS).map((name) => [FIXTURE_URLS[name], () => fixtureDocument(name)]));
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
