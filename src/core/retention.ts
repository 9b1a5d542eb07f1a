import type { InviterRecord } from './types';

// How long Know & Trust keeps people the user never answered or wrote about. LinkedIn's page
// decides whom it shows, so without a rule any page (or a page script re-rendering fresh cards)
// could fill storage with strangers until the user's next note no longer fits. People the user
// answered or wrote about are the user's own data: never evicted, only deleted by the user.
//
// Why these numbers:
// - 180 days after last seen: an invitation can stay pending for months, and "pending for 5
//   weeks" (issue 14) needs the first-seen date of an unanswered inviter to live while they are
//   still on the list. Someone not seen on any invitations page for half a year is no longer
//   inviting the user (withdrawn or answered on LinkedIn).
// - at most 2,000 such people: more than almost anyone has pending, and small: a merely seen person
//   keeps slug, name and dates only (no headline), at most about 1.3 KB even with the longest
//   names the caps allow (core/text.ts), so about 2.6 MB in the worst case and some 0.3 MB
//   typically, leaving most of the browser's 10 MB for notes. Past the cap, those seen longest ago
//   go first.

export const RETENTION = {
  /** Days a merely seen person is kept after the last time an invitations page showed them. */
  seenDays: 180,
  /** Merely seen people kept at most; past it, those seen longest ago are evicted. */
  seenMax: 2000,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the record holds something of the user's: an answer or a note. Such records are never evicted. */
export function isUsersOwn(record: Pick<InviterRecord, 'answers' | 'note'>): boolean {
  return Object.keys(record.answers).length > 0 || record.note !== '';
}

/**
 * The merely seen people to evict now: those last seen more than `seenDays` ago, then, past
 * `seenMax`, those seen longest ago (ties: first seen longest ago, then by slug, so the choice
 * never depends on the order storage lists them in). Pure: the store removes what it returns.
 */
export function toEvict(
  records: Iterable<Pick<InviterRecord, 'profile' | 'answers' | 'note' | 'firstSeen' | 'lastSeen'>>,
  now: number,
  rule: { seenDays: number; seenMax: number } = RETENTION,
): string[] {
  const oldest = now - rule.seenDays * DAY_MS;
  const evicted: string[] = [];
  const kept: Array<Pick<InviterRecord, 'profile' | 'firstSeen' | 'lastSeen'>> = [];
  for (const record of records) {
    if (isUsersOwn(record)) continue;
    if (record.lastSeen < oldest) evicted.push(record.profile);
    else kept.push(record);
  }
  if (kept.length > rule.seenMax) {
    kept.sort(
      (a, b) => a.lastSeen - b.lastSeen || a.firstSeen - b.firstSeen || (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0),
    );
    for (const record of kept.slice(0, kept.length - rule.seenMax)) evicted.push(record.profile);
  }
  return evicted;
}
