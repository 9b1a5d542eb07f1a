// Scenario 2: the 2026 list loading lazily while the user scrolls, 10 cards every 100 ms up to
// `total`, then React re-rendering the whole list (every card a new node for the same person).
// An extension that rescans the whole list on each change pays more for every batch than the last:
// the profile of the loading is split into tenths of the batches (the first 10 % of the batches,
// the second…), and the last tenth's cost is compared with the first's.
import { INVITATIONS_URL } from '../browser.mjs';
import { pageClock, profiled } from '../profile.mjs';
import { BADGE_TIMEOUT_MS, SETTLE_MS, extensionReady, median, withPage } from './common.mjs';

const BATCH = 10;
const EVERY_MS = 100;
const TENTHS = 10;

/**
 * The profile windows of the tenths: each from half a period before its first batch went in (the
 * extension reacts after an insertion, never before it) to the same point of the next tenth; the
 * last one lasts as long as the others. Clock error (pageClock) is far below half a period.
 * @param {number[]} insertedAt page times of the batches @param {(pageMs: number) => number} toProfileUs
 */
function tenthWindows(insertedAt, toProfileUs) {
  const perTenth = insertedAt.length / TENTHS;
  const startOf = (batch) => toProfileUs((insertedAt[batch] ?? Number.NaN) - EVERY_MS / 2);
  return Array.from({ length: TENTHS }, (_, k) => {
    const fromUs = startOf(k * perTenth);
    const next = (k + 1) * perTenth;
    const toUs = next < insertedAt.length ? startOf(next) : fromUs + perTenth * EVERY_MS * 1000;
    return { fromUs, toUs };
  });
}

export function lazyScenario(total) {
  const batches = total / BATCH;
  if (!Number.isInteger(batches / TENTHS)) throw new Error(`lazy loading to ${total}: ${batches} batches do not split in ${TENTHS} tenths`);
  return {
    id: `lazy-${total}`,
    title: `lazy loading to ${total.toLocaleString('en')}, then a re-render`,
    measures: [
      { key: 'loadExtensionMs', label: `extension main thread, ${batches} batches`, unit: 'ms' },
      {
        key: 'firstTenthMs',
        label: `extension, first tenth (${batches / TENTHS === 1 ? '1 batch' : `${batches / TENTHS} batches`})`,
        unit: 'ms',
      },
      { key: 'lastTenthMs', label: 'extension, last tenth', unit: 'ms' },
      { key: 'batchMedianMs', label: 'batch in DOM → its badges, median', unit: 'ms' },
      { key: 'batchSlowestMs', label: 'batch in DOM → its badges, slowest', unit: 'ms' },
      { key: 'rerenderMs', label: `re-render of ${total.toLocaleString('en')} → all badges`, unit: 'ms' },
      { key: 'rerenderExtensionMs', label: 're-render, extension main thread', unit: 'ms' },
    ],
    run: (bench) =>
      withPage(bench, INVITATIONS_URL, async (page) => {
        await extensionReady(page, bench.marker);
        const clock = await pageClock(page);
        const timeout = BADGE_TIMEOUT_MS + batches * EVERY_MS;
        const load = await profiled(
          page,
          bench.extensionId,
          () =>
            page.evaluate(
              ([m, b, e, n, t]) => window.knowTrustBench.lazyLoad(m, b, e, n, t),
              [bench.marker, BATCH, EVERY_MS, total, timeout],
            ),
          SETTLE_MS,
          (value) => tenthWindows(value.insertedAt, clock.toProfileUs),
        );
        const rerender = await profiled(
          page,
          bench.extensionId,
          () => page.evaluate(([m, n, t]) => window.knowTrustBench.rerender(m, n, t), [bench.marker, total, BADGE_TIMEOUT_MS]),
          SETTLE_MS,
        );
        const tenthsMs = load.cpu.windowsExtensionMs;
        return {
          loadExtensionMs: load.cpu.extensionMs,
          firstTenthMs: tenthsMs[0],
          lastTenthMs: tenthsMs[TENTHS - 1],
          tenthsMs,
          // What the tenths hold of the whole profile's extension time (the rest: the settling second
          // after the last tenth, and before the first): near 1 unless the windows are misplaced.
          tenthsShare: load.cpu.extensionMs > 0 ? tenthsMs.reduce((a, b) => a + b, 0) / load.cpu.extensionMs : null,
          batchMedianMs: median(load.value.latencies),
          batchSlowestMs: Math.max(...load.value.latencies),
          rerenderMs: rerender.value.ms,
          rerenderExtensionMs: rerender.cpu.extensionMs,
          unsampledMs: load.cpu.unsampledMs + rerender.cpu.unsampledMs,
          clockRoundTripUs: clock.rttUs,
        };
      }),
  };
}
