// The migration harness. tests/fixtures/storage/v<N>.json holds storage.local as a build of schema
// version N left it, for every version up to the current one. Each is upgraded and checked: nothing
// the user wrote is lost, the result is readable by this build, a second run changes nothing, and
// data from a newer version is refused untouched. A new version needs its migration in MIGRATIONS
// and its snapshot here; the loops below pick both up (and fail until the snapshot exists).
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswersSchema, answerVocabulary } from '../core/questions';
import { InviterRecordSchema, SettingsSchema } from '../core/schema';
import { inviterRecords } from '../core/storage-items';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { ANSWERS_BY_VERSION, CURRENT_SCHEMA_VERSION, MIGRATIONS, NewerSchemaError, VERSION_KEY, migrate, runMigrations, setAsideKey } =
  await import('./migrations');
const store = await import('./store');

type Snapshot = Record<string, unknown>;
type Plain = Record<string, unknown>;

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/storage');
const SNAPSHOTS = readdirSync(FIXTURES)
  .map((file) => ({ file, version: Number(/^v(\d+)\.json$/.exec(file)?.[1] ?? NaN) }))
  .filter(({ version }) => Number.isInteger(version))
  .sort((a, b) => a.version - b.version)
  .map(({ file, version }) => ({ file, version, load: () => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as Snapshot }));

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the user kept, read from a snapshot in the layout of versions 0 and 1: each `inviter:<slug>`
 * key holds one record, `settings` the settings. A version with another layout adds its reader.
 */
const WRITTEN_BY_LAYOUT: Record<number, (snapshot: Snapshot) => { inviters: Map<string, Plain>; settings: unknown }> = {
  0: writtenInOneKeyPerInviter,
  1: writtenInOneKeyPerInviter,
  2: writtenInOneKeyPerInviter,
};
function writtenInOneKeyPerInviter(snapshot: Snapshot) {
  const inviters = new Map<string, Plain>();
  for (const [key, value] of Object.entries(snapshot)) if (key.startsWith('inviter:') && isPlain(value)) inviters.set(key, value);
  return { inviters, settings: snapshot.settings };
}
function writtenIn(version: number, snapshot: Snapshot) {
  const read = WRITTEN_BY_LAYOUT[version];
  if (!read) throw new Error(`No reader for snapshots of version ${version}: add one to WRITTEN_BY_LAYOUT`);
  return read(snapshot);
}

/** Whether an answer is one this build can show; an unknown one must be set aside, not kept. */
function readableAnswer(question: string, answer: unknown): boolean {
  const parsed = v.safeParse(AnswersSchema, { [question]: answer });
  return parsed.success && (parsed.output as Plain)[question] === answer;
}
const readableTime = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The verbatim copy a migration kept of a value it could not carry over whole, if any. */
function setAsideCopies(snapshot: Snapshot, key: string): unknown[] {
  return Object.entries(snapshot)
    .filter(([k]) => k.startsWith('setAside:') && k.endsWith(`:${key}`))
    .map(([, value]) => value);
}

describe('the chain of migrations', () => {
  it('runs from version 0 to the current version, one step at a time, each described', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(MIGRATIONS.map((_, i) => [i, i + 1]));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    for (const migration of MIGRATIONS) expect(migration.describe.length).toBeGreaterThan(10);
  });

  it('has a stored snapshot for every version, earlier and current', () => {
    expect(SNAPSHOTS.map((s) => s.version)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION + 1 }, (_, i) => i));
  });

  it('stores the answers core/questions.ts declares, exactly as the current version froze them', () => {
    const sorted = (vocabulary: Readonly<Record<string, readonly string[]>> | undefined) =>
      Object.fromEntries(Object.entries(vocabulary ?? {}).map(([question, choices]) => [question, [...choices].sort()]));
    const bump =
      `The questionnaire (src/core/questions.ts) stores answers that storage schema version ${CURRENT_SCHEMA_VERSION} ` +
      `does not know, or no longer stores some it knows. Bump the version: in src/background/migrations.ts append a ` +
      `migration ${CURRENT_SCHEMA_VERSION} → ${CURRENT_SCHEMA_VERSION + 1} to MIGRATIONS (carrying or setting aside every ` +
      `stored answer), freeze the new vocabulary in ANSWERS_BY_VERSION[${CURRENT_SCHEMA_VERSION + 1}], and add ` +
      `tests/fixtures/storage/v${CURRENT_SCHEMA_VERSION + 1}.json. Never edit the vocabulary of a released version.`;
    expect(sorted(answerVocabulary()), bump).toEqual(sorted(ANSWERS_BY_VERSION[CURRENT_SCHEMA_VERSION]));
  });

  it('has a frozen answer vocabulary for every version', () => {
    expect(Object.keys(ANSWERS_BY_VERSION).map(Number)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION + 1 }, (_, i) => i));
  });
});

