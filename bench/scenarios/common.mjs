// What every page scenario shares: opening a generated page in the bench browser, making sure the
// extension under test is injected and watching before anything is timed, and closing the tab.
import { openPage } from '../browser.mjs';

/** After the timed work, how long the profile keeps running to catch the extension's trailing work
 * (Know & Trust's report to its worker and the verdicts it applies on the reply). */
export const SETTLE_MS = 1000;
/** Generous: only a badge that never comes should fail a run, never a slow one. */
export const BADGE_TIMEOUT_MS = 60_000;
/** Quiet time before a profile starts, so the page's load and the probe are not in it. */
const QUIET_MS = 500;

/**
 * Runs `use(page, cdp)` on a new tab (browser.mjs openPage: pictures blocked inside Chromium) at
 * `url` and closes the tab afterwards, even on failure. `before(page, cdp)`, if given, runs before
 * the navigation (a trace that must see the page load). The result gets `nodeRequests`: how many
 * requests of the run reached Playwright's handler in Node (1, the page itself, when all is well).
 * @template {object} T
 * @param {{ context: import('playwright-core').BrowserContext, routedRequests: () => number }} bench
 * @param {string} url
 * @param {(page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession) => Promise<T>} use
 * @param {(page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession) => Promise<unknown>} [before]
 * @returns {Promise<T & { nodeRequests: number }>}
 */
export async function withPage(bench, url, use, before) {
  const requestsBefore = bench.routedRequests();
  const { page, cdp } = await openPage(bench);
  try {
    await before?.(page, cdp);
    await page.goto(url, { waitUntil: 'load' });
    const result = await use(page, cdp);
    return { ...result, nodeRequests: bench.routedRequests() - requestsBefore };
  } finally {
    await page.close().catch(() => {});
  }
}

/** Probes the list (one card in, its badge awaited, out again), then waits for the page to be quiet. */
export async function extensionReady(page, marker) {
  await page.evaluate(([m, t]) => window.knowTrustBench.probe(m, t), [marker, BADGE_TIMEOUT_MS]);
  await page.waitForTimeout(QUIET_MS);
}

/** Waits for `count` badges in the list, then for the page to be quiet. */
export async function badgesDrawn(page, marker, count) {
  await page.evaluate(([m, n, t]) => window.knowTrustBench.waitForBadges(m, n, t), [marker, count, BADGE_TIMEOUT_MS]);
  await page.waitForTimeout(QUIET_MS);
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
