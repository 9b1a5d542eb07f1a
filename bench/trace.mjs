// A page load's cost to the extension, from a Chromium trace (CDP Tracing, started before the
// navigation, on the tab's own session): what a CPU profile cannot attribute. While V8 compiles a
// script, or Blink sets up the extension's isolated world before its first script runs, no
// JavaScript frame is on the stack, so a profile counts that time as nobody's; the trace has the
// events (EvaluateScript, v8.compile, FunctionCall…) with the script's address, and their thread
// time (tdur: CPU time of the thread, not wall time). Trace and CPU profile share one clock
// (Chromium's monotonic clock, in µs), so the profile's samples can be told inside or outside
// these events (bench/scenarios/feed-load.mjs adds those outside, e.g. promise callbacks).

/** Enough for script evaluation, compilation and calls, little else. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'];

/**
 * Starts a trace on the tab's CDP session. Returns `stop`, which ends it and resolves to its events.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function startTrace(cdp) {
  /** @type {any[]} */
  const events = [];
  /** @param {{ value: object[] }} chunk */
  const onData = (chunk) => void events.push(...chunk.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async function stop() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** The script an event names: data.url for EvaluateScript, v8.compile and FunctionCall, fileName for v8.run. */
const scriptOf = (event) => String(event.args?.data?.url ?? event.args?.fileName ?? '');

/**
 * The extension's outermost events on the page's main thread (the thread that parsed `pageUrl`):
 * one interval each, nested events (a compile inside an evaluation) counted within their parent;
 * and the thread time of all its compilations (v8.compile, wherever they are nested).
 * @param {any[]} events @param {string} extensionId @param {string} pageUrl
 */
export function extensionIntervals(events, extensionId, pageUrl) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`the trace shows no parsing of ${pageUrl}`);
  const prefix = `chrome-extension://${extensionId}/`;
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && scriptOf(e).startsWith(prefix))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @type {{ name: string, script: string, fromUs: number, toUs: number, threadMs: number }[]} */
  const outermost = [];
  let end = -Infinity;
  for (const e of own) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    outermost.push({ name: e.name, script: scriptOf(e).slice(prefix.length), fromUs: e.ts, toUs: end, threadMs: (e.tdur ?? e.dur) / 1000 });
  }
  const compileMs = own.filter((e) => e.name === 'v8.compile').reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
  return { outermost, compileMs };
}