describe.each(SNAPSHOTS)('upgrading $file', ({ version, load }) => {
  it('is a realistic snapshot: a dozen inviters, every choice of every question of its version, notes, settings', () => {
    const { inviters, settings } = writtenIn(version, load());
    expect(inviters.size).toBeGreaterThanOrEqual(12);
    const given = new Set<string>();
    for (const record of inviters.values()) {
      for (const [q, a] of Object.entries(isPlain(record.answers) ? record.answers : {})) given.add(`${q}=${String(a)}`);
    }
    for (const [question, choices] of Object.entries(ANSWERS_BY_VERSION[version] ?? {})) {
      for (const choice of choices) expect(given).toContain(`${question}=${choice}`);
    }
    const notes = [...inviters.values()].map((r) => r.note).filter((n): n is string => typeof n === 'string');
    expect(notes.some((n) => n.includes('\n') && n.length > 1000 && /\p{Extended_Pictographic}/u.test(n))).toBe(true);
    expect([...inviters.keys()].some((key) => /[^\p{ASCII}]/u.test(key))).toBe(true);
    expect(settings).toBeDefined();
  });

  it('reaches the current version without changing the stored snapshot it was given', () => {
    const snapshot = load();
    const result = migrate(snapshot);
    expect(result).toMatchObject({ from: version, to: CURRENT_SCHEMA_VERSION });
    expect(result.snapshot[VERSION_KEY]).toBe(CURRENT_SCHEMA_VERSION);
    expect(snapshot).toEqual(load());
    if (version === CURRENT_SCHEMA_VERSION) expect(result.snapshot).toEqual(snapshot);
  });

  it('keeps every key, inviter, answer and note, field by field; what it cannot carry it sets aside verbatim', () => {
    const snapshot = load();
    const { snapshot: upgraded } = migrate(snapshot);
    for (const key of Object.keys(snapshot)) expect(upgraded, `key ${key} dropped`).toHaveProperty([key]);

    for (const [key, before] of writtenIn(version, snapshot).inviters) {
      const after = upgraded[key] as Plain;
      const where = `${key} (${String(before.name)})`;
      expect(isPlain(after), where).toBe(true);
      for (const field of ['profile', 'name', 'headline', 'note']) {
        if (typeof before[field] === 'string') expect(after[field], `${where}: ${field}`).toBe(before[field]);
      }
      for (const field of ['firstSeen', 'lastSeen', 'updatedAt']) {
        if (readableTime(before[field])) expect(after[field], `${where}: ${field}`).toBe(before[field]);
      }
      const answersBefore = isPlain(before.answers) ? before.answers : {};
      const answersAfter = after.answers as Plain;
      for (const [question, answer] of Object.entries(answersBefore)) {
        if (readableAnswer(question, answer)) expect(answersAfter[question], `${where}: ${question}`).toBe(answer);
        else expect(answersAfter, `${where}: unreadable ${question}`).not.toHaveProperty([question]);
      }
      // No answer invented: everything answered now was answered before.
      for (const [question, answer] of Object.entries(answersAfter)) expect(answersBefore[question], `${where}: ${question}`).toBe(answer);
      // Anything present before and not carried over unchanged survives in a set-aside copy.
      const carried = Object.entries(before).every(
        ([field, value]) => value === null || JSON.stringify(after[field]) === JSON.stringify(value),
      );
      if (!carried) expect(setAsideCopies(upgraded, key), `${where}: set aside`).toContainEqual(before);
    }

    const settingsBefore = writtenIn(version, snapshot).settings;
    if (isPlain(settingsBefore)) {
      const settingsAfter = upgraded.settings as Plain;
      if (Array.isArray(settingsBefore.companies)) {
        expect(settingsAfter.companies).toEqual(settingsBefore.companies.filter((c) => typeof c === 'string'));
      }
      if (typeof settingsBefore.popupOnly === 'boolean') expect(settingsAfter.popupOnly).toBe(settingsBefore.popupOnly);
    }
  });

  it('leaves every inviter and the settings readable by this build', () => {
    const { snapshot: upgraded } = migrate(load());
    const inviterKeys = Object.keys(upgraded).filter((key) => key.startsWith('inviter:'));
    expect(inviterKeys.length).toBeGreaterThanOrEqual(12);
    for (const key of inviterKeys) {
      const parsed = v.safeParse(InviterRecordSchema, upgraded[key]);
      expect(parsed.issues, key).toBeUndefined();
      if (parsed.success) expect(inviterRecords.key(parsed.output.profile)).toBe(key);
    }
    expect(v.safeParse(SettingsSchema, upgraded.settings).issues).toBeUndefined();
  });

  it('changes nothing when run again, whole or one migration at a time', () => {
    const once = migrate(load()).snapshot;
    expect(migrate(once)).toEqual({ snapshot: once, from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION });
    // A worker stopped half-way reruns the same migration on data it partly upgraded already.
    for (const migration of MIGRATIONS.filter((m) => m.from === version)) {
      const step = migration.migrate(load());
      expect(migration.migrate(step)).toEqual(step);
    }
  });

  it('refuses the same data claiming a newer version, and leaves it untouched', () => {
    const future = { ...load(), [VERSION_KEY]: CURRENT_SCHEMA_VERSION + 1 };
    const copy = structuredClone(future);
    expect(() => migrate(future)).toThrow(NewerSchemaError);
    expect(() => migrate(future)).toThrow(/newer than this build knows/);
    expect(future).toEqual(copy);
  });
});

