// What the benchmark puts on a page's `window`, for the type check (tsconfig.scripts.json): Node
// code reaches these through page.evaluate, so they are typed once here, for both sides.
//   __benchConfig   written by bench/pages.mjs into every generated page, before the driver runs
//   knowTrustBench  the in-page driver, defined by bench/page/harness.js (checked against this)
//   __firstRowAt    set in the popup by bench/scenarios/popup.mjs when the first inviter row appears

/** What bench/pages.mjs hands the driver: the card HTML with {{NAME}}… placeholders, cards at load. */
interface KnowTrustBenchConfig {
  cardTemplate: string;
  prefill: number;
}

/** The timed result of an insertion: ms from the DOM change to the last badge. */
interface KnowTrustBenchTiming {
  ms: number;
}

/** A whole list inserted at once: ms to every badge, and to the badges of the cards in view and the frame showing them (1: the first frame after the insertion). */
interface KnowTrustBenchInsertion extends KnowTrustBenchTiming {
  inViewMs: number;
  inViewFrame: number;
  inView: number;
}

/** The in-page driver; `marker` is the selector of the badges of the extension under test. */
interface KnowTrustBench {
  badgeCount(marker: string): number;
  waitForBadges(marker: string, expected: number, timeoutMs: number): Promise<number>;
  prepare(from: number, count: number): void;
  insertPrepared(marker: string, expected: number, timeoutMs: number): Promise<KnowTrustBenchInsertion>;
  lazyLoad(
    marker: string,
    batch: number,
    everyMs: number,
    total: number,
    timeoutMs: number,
  ): Promise<{ latencies: number[]; insertedAt: number[] }>;
  rerender(marker: string, total: number, timeoutMs: number): Promise<KnowTrustBenchTiming>;
  storm(mutations: number, burst: number, everyMs: number): Promise<KnowTrustBenchTiming & { mutations: number }>;
  probe(marker: string, timeoutMs: number): Promise<void>;
  probeAfterNavigation(marker: string, timeoutMs: number): Promise<void>;
}

interface Window {
  __benchConfig: KnowTrustBenchConfig;
  knowTrustBench: KnowTrustBench;
  /** performance.now() when the popup first listed an inviter; unset until then. */
  __firstRowAt?: number;
}
