// One headless Chromium per extension under test (Know & Trust's dist/chrome, the floor script or
// the naive reference), serving the generated LinkedIn pages at LinkedIn's own addresses so content
// scripts inject as on the real site. Nothing reaches the network: every other request is aborted.
// Each browser is launched once and reused for all its runs; runs alternate between the three.
//
// The cards' pictures are blocked inside Chromium (CDP Network.setBlockedURLs, per tab: openPage),
// not by Playwright's route handler, which runs in Node: a thousand cards would otherwise be a
// thousand requests paused, sent to Node and answered during the timed window. Every request that
// still reaches the handler is counted (bench.routedRequests), so a run can say it saw only its page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../scripts/chromium.mjs';
import { BADGE } from '../scripts/extension-control.mjs';
import { FEED_URL, INVITATIONS_URL, PICTURES_ORIGIN, PROFILE_URL, cardTemplate, feedPage, invitationsPage, profilePage } from './pages.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FLOOR_DIR = path.join(HERE, 'floor-extension');
export const REFERENCE_DIR = path.join(HERE, 'reference-extension');

/**
 * The extensions measured, in the order each scenario runs them: where each is, and its badges.
 * Know & Trust's build is dist/chrome, or the copy of it scripts/bench.mjs measures (so a build
 * made meanwhile by something else cannot change the files under a running browser).
 */
export const EXTENSIONS = Object.freeze({
  ours: { label: 'Know & Trust', dir: process.env.KNOW_TRUST_BENCH_EXTENSION ?? EXTENSION_DIR, marker: BADGE },
  floor: { label: 'floor script', dir: FLOOR_DIR, marker: '[data-floor-badge]' },
  reference: { label: 'naive reference', dir: REFERENCE_DIR, marker: '[data-naive-badge]' },
});

/** What the generated pages load besides themselves: the cards' pictures (pages.mjs checks it). */
const BLOCKED = [{ urlPattern: `${PICTURES_ORIGIN}/*`, block: true }];

/**
 * Serves the generated pages: the invitation manager (?prefill=N) and the feed. `onRequest` is told
 * of every request that reaches the handler (in Node).
 * @param {import('playwright-core').BrowserContext} context @param {(url: string) => void} onRequest
 */
async function serveBenchPages(context, onRequest) {
  const template = cardTemplate();
  const feed = feedPage();
  const invitationsPath = new URL(INVITATIONS_URL).pathname;
  const feedPath = new URL(FEED_URL).pathname;
  const profile = profilePage();
  const profilePath = new URL(PROFILE_URL).pathname;
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = new URL(route.request().url());
      onRequest(url.href);
      /** @type {string | null} */
      let body = null;
      if (url.origin === 'https://www.linkedin.com' && url.pathname === invitationsPath) {
        body = invitationsPage({ prefill: Number(url.searchParams.get('prefill') ?? 0) }, template);
      } else if (url.origin === 'https://www.linkedin.com' && url.pathname === feedPath) {
        body = feed;
      } else if (url.origin === 'https://www.linkedin.com' && url.pathname === profilePath) {
        body = profile;
      }
      if (body === null) await route.abort('blockedbyclient');
      else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}

/**
 * Starts Chromium with one extension. `kind` is a key of EXTENSIONS. The returned object carries what
 * the scenarios need: the context, the extension's id (its scripts are chrome-extension://<id>/…)
 * and the selector of its badges. `extension` replaces the kind's own entry (bench/compare-loads.mjs
 * runs two builds of Know & Trust this way).
 * @param {keyof typeof EXTENSIONS} kind
 * @param {{ label: string, dir: string, marker: string }} [extension]
 */
export async function launchBench(kind, extension = EXTENSIONS[kind]) {
  const launched = await launchWithExtension({ extensionDir: extension.dir, headless: true });
  const routed = { count: 0 };
  try {
    await serveBenchPages(launched.context, () => void (routed.count += 1));
  } catch (error) {
    await launched.close();
    throw error;
  }
  return {
    kind,
    ...extension,
    ...launched,
    /** Requests that reached Playwright's handler in Node so far (a page load is one). */
    routedRequests: () => routed.count,
  };
}

/**
 * A new tab whose pictures are blocked inside Chromium, with the CDP session that blocks them (it
 * must stay attached for the tab's life; scenarios may use it for more, e.g. a trace).
 * @param {{ context: import('playwright-core').BrowserContext }} bench
 */
export async function openPage(bench) {
  const page = await bench.context.newPage();
  try {
    const cdp = await bench.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urlPatterns: BLOCKED });
    return { page, cdp };
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}

export { FEED_URL, INVITATIONS_URL, PROFILE_URL };
