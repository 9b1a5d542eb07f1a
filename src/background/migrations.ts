import { storageAreas } from './areas';
import { schemaVersion, setAside } from '../core/storage-items';
import { withStoreLock } from './lock';

// Versions of what Know & Trust keeps in storage.local, and how data written by any earlier
// version is brought up to this build's. A migration is a pure function from one whole snapshot of
// storage.local to the next version's; `runMigrations` is the only part that touches storage.
//
//   version 0  no `schemaVersion` key: written by a build that never ran onInstalled (or by hand).
//              Same keys as version 1, but records may lack fields or hold values we cannot read.
//   version 1  schemaVersion · settings · inviter:<slug> → a whole InviterRecord; the answers of
//              V1_ANSWERS.
//   version 2  the same keys; each inviter record also holds `history` (when the user answered
//              what, oldest first; core/schema.ts HistoryEntrySchema) and `dismissedAt` (0: the user never said
//              "I've decided, stop showing"). Issue 14. The answers are version 1's.
//
// Rules every migration keeps (migrations.test.ts checks them against a snapshot of every version):
// - It never deletes what the user wrote. What it cannot carry into the new shape is kept verbatim
//   under `setAside:<from>:<key>`, a key the store never reads and so never overwrites.
// - It is idempotent: running it on data it already upgraded changes nothing, so a worker stopped
//   half-way simply runs it again (the version is written last).
// - It describes the layout of its own two versions, spelled out here and not imported from
//   core/storage-items.ts, schema.ts or questions.ts: those follow the latest version, an old
//   migration must not. (The `schemaVersion` and `setAside:` keys are the same in every version.)
// Adding version 2 (a key, a record field or an answer added, renamed or removed): append its
// migration to MIGRATIONS (CURRENT_SCHEMA_VERSION follows), freeze its answers in
// ANSWERS_BY_VERSION, and add tests/fixtures/storage/v2.json; the harness picks them up (and, if
// the layout changed, asks for a reader of it in migrations.test.ts).

type StorageSnapshot = Record<string, unknown>;

interface Migration {
  from: number;
  to: number;
  describe: string;
  /** Returns the next version's snapshot; must not change its argument. */
  migrate(snapshot: StorageSnapshot): StorageSnapshot;
}

export const VERSION_KEY = schemaVersion.key;
export const setAsideKey = (from: number, key: string) => setAside.key(`${from}:${key}`);

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const absent = (value: unknown) => value === undefined || value === null;

type AnswerVocabulary = Readonly<Record<string, readonly string[]>>;

// Version 1's vocabulary, frozen as it was when version 1 was current.
const V1_ANSWERS: AnswerVocabulary = {
  knows: ['yes', 'no'],
  trusts: ['yes', 'no', 'unsure'],
  insider: ['no', 'colleague', 'hr', 'leadership'],
  visibilityWorry: ['yes', 'no'],
  hesitates: ['yes', 'no'],
};

/**
 * The answers each version stores: each question and the values it may hold. The current one must
 * be what core/questions.ts declares (migrations.test.ts): a questionnaire that stores anything
 * else needs a new version and its migration. Version 0 asked the same questions as version 1.
 */
export const ANSWERS_BY_VERSION: Readonly<Record<number, AnswerVocabulary>> = { 0: V1_ANSWERS, 1: V1_ANSWERS, 2: V1_ANSWERS };
const V1_RECORD_FIELDS = ['profile', 'name', 'headline', 'answers', 'note', 'firstSeen', 'lastSeen', 'updatedAt'];
// Fields version 2 adds. A worker stopped after writing version 2's records but before the version
// number reruns 0 → 1 on them: it carries these over as they are (1 → 2 checks them), not as
// fields unknown to version 1, which would undo the step and set the records aside.
const V2_RECORD_FIELDS = ['history', 'dismissedAt'];
const V1_SETTINGS_FIELDS = ['companies', 'popupOnly'];
const INVITER = 'inviter:';

const validSlug = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && !value.includes('/');
const timestamp = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

/**
 * One version-0 record as a whole version-1 record, or null when the value is not a record at all
 * (then nothing in it can be read, and it stays exactly where it is). `lossy` says whether some
 * stored value could not be carried over as it was.
 */
