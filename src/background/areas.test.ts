// Where the user's data lives (areas.ts): the IndexedDB place Firefox gets, the one-time move out
// of storage.local and what a crash during it leaves, and the order of the start-up step. IndexedDB
// is fake-indexeddb's in-memory one (jsdom has none); the real one is run in Firefox by
// tests/firefox/firefox-run.test.ts, the Chrome place in tests/e2e/storage-access.e2e.test.ts.
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { Area } from './areas';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { chooseAreas, indexedDbArea, moveIntoIndexedDb, openDatabase } = await import('./areas');

/** A storage.local as the browser's: a map, with `get(null)` for everything. */
function memoryArea(initial: Record<string, unknown> = {}): Area & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    data,
    get: async (keys) =>
      Object.fromEntries(keys === null ? [...data] : list(keys).flatMap((k) => (data.has(k) ? [[k, structuredClone(data.get(k))]] : []))),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => void list(keys).forEach((k) => data.delete(k)),
    clear: async () => data.clear(),
  };
}

const record = (profile: string, note: string) => ({
  profile,
  name: profile,
  headline: '',
  answers: {},
  note,
  firstSeen: 1,
  lastSeen: 2,
  updatedAt: 3,
});
const OLD = {
  schemaVersion: 1,
  settings: { companies: ['Northwind Analytics'], popupOnly: true },
  'inviter:marcus-feld-hr': record('marcus-feld-hr', 'met at the offsite'),
  'inviter:__proto__': record('__proto__', 'a slug like any other'),
};

const freshDb = () => {
  const factory = new IDBFactory();
  const db = openDatabase(factory);
  return { factory, area: indexedDbArea(() => db) };
};

describe('the IndexedDB place', () => {
  it('keeps values per key as storage.local does: get by key, list or null, set, remove, clear', async () => {
    const { area } = freshDb();
    await area.set(OLD);
    expect(await area.get(null)).toEqual(OLD);
    expect(await area.get('settings')).toEqual({ settings: OLD.settings });
    expect(await area.get(['inviter:__proto__', 'inviter:nobody'])).toEqual({ 'inviter:__proto__': OLD['inviter:__proto__'] });
    await area.remove(['settings', 'inviter:nobody']);
    expect(Object.keys(await area.get(null)).sort()).toEqual(['inviter:__proto__', 'inviter:marcus-feld-hr', 'schemaVersion']);
    await area.clear();
    expect(await area.get(null)).toEqual({});
  });

  it('stores a copy: changing the caller’s object afterwards changes nothing stored', async () => {
    const { area } = freshDb();
    const settings = { companies: ['A'], popupOnly: false };
    await area.set({ settings });
    settings.companies.push('B');
    expect(await area.get('settings')).toEqual({ settings: { companies: ['A'], popupOnly: false } });
  });

  it('a set resolves only once its transaction has committed: a new connection reads it', async () => {
    const { factory, area } = freshDb();
    await area.set({ settings: OLD.settings });
    const again = openDatabase(factory);
    expect(await indexedDbArea(() => again).get('settings')).toEqual({ settings: OLD.settings });
  });
});

