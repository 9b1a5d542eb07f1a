import { storageAreas } from './areas';
import { insiderReask, reasked, withEntry } from '../core/history';
import { guessInsider } from '../core/insider';
import { effectiveAnswers } from '../core/inviter-view';
import { isUsersOwn, toEvict } from '../core/retention';
import { InviterRecordSchema, parseOrNull } from '../core/schema';
import { setAsideReason, unreadableId, type SetAsideReason } from '../core/set-aside';
import {
  inviterRecords,
  selectedBadge,
  setAside,
  setTogether,
  settings as storedSettings,
  tabContents,
  type TabContents,
} from '../core/storage-items';
import { LIMITS } from '../core/text';
import type { Answers, Invitation, InviterRecord, QuestionId, Settings } from '../core/types';
import { withStoreLock } from './lock';

// What the background keeps, in the domain's words: inviters seen and answered, the settings, what
// each tab shows. Which key holds what, in which area and with which schema, is declared once in
// core/storage-items.ts; every read there is validated, and what does not fit reads as absent.

export function getRecords(profiles: string[]): Promise<Map<string, InviterRecord>> {
  return inviterRecords.getMany(storageAreas, profiles);
}

export function getRecord(profile: string): Promise<InviterRecord | null> {
  return inviterRecords.get(storageAreas, profile);
}

export async function allRecords(): Promise<InviterRecord[]> {
  return [...(await inviterRecords.getAll(storageAreas)).values()];
}

/**
 * Reads these inviters' records before a write under their keys, under the store lock. A stored
 * value that does not read as a record (damaged, or written by some other build) is not taken for
 * absent: it comes back in `aside`, verbatim, under a `setAside:unreadable:…` key, for the caller to
 * write in the same `set` as its own records, so the user's note in it is kept (core/set-aside.ts).
 */
async function readForWrite(
  profiles: readonly string[],
  now: number,
): Promise<{ readable: Map<string, InviterRecord>; aside: Map<string, unknown> }> {
  const readable = new Map<string, InviterRecord>();
  const aside = new Map<string, unknown>();
  if (profiles.length === 0) return { readable, aside };
  const keys = profiles.map((profile) => inviterRecords.key(profile));
  const stored = await storageAreas.local.get(keys);
  for (const [index, profile] of profiles.entries()) {
    const key = keys[index]!;
    if (!Object.hasOwn(stored, key) || stored[key] === undefined) continue;
    const record = parseOrNull(InviterRecordSchema, stored[key]);
    if (record !== null && record.profile === profile) readable.set(profile, record);
    else aside.set(unreadableId(key, now), stored[key]);
  }
  return { readable, aside };
}

/** The set-aside copies of the unreadable records under these profiles' keys, for a write that replaces them (an import). */
export async function unreadableUnder(profiles: readonly string[], now: number): Promise<Map<string, unknown>> {
  return (await readForWrite(profiles, now)).aside;
}

/** The records and their set-aside copies in one `set`: the copy never lands without the write, nor the write without it. */
function writeRecords(records: ReadonlyMap<string, InviterRecord>, aside: ReadonlyMap<string, unknown>): Promise<void> {
  return setTogether(storageAreas, [setAside.write(aside), inviterRecords.write(records)]);
}

/**
 * Records that the user met these inviters on a page: `lastSeen` moved on, the headline refreshed
 * for people the user answered or wrote about. Answers and notes are never touched here, so a page
 * can never change them; nor does a page rename a person the user wrote about (the popup shows
 * the name LinkedIn shows now beside the one the user knew, core/inviter-view.ts). A merely seen
 * person keeps slug, name and dates only: the retention rule (core/retention.ts) bounds them.
 * `added`: how many had no record before (the caller then applies the retention rule).
 */