function recordV1(key: string, stored: unknown): { record: Plain; lossy: boolean } | null {
  if (!isPlain(stored)) return null;
  const slug = validSlug(stored.profile) ? stored.profile : key.slice(INVITER.length);
  if (!validSlug(slug)) return null;
  let lossy = Object.keys(stored).some((field) => !V1_RECORD_FIELDS.includes(field) && !V2_RECORD_FIELDS.includes(field));
  const text = (field: string, fallback: string): string => {
    const value = stored[field];
    if (typeof value === 'string') return value;
    if (!absent(value)) lossy = true;
    return fallback;
  };
  const time = (field: string): number | undefined => {
    const value = timestamp(stored[field]);
    if (value !== stored[field] && !absent(stored[field])) lossy = true;
    return value;
  };

  // Only the choices version 1 offers: anything else (a value from some other build, a typo) would
  // make the whole record unreadable, so it goes to the set-aside copy instead.
  const answers: Record<string, string> = {};
  if (isPlain(stored.answers)) {
    for (const [question, answer] of Object.entries(stored.answers)) {
      if (typeof answer === 'string' && V1_ANSWERS[question]?.includes(answer)) answers[question] = answer;
      else if (!absent(answer)) lossy = true;
    }
  } else if (!absent(stored.answers)) {
    lossy = true;
  }

  const note = text('note', '');
  const known = [time('firstSeen'), time('lastSeen'), time('updatedAt')] as const;
  const seen = known.filter((t): t is number => t !== undefined && t > 0);
  // Missing times are the closest ones we know. `updatedAt` 0 means "never answered" and hides the
  // inviter from search, so a record with answers or a note gets a non-zero one.
  const firstSeen = known[0] ?? (seen.length > 0 ? Math.min(...seen) : 0);
  const lastSeen = known[1] ?? Math.max(firstSeen, ...seen);
  const wrote = Object.keys(answers).length > 0 || note !== '';
  const updatedAt = known[2] ?? (wrote ? Math.max(1, lastSeen) : 0);

  const record: Plain = {
    profile: slug,
    name: text('name', slug),
    headline: text('headline', ''),
    answers,
    note,
    firstSeen,
    lastSeen,
    updatedAt,
  };
  for (const field of V2_RECORD_FIELDS) if (Object.hasOwn(stored, field)) record[field] = stored[field];
  return { record, lossy };
}

function settingsV1(stored: Plain): { settings: Plain; lossy: boolean } {
  let lossy = Object.keys(stored).some((field) => !V1_SETTINGS_FIELDS.includes(field));
  let companies: string[] = [];
  if (Array.isArray(stored.companies)) {
    companies = stored.companies.filter((c): c is string => typeof c === 'string');
    if (companies.length !== stored.companies.length) lossy = true;
  } else if (!absent(stored.companies)) {
    lossy = true;
  }
  let popupOnly = false;
  if (typeof stored.popupOnly === 'boolean') popupOnly = stored.popupOnly;
  else if (!absent(stored.popupOnly)) lossy = true;
  return { settings: { companies, popupOnly }, lossy };
}

/** Equality of JSON data, whatever the order of keys (storage need not keep it). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

/** Version 0 → 1: every record and the settings made whole, so the store can read every one. */
function migrate0to1(snapshot: StorageSnapshot): StorageSnapshot {
  const next: StorageSnapshot = { ...snapshot };
  const upgrade = (key: string, upgraded: { value: Plain; lossy: boolean } | null) => {
    if (!upgraded || sameValue(upgraded.value, snapshot[key])) return;
    next[key] = upgraded.value;
    // Kept once: on a re-run the first copy, the one holding the original, stays.
    const aside = setAsideKey(0, key);
    if (upgraded.lossy && !(aside in snapshot)) next[aside] = snapshot[key];
  };
  for (const [key, value] of Object.entries(snapshot)) {
    if (key.startsWith(INVITER)) {
      const upgraded = recordV1(key, value);
      upgrade(key, upgraded && { value: upgraded.record, lossy: upgraded.lossy });
    } else if (key === 'settings' && isPlain(value)) {
      const upgraded = settingsV1(value);
      upgrade(key, { value: upgraded.settings, lossy: upgraded.lossy });
    }
  }
  return next;
}

/**
 * Version 1 → 2: every readable record gets an empty history and `dismissedAt` 0. No history is
 * invented for answers given before it existed: the re-ask rule (core/history.ts insiderReask)
 * treats a record without entries as "answered as an outsider, headline then unknown", the safe
 * side. Values that are not records stay where they are, as they are (version 0 → 1 left them).
 * A record that already holds either field (a rerun) keeps it as it is.
 */
