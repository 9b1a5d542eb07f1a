// Scenario 3: storms of DOM mutations that have nothing to do with invitations: LinkedIn's feed
// (a page that is not ours: Know & Trust should do nothing at all there) and the invitation manager
// itself, where a sidebar and the messaging overlay update beside a list that is already badged.
// Measured: the extension's main-thread time, and its share of all script time on the page.
import { FEED_URL, INVITATIONS_URL } from '../browser.mjs';
import { profiled } from '../profile.mjs';
import { BADGE_TIMEOUT_MS, SETTLE_MS, badgesDrawn, withPage } from './common.mjs';

/** Mutations per task and the gap between tasks: 10,000 mutations take about a second. */
const BURST = 50;
const EVERY_MS = 5;

const measures = [
  { key: 'extensionMs', label: 'extension main thread', unit: 'ms' },
  { key: 'sharePct', label: 'share of all script time', unit: '%' },
  { key: 'scriptMs', label: 'all script time on the page', unit: 'ms' },
];

async function storm(page, bench, mutations) {
  const { value, cpu } = await profiled(
    page,
    bench.extensionId,
    () => page.evaluate(([n, b, e]) => window.knowTrustBench.storm(n, b, e), [mutations, BURST, EVERY_MS]),
    SETTLE_MS,
  );
  if (value.mutations !== mutations) throw new Error(`the storm made ${value.mutations} mutations, not ${mutations}`);
  return { extensionMs: cpu.extensionMs, sharePct: cpu.extensionSharePct, scriptMs: cpu.scriptMs, unsampledMs: cpu.unsampledMs };
}

export function feedStormScenario(mutations) {
  return {
    id: `storm-feed-${mutations}`,
    title: `${mutations.toLocaleString('en')} mutations on the feed`,
    measures,
    run: (bench) =>
      withPage(bench, FEED_URL, async (page) => {
        // Nothing on the feed shows that a content script is there; give it time to inject, and
        // prove afterwards that it was (a zero must mean idle, not absent).
        await page.waitForTimeout(1000);
        const result = await storm(page, bench, mutations);
        await page.evaluate(([m, t]) => window.knowTrustBench.probeAfterNavigation(m, t), [bench.marker, BADGE_TIMEOUT_MS]);
        return result;
      }),
  };
}

export function invitationsStormScenario(mutations, listed) {
  return {
    id: `storm-invitations-${mutations}-${listed}`,
    title: `${mutations.toLocaleString('en')} mutations beside ${listed.toLocaleString('en')} invitations`,
    measures,
    run: (bench) =>
      withPage(bench, `${INVITATIONS_URL}?prefill=${listed}`, async (page) => {
        await badgesDrawn(page, bench.marker, listed);
        return storm(page, bench, mutations);
      }),
  };
}
