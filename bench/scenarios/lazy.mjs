// Scenario 2: the 2026 list loading lazily while the user scrolls, 10 cards every 100 ms up to
// `total`, then React re-rendering the whole list (every card a new node for the same person).
// An extension that rescans the whole list on each change pays more for every batch than the last.
import { INVITATIONS_URL } from '../browser.mjs';
import { profiled } from '../profile.mjs';
import { BADGE_TIMEOUT_MS, SETTLE_MS, extensionReady, median, withPage } from './common.mjs';

const BATCH = 10;
const EVERY_MS = 100;

export function lazyScenario(total) {
  return {
    id: `lazy-${total}`,
    title: `lazy loading to ${total.toLocaleString('en')}, then a re-render`,
    measures: [
      { key: 'loadExtensionMs', label: `extension main thread, ${total / BATCH} batches`, unit: 'ms' },
      { key: 'batchMedianMs', label: 'batch in DOM → its badges, median', unit: 'ms' },
      { key: 'batchSlowestMs', label: 'batch in DOM → its badges, slowest', unit: 'ms' },
      { key: 'rerenderMs', label: `re-render of ${total} → all badges`, unit: 'ms' },
      { key: 'rerenderExtensionMs', label: 're-render, extension main thread', unit: 'ms' },
    ],
    run: (bench) =>
      withPage(bench, INVITATIONS_URL, async (page) => {
        await extensionReady(page, bench.marker);
        const timeout = BADGE_TIMEOUT_MS + (total / BATCH) * EVERY_MS;
        const load = await profiled(
          page,
          bench.extensionId,
          () =>
            page.evaluate(
              ([m, b, e, n, t]) => window.knowTrustBench.lazyLoad(m, b, e, n, t),
              [bench.marker, BATCH, EVERY_MS, total, timeout],
            ),
          SETTLE_MS,
        );
        const rerender = await profiled(
          page,
          bench.extensionId,
          () => page.evaluate(([m, n, t]) => window.knowTrustBench.rerender(m, n, t), [bench.marker, total, BADGE_TIMEOUT_MS]),
          SETTLE_MS,
        );
        return {
          loadExtensionMs: load.cpu.extensionMs,
          batchMedianMs: median(load.value.latencies),
          batchSlowestMs: Math.max(...load.value.latencies),
          rerenderMs: rerender.value.ms,
          rerenderExtensionMs: rerender.cpu.extensionMs,
          unsampledMs: load.cpu.unsampledMs + rerender.cpu.unsampledMs,
        };
      }),
  };
}
