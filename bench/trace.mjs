// A page load's cost to the extension, from a Chromium trace (CDP Tracing, started before the
// navigation, on the tab's own session). A trace follows the tab into whichever renderer process
// the navigation lands in, where a CDP Profiler session started on the blank tab did not always
// (some profiles of a feed load held no script at all). It holds two things:
//   - events with the script's address and their thread time (tdur: CPU time of the thread, not
//     wall time): EvaluateScript, v8.compile, FunctionCall… They cover what a CPU profile cannot
//     attribute: while V8 compiles a script, or Blink sets up the extension's isolated world before
//     its first script runs, no JavaScript frame is on the stack;
//   - V8's sampling profiler (disabled-by-default-v8.cpu_profiler), rebuilt here into the shape of
//     a CDP profile so bench/profile.mjs attributes its samples by stack, as in the other scenarios:
//     bench/scenarios/feed-load.mjs adds the extension's samples outside its events (promise
//     callbacks, say). Both share Chromium's monotonic clock, in µs.

/** Script evaluation, compilation and calls, and the sampling profiler; little else. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

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
 * The page's main thread: the thread that parsed `pageUrl`.
 * @param {any[]} events @param {string} pageUrl
 */
export function mainThreadOf(events, pageUrl) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`the trace shows no parsing of ${pageUrl}`);
  return { pid: parse.pid, tid: parse.tid };
}

/**
 * The sampling profile of one thread, rebuilt from its Profile and ProfileChunk events into what
 * CDP Profiler.stop returns (nodes with children, samples, timeDeltas, startTime, endTime).
 * Throws when the thread was not sampled.
 * @param {any[]} events @param {{ pid: number, tid: number }} thread
 */
export function traceProfile(events, { pid, tid }) {
  const head = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!head) throw new Error('the trace holds no CPU profile of the page');
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === head.id).sort((a, b) => a.ts - b.ts);
  /** @type {Map<number, { id: number, callFrame: { functionName: string, url: string }, parent?: number, children: number[] }>} */
  const nodes = new Map();
  /** @type {number[]} */
  const samples = [];
  /** @type {number[]} */
  const timeDeltas = [];
  for (const chunk of chunks) {
    const data = chunk.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) {
      nodes.set(node.id, { id: node.id, callFrame: { url: '', ...node.callFrame }, parent: node.parent, children: [] });
    }
    samples.push(...(data.cpuProfile?.samples ?? []));
    timeDeltas.push(...(data.timeDeltas ?? []));
  }
  for (const node of nodes.values()) if (node.parent !== undefined) nodes.get(node.parent)?.children.push(node.id);
  const startTime = Number(head.args?.data?.startTime ?? head.ts);
  const endTime = timeDeltas.reduce((at, delta) => at + delta, startTime);
  return { nodes: [...nodes.values()], samples, timeDeltas, startTime, endTime };
}

/**
 * The extension's outermost events on the page's main thread (the thread that parsed `pageUrl`):
 * one interval each, nested events (a compile inside an evaluation) counted within their parent;
 * and the thread time of all its compilations (v8.compile, wherever they are nested).
 * @param {any[]} events @param {string} extensionId @param {string} pageUrl
 */
export function extensionIntervals(events, extensionId, pageUrl) {
  const { pid, tid } = mainThreadOf(events, pageUrl);
  const prefix = `chrome-extension://${extensionId}/`;
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && scriptOf(e).startsWith(prefix))
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