export function noteInvitationsSeen(
  invitations: Invitation[],
  now: number,
  companies: readonly string[] = [],
): Promise<{ records: Map<string, InviterRecord>; added: number; reasked: string[] }> {
  if (invitations.length === 0) return Promise.resolve({ records: new Map(), added: 0, reasked: [] });
  return withStoreLock(async () => {
    const { readable: existing, aside } = await readForWrite(
      invitations.map((i) => i.profile),
      now,
    );
    const records = new Map<string, InviterRecord>();
    const asked: string[] = [];
    let added = 0;
    for (const invitation of invitations) {
      const before = existing.get(invitation.profile);
      if (!before) added += 1;
      const own = before !== undefined && isUsersOwn(before);
      const record: InviterRecord = {
        profile: invitation.profile,
        name: own ? before.name || invitation.name : invitation.name,
        headline: own ? invitation.headline || before.headline : '',
        answers: before?.answers ?? {},
        note: before?.note ?? '',
        firstSeen: before?.firstSeen ?? now,
        // Reports can be handled out of order (each waits for the lock): never move back in time.
        lastSeen: Math.max(before?.lastSeen ?? 0, now),
        updatedAt: before?.updatedAt ?? 0,
        history: before?.history ?? [],
        dismissedAt: before?.dismissedAt ?? 0,
      };
      // The headline shown now may name one of the user's companies where it did not when they
      // answered "not at my company": asked again (core/history.ts). A page can only take an answer
      // back this way, never give one.
      const reask = own && invitation.headline ? reaskOf(record, invitation.headline, before.headline, companies, now) : null;
      if (reask) asked.push(invitation.profile);
      records.set(invitation.profile, reask ?? record);
    }
    await writeRecords(records, aside);
    return { records, added, reasked: asked };
  });
}

/**
 * The record with its insider answer taken back, when the headline now names one of the user's
 * companies while the stored answer was given as an outsider (core/history.ts insiderReask); null
 * when it stays. The revision moves on, so a popup holding the old answers sees it changed.
 */
function reaskOf(
  record: InviterRecord,
  headlineNow: string,
  headlineThen: string,
  companies: readonly string[],
  now: number,
): InviterRecord | null {
  const history = record.history ?? [];
  const reask = insiderReask(record.answers, history, headlineNow, guessInsider(headlineNow, [...companies]), headlineThen);
  if (!reask) return null;
  const after = reasked(record.answers, history, reask, now);
  return { ...record, answers: after.answers, history: after.history, updatedAt: Math.max(now, record.updatedAt + 1) };
}

/**
 * After the user's companies changed: everyone answered "not at my company" whose stored headline
 * now names one of them as current employer is asked again (the same rule as for a headline that
 * changed, core/history.ts). Returns the profiles asked again.
 */
export function reaskForCompanies(companies: readonly string[], now: number): Promise<string[]> {
  if (companies.length === 0) return Promise.resolve([]);
  return withStoreLock(async () => {
    const changed = new Map<string, InviterRecord>();
    for (const record of (await inviterRecords.getAll(storageAreas)).values()) {
      if (record.answers.insider !== 'no' || !record.headline) continue;
      const reask = reaskOf(record, record.headline, record.headline, companies, now);
      if (reask) changed.set(record.profile, reask);
    }
    if (changed.size > 0) await inviterRecords.setMany(storageAreas, changed);
    return [...changed.keys()];
  });
}

/**
 * "I've decided, stop showing" about a person left pending (core/pending.ts), or its undo: kept on
 * the record as the user's answer (never a deletion), and it moves the revision like any answer.
 * Null when nothing is stored about the person (nothing to dismiss).
 */
export function setDismissed(profile: string, dismissed: boolean, now: number): Promise<InviterRecord | null> {
  return withStoreLock(async () => {
    const { readable, aside } = await readForWrite([profile], now);
    const before = readable.get(profile);
    if (!before) return null;
    const dismissedAt = dismissed ? now : 0;
    if ((before.dismissedAt ?? 0) > 0 === dismissed) return before;
    const record: InviterRecord = { ...before, dismissedAt, updatedAt: Math.max(now, before.updatedAt + 1) };
    await writeRecords(new Map([[profile, record]]), aside);
    return record;
  });
}

/**
 * Applies the retention rule (core/retention.ts): merely seen people last seen too long ago, or
 * past the cap, are removed. Answered people, notes and unreadable records are never touched.
 * Returns how many were removed.
 */
export function applyRetention(now: number): Promise<number> {
  return withStoreLock(async () => {
    const evicted = toEvict((await inviterRecords.getAll(storageAreas)).values(), now);
    if (evicted.length > 0) await inviterRecords.remove(storageAreas, evicted);
    return evicted.length;
  });
}