function migrate1to2(snapshot: StorageSnapshot): StorageSnapshot {
  const next: StorageSnapshot = { ...snapshot };
  for (const [key, value] of Object.entries(snapshot)) {
    if (!key.startsWith(INVITER) || !isPlain(value)) continue;
    const history = Array.isArray(value.history) ? value.history : [];
    const dismissedAt = timestamp(value.dismissedAt) ?? 0;
    if (value.history === history && value.dismissedAt === dismissedAt) continue;
    // A value in either field this version cannot read is kept verbatim aside, once.
    const aside = setAsideKey(1, key);
    const odd = (!absent(value.history) && value.history !== history) || (!absent(value.dismissedAt) && value.dismissedAt !== dismissedAt);
    if (odd && !(aside in snapshot)) next[aside] = value;
    next[key] = { ...value, history, dismissedAt };
  }
  return next;
}

/** In order, each `from` the previous `to`; the last `to` is CURRENT_SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    describe: 'add schemaVersion; make every inviter record and the settings whole',
    migrate: migrate0to1,
  },
  {
    from: 1,
    to: 2,
    describe: 'give every inviter record a decision history (empty) and dismissedAt (0)',
    migrate: migrate1to2,
  },
];

const latest = (migrations: readonly Migration[]) => migrations[migrations.length - 1]?.to ?? 0;
export const CURRENT_SCHEMA_VERSION = latest(MIGRATIONS);

/** Stored data of a version this build does not know. Nothing was changed. */
export class NewerSchemaError extends Error {
  constructor(
    readonly stored: number,
    readonly known: number,
  ) {
    super(`Stored data has schema version ${stored}, newer than this build knows (${known}); it was left untouched.`);
    this.name = 'NewerSchemaError';
  }
}

/** The version a snapshot was written in; throws for a value that is no version number. */
function schemaVersionOf(snapshot: StorageSnapshot): number {
  const version = snapshot[VERSION_KEY];
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new Error(`Stored schemaVersion ${JSON.stringify(version)} is not a version number; storage was left untouched.`);
  }
  return version;
}

/**
 * The snapshot upgraded to the latest version (CURRENT_SCHEMA_VERSION), and the versions it went
 * from and to. Refuses (throws NewerSchemaError) data written by a newer build: a downgrade must
 * not destroy it. The argument is never changed. `migrations` is for tests of the machinery.
 */
export function migrate(
  snapshot: StorageSnapshot,
  migrations: readonly Migration[] = MIGRATIONS,
): { snapshot: StorageSnapshot; from: number; to: number } {
  const from = schemaVersionOf(snapshot);
  const to = latest(migrations);
  if (from > to) throw new NewerSchemaError(from, to);
  let current = structuredClone(snapshot);
  for (const migration of migrations) {
    if (migration.from < from) continue;
    current = { ...migration.migrate(current), [VERSION_KEY]: migration.to };
  }
  return { snapshot: current, from, to };
}

/**
 * Runs the migrations first if storage is not at this build's version yet. Every message handler
 * waits for it, so no write (a page report arriving right after an update, say) can meet records
 * in an older layout and take them for unreadable. One small read when all is current.
 */
export async function ensureMigrated(): Promise<void> {
  // Absent or unreadable reads as 0: not current, so runMigrations upgrades it or says why not.
  if ((await schemaVersion.get(storageAreas)) !== CURRENT_SCHEMA_VERSION) await runMigrations();
}

interface MigrationOutcome {
  from: number;
  to: number;
  written: string[];
  removed: string[];
}

/**
 * Upgrades storage.local in place, under the store lock so no write lands in between. Writes only
 * the keys that changed, then removes the keys a migration removed, then the version: a worker
 * stopped before the end leaves the old version, and the next start runs the (idempotent)
 * migrations again.
 */
export function runMigrations(migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationOutcome> {
  return withStoreLock(async () => {
    const before = await storageAreas.local.get(null);
    const { snapshot, from, to } = migrate(before, migrations);
    if (from === to) return { from, to, written: [], removed: [] };
    const changed: StorageSnapshot = {};
    for (const [key, value] of Object.entries(snapshot)) {
      if (key !== VERSION_KEY && !sameValue(value, before[key])) changed[key] = value;
    }
    const removed = Object.keys(before).filter((key) => !(key in snapshot));
    if (Object.keys(changed).length > 0) await storageAreas.local.set(changed);
    if (removed.length > 0) await storageAreas.local.remove(removed);
    await storageAreas.local.set({ [VERSION_KEY]: to });
    return { from, to, written: Object.keys(changed), removed };
  });
}
