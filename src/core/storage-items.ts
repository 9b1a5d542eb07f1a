import * as v from 'valibot';
import { InvitationSchema, InviterRecordSchema, PageKindSchema, ProfileSchema, SettingsSchema, parseOrNull } from './schema';
import { LIMITS } from './text';

// Every key Know & Trust keeps in browser storage, declared once (WXT's storage items): its area,
// the schema its value must pass when read back, and what a missing or unreadable value reads as.
//
//   storage.local    schemaVersion · settings · inviter:<slug> · setAside:<version>:<key>
//   storage.session  tab:<tabId> · selected:<tabId>
//
// storage.local holds what the user keeps, one key per inviter so that a write never rewrites
// everyone else's notes. storage.session survives a stopped service worker but not a browser
// restart: right for what a tab shows now, wrong for anything the user wrote.
//
// The callers pass the areas in (src/core touches no browser API of its own): the background
// (store.ts, backup-store.ts, migrations.ts), alone, through background/areas.ts, which keeps
// them out of the content script's reach (in Firefox the `local` area is IndexedDB). Every read is validated; what does not fit reads as absent. migrations.ts keeps
// frozen copies of older layouts on purpose: changing a key or a schema here is a storage schema
// change (see there).

/** The part of a `browser.storage` area that the items use. */
interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
/** `browser.storage`, or a test's fake of it. */
interface StorageAreas {
  local: Area;
  session: Area;
}
type AreaName = keyof StorageAreas;

/** Values for some keys of one area, to be written together with others (setTogether). */
interface StorageWrite {
  readonly area: AreaName;
  readonly items: Record<string, unknown>;
}

/** Makes these writes with one `set` per area, so that none lands without the others in its area. */
export async function setTogether(storage: StorageAreas, writes: readonly StorageWrite[]): Promise<void> {
  for (const area of ['local', 'session'] as const) {
    const items: Record<string, unknown> = {};
    for (const write of writes) if (write.area === area) Object.assign(items, write.items);
    if (Object.keys(items).length > 0) await storage[area].set(items);
  }
}

/** One key holding one value. */
interface StorageItem<T> {
  readonly area: AreaName;
  readonly key: string;
  /** The stored value; absent or unreadable, the item's default. */
  get(storage: StorageAreas): Promise<T>;
  set(storage: StorageAreas, value: T): Promise<void>;
  write(value: T): StorageWrite;
}

/** A key prefix: one value per id (an inviter's profile, a tab's id). */
interface StorageFamily<Id, T> {
  readonly area: AreaName;
  key(id: Id): string;
  /** The id a key of this family names; null for any other key. */
  idIn(key: string): Id | null;
  /** The value stored for `id`; null when absent or unreadable. */
  get(storage: StorageAreas, id: Id): Promise<T | null>;
  /** The readable values stored for these ids, in one read. */
  getMany(storage: StorageAreas, ids: readonly Id[]): Promise<Map<Id, T>>;
  /** Every readable value of the family (reads the whole area). */
  getAll(storage: StorageAreas): Promise<Map<Id, T>>;
  set(storage: StorageAreas, id: Id, value: T): Promise<void>;
  /** Writes these values in one write. */
  setMany(storage: StorageAreas, values: ReadonlyMap<Id, T>): Promise<void>;
  write(values: ReadonlyMap<Id, T>): StorageWrite;
  remove(storage: StorageAreas, ids: readonly Id[]): Promise<void>;
  /** Removes every key of the family, readable or not. */
  removeAll(storage: StorageAreas): Promise<void>;
}

function item<S extends v.GenericSchema>(
  area: AreaName,
  key: string,
  schema: S,
  fallback: () => v.InferOutput<S>,
): StorageItem<v.InferOutput<S>> {
  return {
    area,
    key,
    get: async (storage) => parseOrNull(schema, (await storage[area].get(key))[key]) ?? fallback(),
    set: (storage, value) => storage[area].set({ [key]: value }),
    write: (value) => ({ area, items: { [key]: value } }),
  };
}

function family<S extends v.GenericSchema, Id extends string | number>(
  area: AreaName,
  prefix: string,
  schema: S,
  idOf: (rest: string) => Id | null,
): StorageFamily<Id, v.InferOutput<S>> {
  type T = v.InferOutput<S>;
  const key = (id: Id) => prefix + id;
  const idIn = (stored: string) => (stored.startsWith(prefix) ? idOf(stored.slice(prefix.length)) : null);
  const readable = (stored: Record<string, unknown>, ids: Iterable<Id>) => {
    const values = new Map<Id, T>();
    for (const id of ids) {
      const value = parseOrNull(schema, stored[key(id)]);
      if (value !== null) values.set(id, value);
    }
    return values;
  };
  const entries = (values: ReadonlyMap<Id, T>) => Object.fromEntries([...values].map(([id, value]) => [key(id), value]));
  const idsIn = (stored: Record<string, unknown>) => Object.keys(stored).flatMap((k) => idIn(k) ?? []);
  return {
    area,
    key,
    idIn,
    get: async (storage, id) => readable(await storage[area].get(key(id)), [id]).get(id) ?? null,
    getMany: async (storage, ids) => (ids.length === 0 ? new Map() : readable(await storage[area].get(ids.map(key)), ids)),
    getAll: async (storage) => {
      const stored = await storage[area].get(null);
      return readable(stored, idsIn(stored));
    },
    set: (storage, id, value) => storage[area].set({ [key(id)]: value }),
    setMany: (storage, values) => storage[area].set(entries(values)),
    write: (values) => ({ area, items: entries(values) }),
    remove: (storage, ids) => storage[area].remove(ids.map(key)),
    removeAll: async (storage) => {
      const ids = idsIn(await storage[area].get(null));
      if (ids.length > 0) await storage[area].remove(ids.map(key));
    },
  };
}

const anyId = (rest: string) => rest;
const tabId = (rest: string) => (/^\d+$/.test(rest) ? Number(rest) : null);

/** The layout version of storage.local; absent = version 0. Written by migrations.ts only. */
export const schemaVersion = item('local', 'schemaVersion', v.pipe(v.number(), v.integer(), v.minValue(0)), () => 0);

/** The user's settings. */
export const settings = item('local', 'settings', SettingsSchema, () => ({ companies: [], popupOnly: false }));

/** Everything stored about one inviter, by profile slug. */
export const inviterRecords = family('local', 'inviter:', InviterRecordSchema, anyId);

/**
 * What a migration could not carry into the new shape, kept verbatim under
 * `setAside:<from version>:<key>` by migrations.ts. Never read by the store, so never overwritten.
 */
export const setAside = family('local', 'setAside:', v.unknown(), anyId);

/** What a tab with a LinkedIn page shows now: its content script's reports merged (protocol.ts, tab-report). */
const TabContentsSchema = v.object({
  page: PageKindSchema,
  invitations: v.pipe(v.array(InvitationSchema), v.maxLength(LIMITS.invitationsPerTab)),
  unrecognised: v.optional(v.boolean(), false),
});
export type TabContents = v.InferOutput<typeof TabContentsSchema>;
export const tabContents = family('session', 'tab:', TabContentsSchema, tabId);

/** The profile whose badge the user clicked last on a tab: the next popup opens on it. */
export const selectedBadge = family('session', 'selected:', ProfileSchema, tabId);
