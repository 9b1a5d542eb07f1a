// Which of an extension's scripts a page actually loads, as Chromium reports them: CDP
// Debugger.scriptParsed on the tab, filtered to the extension's chrome-extension://<id>/ scripts
// (content scripts and scripts injected with scripting.executeScript run in the page's renderer,
// in the extension's isolated world). Taken on untimed loads of their own, since a debugger
// attached changes how V8 compiles: the feed, and the invitations page until its badges are drawn.
import { FEED_URL, INVITATIONS_URL, openPage } from './browser.mjs';
import { BADGE_TIMEOUT_MS } from './scenarios/common.mjs';

const INVITATIONS_SHOWN = 10;
/** Time for anything loaded late (a script the background injects after the badges, say). */
const LATE_MS = 1000;

/**
 * The extension's files parsed on `url`, by path inside the extension, in the order parsed.
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string, marker: string, routedRequests: () => number }} bench
 * @param {string} url @param {number} badges how many badges to wait for first (0: none)
 */
async function scriptsOn(bench, url, badges) {
  const { page, cdp } = await openPage(bench);
  const prefix = `chrome-extension://${bench.extensionId}/`;
  /** @type {string[]} */
  const files = [];
  cdp.on('Debugger.scriptParsed', ({ url: script }) => {
    const file = script.startsWith(prefix) ? script.slice(prefix.length) : null;
    if (file && !files.includes(file)) files.push(file);
  });
  try {
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    /** @type {[string, number, number]} */
    const wait = [bench.marker, badges, BADGE_TIMEOUT_MS];
    if (badges > 0) await page.evaluate(([m, n, t]) => window.knowTrustBench.waitForBadges(m, n, t), wait);
    await page.waitForTimeout(LATE_MS);
    return files;
  } finally {
    await cdp.send('Debugger.disable').catch(() => {});
    await page.close().catch(() => {});
  }
}

/** { feed: [...files], invitations: [...files] } for the extension in `bench`. */
export async function loadedScripts(bench) {
  return {
    feed: await scriptsOn(bench, FEED_URL, 0),
    invitations: await scriptsOn(bench, `${INVITATIONS_URL}?prefill=${INVITATIONS_SHOWN}`, INVITATIONS_SHOWN),
  };
}
