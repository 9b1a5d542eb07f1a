// Scenario 4, Know & Trust only (the reference has no popup and no worker): the toolbar popup's
// time to its first useful render with 10,000 inviters stored and 10 on the tab, with the worker
// running and with it stopped (what a user meets after the browser let the worker go idle), and the
// background worker's cold start: stopped, then woken by one message, until its reply.
import { getServiceWorker, seedInviters, stopServiceWorker, tabIdOf, POPUP_VIEWPORT } from '../../scripts/extension-control.mjs';
import { INVITATIONS_URL } from '../browser.mjs';
import { BADGE_TIMEOUT_MS, badgesDrawn } from './common.mjs';

const STORED = 10_000;
const ON_TAB = 10;
const FIRST_ROW = '#inviter-list [data-profile]';

export const popupScenario = {
  id: 'popup',
  title: `popup, ${STORED.toLocaleString('en')} stored, ${ON_TAB} on the tab`,
  measures: [
    { key: 'firstRowWarmMs', label: 'open → first inviter listed (worker running)', unit: 'ms' },
    { key: 'firstRowColdMs', label: 'open → first inviter listed (worker stopped)', unit: 'ms' },
    { key: 'workerColdMs', label: 'worker stopped → first reply', unit: 'ms' },
    { key: 'workerWarmMs', label: 'worker running → reply', unit: 'ms' },
  ],

  /** Once per browser: the LinkedIn tab with its 10 invitations, and 10,000 inviters in storage. */
  async setUp(bench) {
    const linkedin = await bench.context.newPage();
    const url = `${INVITATIONS_URL}?prefill=${ON_TAB}`;
    await linkedin.goto(url, { waitUntil: 'load' });
    await badgesDrawn(linkedin, bench.marker, ON_TAB);
    const worker = await getServiceWorker(bench.context, bench.extensionId);
    // Written straight into storage, as the browser test with 10,000 inviters does.
    await seedInviters(worker, STORED, { prefix: 'stored', name: 'Stored Person' });
    const tabId = await tabIdOf(bench.context, bench.extensionId, `${INVITATIONS_URL}*`);
    // An extension page that sends nothing by itself once loaded: where the worker's replies are timed.
    const caller = await bench.context.newPage();
    await caller.goto(`chrome-extension://${bench.extensionId}/popup.html?tab=${tabId}`);
    await caller.waitForSelector(FIRST_ROW, { timeout: BADGE_TIMEOUT_MS });
    return { linkedin, tabId, caller };
  },

  async run(bench, state) {
    const popupWarm = await openPopupTimed(bench, state.tabId);
    await stopServiceWorker(bench.context, bench.extensionId);
    const popupCold = await openPopupTimed(bench, state.tabId);
    await stopServiceWorker(bench.context, bench.extensionId);
    const reply = () =>
      state.caller.evaluate(async () => {
        const start = performance.now();
        const settings = await chrome.runtime.sendMessage({ type: 'get-settings' });
        if (!settings || !Array.isArray(settings.companies)) throw new Error(`get-settings replied ${JSON.stringify(settings)}`);
        return performance.now() - start;
      });
    const workerColdMs = await reply();
    const workerWarmMs = await reply();
    return { firstRowWarmMs: popupWarm, firstRowColdMs: popupCold, workerColdMs, workerWarmMs };
  },

  async tearDown(state) {
    await state.caller.close().catch(() => {});
    await state.linkedin.close().catch(() => {});
  },
};

/**
 * Opens the popup for the tab, as the toolbar button would, in a popup-sized page; ms from the start
 * of its navigation (performance.now() in the popup counts from there) to the first inviter row.
 * A MutationObserver installed before the popup's own script sees that row the moment it is added.
 */
async function openPopupTimed(bench, tabId) {
  const popup = await bench.context.newPage();
  try {
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        window.__firstRowAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, FIRST_ROW);
    await popup.goto(`chrome-extension://${bench.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => typeof window.__firstRowAt === 'number', null, { timeout: BADGE_TIMEOUT_MS });
    const rows = await popup.locator(FIRST_ROW).count();
    if (rows !== ON_TAB) throw new Error(`the popup listed ${rows} inviters, not the tab's ${ON_TAB}`);
    return await popup.evaluate(() => window.__firstRowAt);
  } finally {
    await popup.close().catch(() => {});
  }
}
