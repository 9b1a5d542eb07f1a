// Read-modify-write on storage must not interleave: a content-script report updating `lastSeen`
// and a popup saving answers for the same inviter would otherwise lose one of the two writes.
// The Web Locks API serialises across every extension context and is released if the worker dies,
// so no lock can outlive a stopped service worker. Node (unit tests) has no navigator.locks: there
// a promise chain gives the same ordering within the one test process.

let chain: Promise<unknown> = Promise.resolve();

export function withStoreLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('know-trust-store', task) as Promise<T>;
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