describe('version 0 to 1, the odd cases', () => {
  // This step alone: what a later version does to its output is that version's migration's business.
  const upgrade = (snapshot: Snapshot) => migrate(snapshot, MIGRATIONS.slice(0, 1)).snapshot;

  it('leaves values that are not records where they are, as they are', () => {
    const snapshot = {
      'inviter:junk': 'not a record',
      'inviter:list': [1, 2],
      'inviter:bad/slug': { note: 'x' },
      settings: 'odd',
      other: { a: 1 },
    };
    expect(upgrade(snapshot)).toEqual({ ...snapshot, [VERSION_KEY]: 1 });
  });

  it('takes a missing profile from the key and dates an answer whose time is unknown', () => {
    const out = upgrade({ 'inviter:ada': { answers: { knows: 'yes' }, lastSeen: 50 } });
    expect(out['inviter:ada']).toEqual({
      profile: 'ada',
      name: 'ada',
      headline: '',
      answers: { knows: 'yes' },
      note: '',
      firstSeen: 50,
      lastSeen: 50,
      updatedAt: 50,
    });
    // updatedAt 0 would hide an answered inviter from search, even with no time known at all.
    expect((upgrade({ 'inviter:bo': { note: 'hi' } })['inviter:bo'] as Plain).updatedAt).toBe(1);
    expect((upgrade({ 'inviter:cy': {} })['inviter:cy'] as Plain).updatedAt).toBe(0);
  });

  it('sets an unreadable record aside once, and a rerun keeps that first copy', () => {
    const original = { profile: 'dee', name: 7, answers: { trusts: 'mostly', knows: 'no' }, note: 'kept' };
    const once = upgrade({ 'inviter:dee': original });
    expect(once[setAsideKey(0, 'inviter:dee')]).toEqual(original);
    expect(once['inviter:dee']).toMatchObject({ name: 'dee', answers: { knows: 'no' }, note: 'kept' });
    const rerun = MIGRATIONS[0]!.migrate(once);
    expect(rerun).toEqual(once);
  });

  it('completes the settings, setting aside a company list it had to change', () => {
    expect(upgrade({ settings: { companies: ['Northwind Analytics'] } }).settings).toEqual({
      companies: ['Northwind Analytics'],
      popupOnly: false,
    });
    const odd = { companies: ['Northwind Analytics', 42], popupOnly: 'yes' };
    const out = upgrade({ settings: odd });
    expect(out.settings).toEqual({ companies: ['Northwind Analytics'], popupOnly: false });
    expect(out[setAsideKey(0, 'settings')]).toEqual(odd);
  });

  it('refuses a schemaVersion that is no version number', () => {
    for (const bad of ['1', -1, 1.5, null]) {
      expect(() => migrate({ [VERSION_KEY]: bad })).toThrow(/not a version number/);
    }
  });
});

