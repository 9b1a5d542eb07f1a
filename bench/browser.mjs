// One headless Chromium per extension under test (Know & Trust's dist/chrome, or the naive
// reference), serving the generated LinkedIn pages at LinkedIn's own addresses so content scripts
// inject as on the real site. Nothing reaches the network: every other request is aborted.
// Each browser is launched once and reused for all its runs; runs alternate between the two.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../scripts/chromium.mjs';
import { BADGE } from '../scripts/extension-control.mjs';
import { FEED_URL, INVITATIONS_URL, cardTemplate, feedPage, invitationsPage } from './pages.mjs';

export const REFERENCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference-extension');

/** The two extensions measured: where each is, and the element its badges are. */
export const EXTENSIONS = Object.freeze({
  ours: { label: 'Know & Trust', dir: EXTENSION_DIR, marker: BADGE },
  reference: { label: 'naive reference', dir: REFERENCE_DIR, marker: '[data-naive-badge]' },
});

/**
 * Serves the generated pages: the invitation manager (?prefill=N) and the feed.
 * @param {import('playwright-core').BrowserContext} context
 */
async function serveBenchPages(context) {
  const template = cardTemplate();
  const feed = feedPage();
  const invitationsPath = new URL(INVITATIONS_URL).pathname;
  const feedPath = new URL(FEED_URL).pathname;
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = new URL(route.request().url());
      /** @type {string | null} */
      let body = null;
      if (url.origin === 'https://www.linkedin.com' && url.pathname === invitationsPath) {
        body = invitationsPage({ prefill: Number(url.searchParams.get('prefill') ?? 0) }, template);
      } else if (url.origin === 'https://www.linkedin.com' && url.pathname === feedPath) {
        body = feed;
      }
      if (body === null) await route.abort('blockedbyclient');
      else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}

/**
 * Starts Chromium with one extension. `kind` is a key of EXTENSIONS. The returned object carries what
 * the scenarios need: the context, the extension's id (its scripts are chrome-extension://<id>/…)
 * and the selector of its badges.
 * @param {keyof typeof EXTENSIONS} kind
 */
export async function launchBench(kind) {
  const extension = EXTENSIONS[kind];
  const launched = await launchWithExtension({ extensionDir: extension.dir, headless: true });
  try {
    await serveBenchPages(launched.context);
  } catch (error) {
    await launched.close();
    throw error;
  }
  return { kind, ...extension, ...launched };
}

export { FEED_URL, INVITATIONS_URL };