/** The questions a change sets or clears, and the note if it changes it. */
export interface InviterChange {
  /** New values of the answers changed (the others stay as stored). */
  answers: Answers;
  /** Answers removed. */
  cleared: QuestionId[];
  /** The new note, when the note changed. */
  note?: string | undefined;
  /**
   * What the sender's copy held, read at `revision` (the record's `updatedAt`), for each field it
   * changes. A field stored otherwise since is not overwritten: it is a conflict. Every message
   * carries one (core/protocol.ts, change-inviter); absent only for the background's own unit
   * tests, which then apply the change as it is.
   */
  basis?: { revision: number; answers: Answers; note?: string | undefined } | undefined;
}

export interface ChangeOutcome {
  record: InviterRecord;
  /** Fields changed elsewhere since the sender's copy: left as stored, not overwritten. */
  conflicts: Array<QuestionId | 'note'>;
  /** The sender's copy was read at an older revision: its other fields may be out of date too. */
  stale: boolean;
}

/**
 * Saves the fields the user changed, and only those, for one inviter; creates the record if the
 * inviter is new. Under the store lock the stored record is compared with the sender's copy: a
 * field someone else changed since (another popup, an import, a delete-all) keeps what is stored,
 * fields changed only here are merged in. Every write moves `updatedAt`, the record's revision,
 * strictly forward, so two saves in the same millisecond still differ.
 */