describe('moving storage.local into IndexedDB', () => {
  it('copies everything, then removes it from storage.local', async () => {
    const local = memoryArea(OLD);
    const { area } = freshDb();
    expect((await moveIntoIndexedDb(local, area)).sort()).toEqual(Object.keys(OLD).sort());
    expect(await area.get(null)).toEqual(OLD);
    expect(local.data.size).toBe(0);
  });

  it('stopped after the copy and before the removal: the next start finishes it, no value twice, nothing lost', async () => {
    const local = memoryArea(OLD);
    const { area } = freshDb();
    vi.spyOn(local, 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(moveIntoIndexedDb(local, area)).rejects.toThrow('worker stopped');
    expect(Object.fromEntries(local.data)).toEqual(OLD); // still all there
    await moveIntoIndexedDb(local, area);
    expect(await area.get(null)).toEqual(OLD);
    expect(local.data.size).toBe(0);
  });

  it('stopped during the copy: storage.local is untouched, and the next start copies it whole', async () => {
    const local = memoryArea(OLD);
    const { area } = freshDb();
    const failing: Area = { ...area, set: () => Promise.reject(new Error('browser killed')) };
    await expect(moveIntoIndexedDb(local, failing)).rejects.toThrow('browser killed');
    expect(Object.fromEntries(local.data)).toEqual(OLD);
    expect(await area.get(null)).toEqual({}); // a set lands whole or not at all
    await moveIntoIndexedDb(local, area);
    expect(await area.get(null)).toEqual(OLD);
  });

  it('a copy that does not read back is not removed from storage.local', async () => {
    const local = memoryArea(OLD);
    const { area } = freshDb();
    const lossy: Area = { ...area, set: async () => undefined };
    await expect(moveIntoIndexedDb(local, lossy)).rejects.toThrow(/did not reach IndexedDB/);
    expect(Object.fromEntries(local.data)).toEqual(OLD);
  });

  it('never overwrites a value already in IndexedDB with the older one from storage.local', async () => {
    const local = memoryArea(OLD);
    const { area } = freshDb();
    const newer = record('marcus-feld-hr', 'written after an interrupted move');
    await area.set({ 'inviter:marcus-feld-hr': newer });
    await moveIntoIndexedDb(local, area);
    expect((await area.get('inviter:marcus-feld-hr'))['inviter:marcus-feld-hr']).toEqual(newer);
    expect(local.data.size).toBe(0);
  });

  it('with nothing in storage.local, writes nothing', async () => {
    const { area } = freshDb();
    expect(await moveIntoIndexedDb(memoryArea(), area)).toEqual([]);
    expect(await area.get(null)).toEqual({});
  });
});

describe('choosing the place at start', () => {
  it('where storage.local has setAccessLevel: it is closed to content scripts before the first read or write', async () => {
    const calls: string[] = [];
    let open!: () => void;
    const local = Object.assign(memoryArea({ settings: OLD.settings }), {
      setAccessLevel: (options: unknown) => {
        calls.push(`setAccessLevel ${JSON.stringify(options)}`);
        return new Promise<void>((done) => (open = done));
      },
    });
    const get = local.get.bind(local);
    local.get = async (keys) => (calls.push('get'), get(keys));
    const { areas } = chooseAreas({ local, session: memoryArea() }, new IDBFactory());
    const reading = areas.local.get('settings');
    await new Promise((done) => setTimeout(done, 10));
    expect(calls).toEqual(['setAccessLevel {"accessLevel":"TRUSTED_CONTEXTS"}']); // the read waits
    open();
    expect(await reading).toEqual({ settings: OLD.settings });
    expect(calls).toEqual(['setAccessLevel {"accessLevel":"TRUSTED_CONTEXTS"}', 'get']);
  });

  it('setAccessLevel refused: every storage call fails, none goes to an open storage.local', async () => {
    const local = Object.assign(memoryArea(OLD), { setAccessLevel: () => Promise.reject(new Error('refused')) });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { areas } = chooseAreas({ local, session: memoryArea() }, undefined);
    await expect(areas.local.get(null)).rejects.toThrow('refused');
    await expect(areas.local.set({ settings: {} })).rejects.toThrow('refused');
    expect(Object.fromEntries(local.data)).toEqual(OLD);
  });

  it('without setAccessLevel (Firefox): the user’s data moves to IndexedDB, and is read and written there', async () => {
    const local = memoryArea(OLD);
    const { areas, ready } = chooseAreas({ local, session: memoryArea() }, new IDBFactory());
    expect(await areas.local.get(null)).toEqual(OLD);
    await ready;
    expect(local.data.size).toBe(0);
    await areas.local.set({ 'inviter:priya-raman-4b2a1c': record('priya-raman-4b2a1c', 'new') });
    expect(local.data.size).toBe(0);
    expect(Object.keys(await areas.local.get(null))).toContain('inviter:priya-raman-4b2a1c');
    expect(areas.local.QUOTA_BYTES).toBeUndefined(); // no fixed limit: the options show the bytes alone
  });

  it('storage.session stays where it is, in every browser', async () => {
    const session = memoryArea();
    const { areas } = chooseAreas({ local: memoryArea(), session }, new IDBFactory());
    await areas.session.set({ 'tab:7': { page: 'invitation-manager', invitations: [] } });
    expect(session.data.has('tab:7')).toBe(true);
  });
});
