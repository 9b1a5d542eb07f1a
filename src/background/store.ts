import browser from 'webextension-polyfill';
import { InviterRecordSchema, SettingsSchema, parseOrNull } from '../core/schema';
import type { Answers, Invitation, InviterRecord, PageKind, Settings } from '../core/types';
import { withStoreLock } from './lock';

// The only module that touches storage. Layout (one key per inviter, so a write never rewrites
// everyone else's notes):
//   storage.local   schemaVersion (see migrations.ts) · settings: Settings · inviter:<slug>: InviterRecord
//   storage.session tab:<tabId>: TabContents · selected:<tabId>: slug of the badge clicked last
// storage.session survives a stopped service worker but not a browser restart: right for what a
// tab shows now, wrong for anything the user wrote.

// The version lives with the migrations that lead to it, so the two cannot disagree.
export { CURRENT_SCHEMA_VERSION as SCHEMA_VERSION } from './migrations';
const INVITER = 'inviter:';
const TAB = 'tab:';
const SELECTED = 'selected:';

export interface TabContents {
  page: PageKind;
  invitations: Invitation[];
  unrecognised: boolean;
}

export const inviterKey = (profile: string) => INVITER + profile;

function recordFrom(value: unknown): InviterRecord | null {
  return parseOrNull(InviterRecordSchema, value);
}

export async function getRecords(profiles: string[]): Promise<Map<string, InviterRecord>> {
  const found = new Map<string, InviterRecord>();
  if (profiles.length === 0) return found;
  const stored = await browser.storage.local.get(profiles.map(inviterKey));
  for (const profile of profiles) {
    const record = recordFrom(stored[inviterKey(profile)]);
    if (record) found.set(profile, record);
  }
  return found;
}

export async function getRecord(profile: string): Promise<InviterRecord | null> {
  return (await getRecords([profile])).get(profile) ?? null;
}

export async function allRecords(): Promise<InviterRecord[]> {
  const stored = await browser.storage.local.get(null);
  const records: InviterRecord[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(INVITER)) continue;
    const record = recordFrom(value);
    if (record) records.push(record);
  }
  return records;
}

/**
 * Records that the user met these inviters on a page: name and headline refreshed, `lastSeen`
 * moved on. Answers and notes are never touched here, so a page can never change them.
 */
export function noteInvitationsSeen(invitations: Invitation[], now: number): Promise<Map<string, InviterRecord>> {
  if (invitations.length === 0) return Promise.resolve(new Map());
  return withStoreLock(async () => {
    const existing = await getRecords(invitations.map((i) => i.profile));
    const updates: Record<string, InviterRecord> = {};
    const records = new Map<string, InviterRecord>();
    for (const invitation of invitations) {
      const before = existing.get(invitation.profile);
      const record: InviterRecord = {
        profile: invitation.profile,
        name: invitation.name,
        headline: invitation.headline || before?.headline || '',
        answers: before?.answers ?? {},
        note: before?.note ?? '',
        firstSeen: before?.firstSeen ?? now,
        // Reports can be handled out of order (each waits for the lock): never move back in time.
        lastSeen: Math.max(before?.lastSeen ?? 0, now),
        updatedAt: before?.updatedAt ?? 0,
      };
      updates[inviterKey(invitation.profile)] = record;
      records.set(invitation.profile, record);
    }
    await browser.storage.local.set(updates);
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
    await browser.storage.local.set({ [inviterKey(profile)]: record });
    return record;
  });
}

export async function getSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return parseOrNull(SettingsSchema, settings) ?? { companies: [], popupOnly: false };
}

/** Applies a partial change to the settings (under the lock, so two pages saving at once both land). */
export function changeSettings(change: Partial<Settings>): Promise<Settings> {
  return withStoreLock(async () => {
    const settings = { ...(await getSettings()), ...change };
    await browser.storage.local.set({ settings });
    return settings;
  });
}

export async function setTabContents(tabId: number, contents: TabContents): Promise<void> {
  await browser.storage.session.set({ [TAB + tabId]: contents });
}

export async function getTabContents(tabId: number): Promise<TabContents | null> {
  const stored = await browser.storage.session.get(TAB + tabId);
  return (stored[TAB + tabId] as TabContents | undefined) ?? null;
}

/** What every tab with a LinkedIn page currently shows, by tab id. */
export async function allTabContents(): Promise<Map<number, TabContents>> {
  const stored = await browser.storage.session.get(null);
  const tabs = new Map<number, TabContents>();
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith(TAB)) tabs.set(Number(key.slice(TAB.length)), value as TabContents);
  }
  return tabs;
}

/** The invitation card of this inviter as some open tab shows it, if any. */
export async function invitationOnAnyTab(profile: string): Promise<Invitation | null> {
  for (const contents of (await allTabContents()).values()) {
    const invitation = contents.invitations.find((i) => i.profile === profile);
    if (invitation) return invitation;
  }
  return null;
}

export async function setSelected(tabId: number, profile: string): Promise<void> {
  await browser.storage.session.set({ [SELECTED + tabId]: profile });
}

export async function getSelected(tabId: number): Promise<string | null> {
  const stored = await browser.storage.session.get(SELECTED + tabId);
  const value = stored[SELECTED + tabId];
  return typeof value === 'string' ? value : null;
}

export async function clearSelected(tabId: number): Promise<void> {
  await browser.storage.session.remove(SELECTED + tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([TAB + tabId, SELECTED + tabId]);
}
