// Scenario 1: an invitation manager whose whole list arrives at once (first load, or a filter
// change), with 10, 100 or 1,000 pending invitations. Measured: from the list being in the DOM to
// every card carrying a badge, and the extension's main-thread time for it.
import { INVITATIONS_URL } from '../browser.mjs';
import { profiled } from '../profile.mjs';
import { BADGE_TIMEOUT_MS, SETTLE_MS, extensionReady, withPage } from './common.mjs';

export function listScenario(count) {
  return {
    id: `list-${count}`,
    title: `${count.toLocaleString('en')} invitations at once`,
    measures: [
      { key: 'badgesMs', label: 'list in DOM → all badges', unit: 'ms' },
      { key: 'extensionMs', label: 'extension main thread', unit: 'ms' },
    ],
    run: (bench) =>
      withPage(bench, INVITATIONS_URL, async (page) => {
        await extensionReady(page, bench.marker);
        // Built before the profile starts: making LinkedIn's nodes is not what is measured.
        await page.evaluate((n) => window.knowTrustBench.prepare(0, n), count);
        const { value, cpu } = await profiled(
          page,
          bench.extensionId,
          () => page.evaluate(([m, n, t]) => window.knowTrustBench.insertPrepared(m, n, t), [bench.marker, count, BADGE_TIMEOUT_MS]),
          SETTLE_MS,
        );
        return { badgesMs: value.ms, extensionMs: cpu.extensionMs, unsampledMs: cpu.unsampledMs };
      }),
  };
}
