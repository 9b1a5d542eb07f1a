// Scenario 1: an invitation manager whose whole list arrives at once (first load, or a filter
// change), with 10 to 3,000 pending invitations. Measured: from the list being in the DOM to every
// card carrying a badge, and to the cards in view (the first 10) carrying theirs, counted in
// rendering frames too (1: the first frame that shows the list already shows their badges); the
// extension's main-thread time for it, in all and per card (the growth from 1,000 to 3,000 says
// whether the cost stays linear).
import { INVITATIONS_URL } from '../browser.mjs';
import { profiled } from '../profile.mjs';
import { BADGE_TIMEOUT_MS, SETTLE_MS, extensionReady, withPage } from './common.mjs';

export function listScenario(count) {
  return {
    id: `list-${count}`,
    title: `${count.toLocaleString('en')} invitations at once`,
    measures: [
      { key: 'badgesMs', label: 'list in DOM → all badges', unit: 'ms' },
      { key: 'inViewMs', label: 'list in DOM → first 10 badges', unit: 'ms' },
      { key: 'inViewFrame', label: 'frame showing the first 10 badges', unit: 'frame' },
      { key: 'extensionMs', label: 'extension main thread', unit: 'ms' },
      { key: 'perCardUs', label: 'extension main thread per card', unit: 'µs' },
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
        return {
          badgesMs: value.ms,
          inViewMs: value.inViewMs,
          inViewFrame: value.inViewFrame,
          extensionMs: cpu.extensionMs,
          perCardUs: (1000 * cpu.extensionMs) / count,
          unsampledMs: cpu.unsampledMs,
        };
      }),
  };
}