describe('version 1 to 2, the decision history (issue 14)', () => {
  const step = MIGRATIONS.find((m) => m.from === 1)!;
  const v1 = () => SNAPSHOTS.find((s) => s.version === 1)!.load();

  it('gives every record an empty history and dismissedAt 0, inventing no entry, touching nothing else', () => {
    const before = v1();
    const after = step.migrate(before);
    for (const [key, value] of Object.entries(before)) {
      if (!key.startsWith('inviter:')) expect(after[key], key).toEqual(value);
      else expect(after[key], key).toEqual({ ...(value as Plain), history: [], dismissedAt: 0 });
    }
    expect(Object.keys(after).filter((key) => key.startsWith('setAside:'))).toEqual([]);
  });

  it('keeps a history and a dismissal already there, and sets aside once a value it cannot read', () => {
    const entry = { at: 5, kind: 'answered', answers: { knows: 'yes' }, verdict: 'undecided', headline: '', guessedInsider: null };
    const kept = { profile: 'ada', answers: { knows: 'yes' }, history: [entry], dismissedAt: 9 };
    expect(step.migrate({ 'inviter:ada': kept })['inviter:ada']).toEqual(kept);
    const odd = { profile: 'bo', answers: {}, history: 'lots', dismissedAt: -3 };
    const once = step.migrate({ 'inviter:bo': odd, 'inviter:junk': 'not a record' });
    expect(once['inviter:bo']).toEqual({ ...odd, history: [], dismissedAt: 0 });
    expect(once[setAsideKey(1, 'inviter:bo')]).toEqual(odd);
    expect(once['inviter:junk']).toBe('not a record');
    expect(step.migrate(once)).toEqual(once);
  });

  it('leaves the version-2 fixture readable with its history and dismissal', () => {
    const v2 = SNAPSHOTS.find((s) => s.version === 2)!.load();
    const tom = v.parse(InviterRecordSchema, v2['inviter:tom-becker-recruiting-77c1']);
    expect(tom.dismissedAt).toBeGreaterThan(0);
    const priya = v.parse(InviterRecordSchema, v2['inviter:priya-raman-4b2a1c']);
    expect(priya.history?.map((e) => e.verdict).at(-1)).toBe('accept');
  });
});

