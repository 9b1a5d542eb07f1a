import browser from 'webextension-polyfill';

// The storage areas the background keeps its data in, in one place: core/storage-items.ts declares
// the keys, this module says where they live. Every reader and writer of the store goes through
// `storageAreas`, so that the place can change (per browser) without touching the store's logic.
//
// What the user keeps (the `local` area) must be out of reach of the content script: it runs in
// LinkedIn's renderer, and a compromised renderer must not read the notes or rewrite the answers.
//   - Chrome, Edge: storage.local, closed to content scripts by setAccessLevel('TRUSTED_CONTEXTS')
//     at every start (it does not persist), before any read or write: every call waits for it.
//   - Firefox has no setAccessLevel for storage.local (Mozilla bug 1724754), and its content
//     scripts can read it. There the `local` area lives in IndexedDB of the extension's own
//     moz-extension:// origin, which a content script (it gets the page's origin) cannot open.
//     Data an earlier version left in storage.local is moved there once (moveIntoIndexedDb).
// storage.session is TRUSTED_CONTEXTS by default in Chrome (and kept so); in Firefox it is not
// reachable from content scripts at all. The decision is made by what the API offers at run time,
// never by the user agent.

/** The part of a storage area the store uses (core/storage-items.ts's Area, and delete-all's clear). */
export interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  /**
   * The browser's fixed limit for the area, where it has one (storage.local: 10 MB). IndexedDB has
   * none of its own: the options then show what the data weighs as serialised JSON, without a limit.
   */
  readonly QUOTA_BYTES?: number;
}

export interface StorageAreas {
  local: Area;
  session: Area;
}

type AccessLevelArea = Area & { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

const DB_NAME = 'know-trust';
const STORE = 'local';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction has committed (durable: Firefox and Chrome flush before `complete`). */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

const keyList = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);

/**
 * An Area in one IndexedDB object store, one entry per key (as storage.local keeps them). Every
 * write is one readwrite transaction ('strict' durability where offered) and resolves only once it
 * has committed, so an acknowledged write survives a killed browser; a `set` of many keys lands
 * whole or not at all, as storage.local's does.
 */
export function indexedDbArea(database: () => Promise<IDBDatabase>): Area {
  const transaction = async (mode: IDBTransactionMode) => {
    const db = await database();
    return mode === 'readwrite' ? db.transaction(STORE, mode, { durability: 'strict' }) : db.transaction(STORE, mode);
  };
  return {
    async get(keys) {
      const tx = await transaction('readonly');
      const store = tx.objectStore(STORE);
      const found: Record<string, unknown> = {};
      if (keys === null) {
        const [names, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        names.forEach((name, i) => (found[String(name)] = values[i]));
        return found;
      }
      const wanted = keyList(keys);
      const values = await Promise.all(wanted.map((key) => request(store.get(key))));
      wanted.forEach((key, i) => {
        if (values[i] !== undefined) found[key] = values[i];
      });
      return found;
    },
    async set(items) {
      const tx = await transaction('readwrite');
      const store = tx.objectStore(STORE);
      // Stored as storage.local would: plain JSON data, never a live object of the caller's.
      for (const [key, value] of Object.entries(items)) if (value !== undefined) store.put(structuredClone(value), key);
      await committed(tx);
    },
    async remove(keys) {
      const tx = await transaction('readwrite');
      const store = tx.objectStore(STORE);
      for (const key of keyList(keys)) store.delete(key);
      await committed(tx);
    },
    async clear() {
      const tx = await transaction('readwrite');
      tx.objectStore(STORE).clear();
      await committed(tx);
    },
  };
}

/**
 * Moves what storage.local holds into IndexedDB, once, at start: copy, read back and compare,
 * then remove from storage.local. Stopped anywhere, nothing is lost: until the removal the data is
 * still in storage.local, and the next start copies it again over the same keys (a key already in
 * IndexedDB is never overwritten by an older copy: IndexedDB's value is the newer one, written
 * after an earlier, interrupted move). Returns the keys moved.
 */
export async function moveIntoIndexedDb(from: Pick<Area, 'get' | 'remove'>, to: Area): Promise<string[]> {
  const old = await from.get(null);
  const keys = Object.keys(old);
  if (keys.length === 0) return [];
  const there = await to.get(keys);
  const missing = Object.fromEntries(keys.filter((key) => !Object.hasOwn(there, key)).map((key) => [key, old[key]]));
  if (Object.keys(missing).length > 0) await to.set(missing);
  const copied = await to.get(keys);
  const lost = keys.filter((key) => !Object.hasOwn(copied, key));
  if (lost.length > 0) throw new Error(`Know & Trust: ${lost.length} stored values did not reach IndexedDB; storage.local kept as it is.`);
  await from.remove(keys);
  return keys;
}

/**
 * storage.local.setAccessLevel('TRUSTED_CONTEXTS'), where the browser offers it; null where it does
 * not. A method that throws at once instead of answering (a test's fake browser declares it so) is
 * not offered: only an answer of the browser's counts.
 */
function closeToContentScripts(local: AccessLevelArea): Promise<void> | null {
  if (typeof local.setAccessLevel !== 'function') return null;
  try {
    return local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    return null;
  }
}

/**
 * Where each area lives in this browser, and the step every storage call waits for. `api` is read
 * at each call (a test's fake browser may be reset between tests).
 */
export function chooseAreas(
  api: { local: Area; session: Area },
  factory: IDBFactory | undefined,
): { areas: StorageAreas; ready: Promise<void> } {
  let ready: Promise<void>;
  let place: () => Area = () => api.local;
  const closed = closeToContentScripts(api.local as AccessLevelArea);
  if (closed) {
    ready = closed;
  } else if (factory) {
    const db = openDatabase(factory);
    const kept = indexedDbArea(() => db);
    place = () => kept;
    ready = moveIntoIndexedDb(api.local, kept).then(() => undefined);
  } else {
    // No IndexedDB at all (a unit test's fake browser): storage.local is all there is.
    ready = Promise.resolve();
  }
  // Refused or failed, every storage call fails with it: the data is never used in an open area.
  ready.catch((error: unknown) => console.error('Know & Trust: storage not prepared.', error));
  const after =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready;
      return call(...args);
    };
  const guarded = (area: () => Area): Area => ({
    get: after((keys) => area().get(keys)),
    set: after((items) => area().set(items)),
    remove: after((keys) => area().remove(keys)),
    clear: after(() => area().clear()),
    get QUOTA_BYTES() {
      return area().QUOTA_BYTES;
    },
  });
  return { areas: { local: guarded(place), session: guarded(() => api.session) }, ready };
}

const chosen = chooseAreas(
  browser.storage as unknown as { local: Area; session: Area },
  (globalThis as { indexedDB?: IDBFactory }).indexedDB,
);

/** Every store access goes through these. */
export const storageAreas: StorageAreas = chosen.areas;

/** Settles once storage is closed to content scripts (and, in Firefox, moved): the worker starts it first thing. */
export const storageReady: Promise<void> = chosen.ready;
