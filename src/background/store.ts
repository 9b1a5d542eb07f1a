import { storageAreas } from './areas';
import { inviterRecords, selectedBadge, settings as storedSettings, tabContents, type TabContents } from '../core/storage-items';
import { LIMITS } from '../core/text';
import type { Answers, Invitation, InviterRecord, Settings } from '../core/types';
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
 * Records that the user met these inviters on a page: name and headline refreshed, `lastSeen`
 * moved on. Answers and notes are never touched here, so a page can never change them.
 */
export function noteInvitationsSeen(invitations: Invitation[], now: number): Promise<Map<string, InviterRecord>> {
  if (invitations.length === 0) return Promise.resolve(new Map());
  return withStoreLock(async () => {
    const existing = await getRecords(invitations.map((i) => i.profile));
    const records = new Map<string, InviterRecord>();
    for (const invitation of invitations) {
      const before = existing.get(invitation.profile);
      records.set(invitation.profile, {
        profile: invitation.profile,
        name: invitation.name,
        headline: invitation.headline || before?.headline || '',
        answers: before?.answers ?? {},
        note: before?.note ?? '',
        firstSeen: before?.firstSeen ?? now,
        // Reports can be handled out of order (each waits for the lock): never move back in time.
        lastSeen: Math.max(before?.lastSeen ?? 0, now),
        updatedAt: before?.updatedAt ?? 0,
      });
    }
    await inviterRecords.setMany(storageAreas, records);
    return records;
  });
}

/** Saves the user's answers and note for one inviter; creates the record if the inviter is new. */
export function saveAnswers(
  profile: string,
  answers: Answers,
  note: string,
  seenAs: Pick<InviterRecord, 'name' | 'headline'> | null,
  now: number,
): Promise<InviterRecord> {
  return withStoreLock(async () => {
    const before = await getRecord(profile);
    const record: InviterRecord = {
      profile,
      name: before?.name || seenAs?.name || profile,
      headline: before?.headline || seenAs?.headline || '',
      answers,
      note,
      firstSeen: before?.firstSeen ?? now,
      lastSeen: before?.lastSeen ?? now,
      updatedAt: now,
    };
    await inviterRecords.set(storageAreas, profile, record);
    return record;
  });
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