describe('runMigrations on storage.local', () => {
  const stored = async () => structuredClone(await fakeBrowser.storage.local.get(null));
  const v0 = () => SNAPSHOTS[0]!.load();

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('writes the upgraded data, writes only keys that changed, removes nothing, and the store reads everyone', async () => {
    const before = { ...v0(), 'some-other-key': { kept: true } };
    await fakeBrowser.storage.local.set(before);
    await fakeBrowser.storage.session.set({ 'tab:4': { page: 'other', invitations: [], unrecognised: false } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');

    const outcome = await runMigrations();

    const after = await stored();
    expect(after).toEqual(migrate(before).snapshot);
    for (const key of Object.keys(before)) expect(after).toHaveProperty([key]);
    expect(remove).not.toHaveBeenCalled();
    const written = set.mock.calls.flatMap(([items]) => Object.keys(items as object));
    const changed = Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key as keyof typeof before]));
    expect(written.sort()).toEqual(changed.sort());
    expect(outcome).toMatchObject({ from: 0, to: CURRENT_SCHEMA_VERSION, removed: [] });
    // The version goes last, so a worker stopped before it leaves data that is upgraded again.
    expect(Object.keys(set.mock.calls.at(-1)![0] as object)).toEqual([VERSION_KEY]);
    expect(await fakeBrowser.storage.session.get(null)).toHaveProperty(['tab:4']);

    const { inviters } = writtenIn(0, before);
    const records = await store.allRecords();
    expect(records.map((r) => inviterRecords.key(r.profile)).sort()).toEqual([...inviters.keys()].sort());
  });

  it('does nothing on a second run, nor on data already current', async () => {
    await fakeBrowser.storage.local.set(v0());
    await runMigrations();
    const once = await stored();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await runMigrations()).toEqual({ from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION, written: [], removed: [] });
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual(once);
  });

  it('marks a fresh install with the current version', async () => {
    await runMigrations();
    expect(await stored()).toEqual({ [VERSION_KEY]: CURRENT_SCHEMA_VERSION });
  });

  it('refuses data from a newer version and leaves storage exactly as it was', async () => {
    await fakeBrowser.storage.local.set({
      ...SNAPSHOTS.at(-1)!.load(),
      [VERSION_KEY]: CURRENT_SCHEMA_VERSION + 1,
      'inviter:x': 'from the future',
    });
    const before = await stored();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await expect(runMigrations()).rejects.toThrow(NewerSchemaError);
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(await stored()).toEqual(before);
  });

  it('stopped before it could write the version, runs again on the next start to the same result', async () => {
    await fakeBrowser.storage.local.set(v0());
    await runMigrations();
    const clean = await stored();

    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(v0());
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(realSet).mockRejectedValueOnce(new Error('worker stopped'));
    await expect(runMigrations()).rejects.toThrow('worker stopped');
    expect(await stored()).not.toHaveProperty([VERSION_KEY]);

    vi.restoreAllMocks();
    await runMigrations();
    expect(await stored()).toEqual(clean);
  });

  it('holds the store lock: an answer saved while it runs is not overwritten by the migration', async () => {
    await fakeBrowser.storage.local.set(v0());
    // Reading everything takes a while, as it may in a browser: time enough for a save to land
    // between the migration's read and its write, were the two not serialised.
    const realGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: unknown) => {
      const result = await realGet(keys as null);
      if (keys === null) await new Promise((resolve) => setTimeout(resolve, 20));
      return result;
    });
    const migrating = runMigrations();
    const saving = store.saveChanges('sam-okafor-0b9d3e2', { answers: { knows: 'no' }, cleared: [], note: 'changed my mind' }, null, 99);
    await Promise.all([migrating, saving]);
    expect(await store.getRecord('sam-okafor-0b9d3e2')).toMatchObject({ answers: { knows: 'no' }, note: 'changed my mind' });
  });

  it('writes what a later migration adds, removes what it removes, and the version last', async () => {
    // A made-up version 2 that renames `settings`: the machinery a real one will rely on.
    const rename = {
      from: CURRENT_SCHEMA_VERSION,
      to: CURRENT_SCHEMA_VERSION + 1,
      describe: 'test only: settings renamed to preferences',
      migrate: ({ settings, ...rest }: Snapshot) => ({ ...rest, preferences: settings }),
    };
    await fakeBrowser.storage.local.set(SNAPSHOTS.at(-1)!.load());
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => void calls.push(`set ${Object.keys(items).join(',')}`));
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockImplementation(async (keys) => void calls.push(`remove ${String(keys)}`));
    const outcome = await runMigrations([...MIGRATIONS, rename]);
    expect(outcome).toEqual({
      from: CURRENT_SCHEMA_VERSION,
      to: CURRENT_SCHEMA_VERSION + 1,
      written: ['preferences'],
      removed: ['settings'],
    });
    expect(calls).toEqual(['set preferences', 'remove settings', `set ${VERSION_KEY}`]);
  });
});
