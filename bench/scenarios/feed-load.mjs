// Scenario 4: a plain load of the feed, the page LinkedIn users see most and where Know & Trust has
// nothing to do; and of a member's profile with no pending invitation, where the loader looks at the
// top card while it renders (content/loader.ts) and must load nothing more. A trace with V8's sampling profiler in it (bench/trace.mjs) is started on the new
// tab before it navigates, so everything the extension costs the load is seen: its scripts'
// compilation and evaluation (the trace's events, thread time) and whatever it runs later (the
// profile's samples outside those events, attributed by stack as in the other scenarios). After
// the trace, the tab moves in-app to the invitations page and a badge must appear there: a small
// figure is the extension idling, not the extension missing.
import { FEED_URL, PROFILE_URL } from '../browser.mjs';
import { summariseProfile } from '../profile.mjs';
import { extensionIntervals, mainThreadOf, startTrace, traceProfile } from '../trace.mjs';
import { BADGE_TIMEOUT_MS, SETTLE_MS, withPage } from './common.mjs';

export function feedLoadScenario() {
  return pageLoadScenario('feed-load', 'feed page load', FEED_URL, SETTLE_MS);
}

export function profileLoadScenario() {
  // Traced until the loader's last look at the top card (about 15.8 s after the load) has passed.
  return pageLoadScenario('profile-load', 'profile page load, no pending invitation', PROFILE_URL, 16_500);
}

/** @param {string} id @param {string} title @param {string} url @param {number} settleMs how long the trace runs after the load */
export function pageLoadScenario(id, title, url, settleMs) {
  return {
    id,
    title,
    measures: [
      { key: 'extensionMs', label: 'extension thread time', unit: 'ms' },
      { key: 'compileMs', label: 'of which compiling its scripts', unit: 'ms' },
      { key: 'profileExtensionMs', label: 'its profile samples alone (one per ~0.2 ms)', unit: 'ms' },
      { key: 'scriptMs', label: 'all script time on the page (samples)', unit: 'ms' },
    ],
    run: (bench) => {
      /** @type {Awaited<ReturnType<typeof startTrace>> | undefined} */
      let stopTrace;
      return withPage(
        bench,
        url,
        async (page) => {
          await page.waitForTimeout(settleMs);
          if (!stopTrace) throw new Error('the trace did not start');
          const events = await stopTrace();
          const profile = traceProfile(events, mainThreadOf(events, url));
          const { outermost: intervals, compileMs } = extensionIntervals(events, bench.extensionId, url);
          const cpu = summariseProfile(profile, bench.extensionId, intervals);
          const insideMs = cpu.windowsExtensionMs.reduce((a, b) => a + b, 0);
          const tracedMs = intervals.reduce((sum, i) => sum + i.threadMs, 0);
          const evaluationMs = intervals.filter((i) => i.name === 'EvaluateScript').reduce((sum, i) => sum + i.threadMs, 0);
          await page.evaluate(([m, t]) => window.knowTrustBench.probeAfterNavigation(m, t), [bench.marker, BADGE_TIMEOUT_MS]);
          return {
            // The traced events' thread time, plus the extension's samples outside them.
            extensionMs: tracedMs + (cpu.extensionMs - insideMs),
            evaluationMs,
            compileMs,
            tracedMs,
            profileExtensionMs: cpu.extensionMs,
            profileOutsideTraceMs: cpu.extensionMs - insideMs,
            scriptMs: cpu.scriptMs,
            events: intervals.map((i) => `${i.name} ${i.script} ${i.threadMs.toFixed(2)} ms`),
            unsampledMs: cpu.unsampledMs,
          };
        },
        async (_page, cdp) => {
          stopTrace = await startTrace(cdp);
        },
      );
    },
  };
}