export function saveChanges(
  profile: string,
  change: InviterChange,
  seenAs: Pick<InviterRecord, 'name' | 'headline'> | null,
  now: number,
  companies: readonly string[] = [],
): Promise<ChangeOutcome> {
  return withStoreLock(async () => {
    const { readable, aside } = await readForWrite([profile], now);
    const before = readable.get(profile) ?? null;
    const revision = before?.updatedAt ?? 0;
    const stored: Answers = before?.answers ?? {};
    const answers: Answers = { ...stored };
    const conflicts: Array<QuestionId | 'note'> = [];
    const { basis } = change;
    const questions = new Set<QuestionId>([...(Object.keys(change.answers) as QuestionId[]), ...change.cleared]);
    for (const question of questions) {
      const wanted = change.cleared.includes(question) ? undefined : change.answers[question];
      const current = stored[question];
      if (basis && current !== basis.answers[question] && current !== wanted) {
        conflicts.push(question);
        continue;
      }
      if (wanted === undefined) delete answers[question];
      else (answers as Record<string, string>)[question] = wanted;
    }
    let note = before?.note ?? '';
    if (change.note !== undefined) {
      if (basis && note !== (basis.note ?? '') && note !== change.note) conflicts.push('note');
      else note = change.note;
    }
    const stale = basis !== undefined && basis.revision !== revision;
    const same = note === (before?.note ?? '') && sameAnswers(answers, stored);
    const updatedAt = same ? revision : Math.max(now, revision + 1);
    // The history entry says what the user saw when answering: the newest headline (the stored one,
    // which every report refreshes for people the user answered; else the one a tab shows), and
    // the insider guess made from it with the user's companies now (core/history.ts).
    const headlineNow = before?.headline || seenAs?.headline || '';
    const guessedInsider = guessInsider(headlineNow, [...companies]);
    const history = withEntry(before?.history ?? [], {
      at: updatedAt,
      before: stored,
      after: answers,
      effective: effectiveAnswers(answers, guessedInsider),
      headline: headlineNow,
      guessedInsider,
    });
    const record: InviterRecord = {
      profile,
      name: before?.name || seenAs?.name || profile,
      headline: before?.headline || seenAs?.headline || '',
      answers,
      note,
      firstSeen: before?.firstSeen ?? now,
      lastSeen: before?.lastSeen ?? now,
      updatedAt,
      history,
      dismissedAt: before?.dismissedAt ?? 0,
    };
    // Nothing changed: nothing written, the revision stays (a new inviter is not stored for nothing).
    if (!same) await writeRecords(new Map([[profile, record]]), aside);
    return { record, conflicts, stale };
  });
}

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a) as QuestionId[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** What storage.local holds about people, counted for the options page and the export. */
export interface PeopleFigures {
  /** People with an answer or a note: kept until the user deletes them. */
  own: number;
  /** People merely seen: kept under the retention rule. */
  seen: number;
  /** Records that could not be read: left where they are, set aside at the first write under their key. */
  unreadable: Array<{ key: string; value: unknown }>;
  /** Values set aside, with why. */
  setAside: Array<{ key: string; reason: SetAsideReason; value: unknown }>;
}

export async function peopleFigures(): Promise<PeopleFigures> {
  const all = await storageAreas.local.get(null);
  const figures: PeopleFigures = { own: 0, seen: 0, unreadable: [], setAside: [] };
  for (const [key, value] of Object.entries(all)) {
    const aside = setAside.idIn(key);
    if (aside !== null) {
      figures.setAside.push({ key, reason: setAsideReason(aside), value });
      continue;
    }
    const profile = inviterRecords.idIn(key);
    if (profile === null) continue;
    const record = parseOrNull(InviterRecordSchema, value);
    if (record === null || record.profile !== profile) figures.unreadable.push({ key, value });
    else if (isUsersOwn(record)) figures.own += 1;
    else figures.seen += 1;
  }
  return figures;
}

export function getSettings(): Promise<Settings> {
  return storedSettings.get(storageAreas);
}

/** Applies a partial change to the settings (under the lock, so two pages saving at once both land). */
export function changeSettings(change: Partial<Settings>): Promise<Settings> {
  return withStoreLock(async () => {
    const settings = { ...(await getSettings()), ...change };
    await storedSettings.set(storageAreas, settings);
    return settings;
  });
}

/** A chunk of a tab's report (core/protocol.ts, tab-report), as the handler received it. */
export interface TabReportChunk {
  page: TabContents['page'];
  invitations: Invitation[];
  removed: string[];
  reset: boolean;
  unrecognised: boolean;
}

/**
 * Merges one chunk of a tab's report into what the tab shows: a reset chunk (or one about another
 * page than the stored one) starts afresh; otherwise the removed profiles go, and each invitation
 * replaces the one of the same profile where it stands, or joins the end. At most
 * `invitationsPerTab` are kept. Under the lock: the chunks of one tab must not interleave their
 * read-modify-write. Returns the tab's merged contents.
 */
export function mergeTabReport(tabId: number, chunk: TabReportChunk): Promise<TabContents> {
  return withStoreLock(async () => {
    const before = chunk.reset ? null : await getTabContents(tabId);
    const byProfile = new Map<string, Invitation>();
    if (before?.page === chunk.page) for (const invitation of before.invitations) byProfile.set(invitation.profile, invitation);
    for (const profile of chunk.removed) byProfile.delete(profile);
    for (const invitation of chunk.invitations) byProfile.set(invitation.profile, invitation);
    const contents: TabContents = {
      page: chunk.page,
      invitations: [...byProfile.values()].slice(0, LIMITS.invitationsPerTab),
      unrecognised: chunk.unrecognised,
    };
    await tabContents.set(storageAreas, tabId, contents);
    return contents;
  });
}

export function getTabContents(tabId: number): Promise<TabContents | null> {
  return tabContents.get(storageAreas, tabId);
}

/** What every tab with a LinkedIn page currently shows, by tab id. */
export function allTabContents(): Promise<Map<number, TabContents>> {
  return tabContents.getAll(storageAreas);
}

/** The invitation card of this inviter as some open tab shows it, if any. */
export async function invitationOnAnyTab(profile: string): Promise<Invitation | null> {
  for (const contents of (await allTabContents()).values()) {
    const invitation = contents.invitations.find((i) => i.profile === profile);
    if (invitation) return invitation;
  }
  return null;
}

export function setSelected(tabId: number, profile: string): Promise<void> {
  return selectedBadge.set(storageAreas, tabId, profile);
}

export function getSelected(tabId: number): Promise<string | null> {
  return selectedBadge.get(storageAreas, tabId);
}

export function clearSelected(tabId: number): Promise<void> {
  return selectedBadge.remove(storageAreas, [tabId]);
}

/** Which badge was clicked last is about people too: a delete-all forgets it on every tab. */
export function clearAllSelected(): Promise<void> {
  return selectedBadge.removeAll(storageAreas);
}

export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([tabContents.remove(storageAreas, [tabId]), selectedBadge.remove(storageAreas, [tabId])]);
}
