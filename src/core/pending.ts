import type { Verdict } from './types';

// Invitations waiting for a decision (issue 14, part 2). "Leave it pending" is half a decision:
// weeks later the invitation is still there. The popup (on any page) and the options list the
// people whose suggestion is to leave it pending, oldest first, with how long ago Know & Trust first
// saw the invitation, until the user says "I've decided, stop showing" (kept with the person, not
// a deletion). First-seen dates are as old as the retention rule lets them be (retention.ts): an
// unanswered stranger's record, and so their date, goes 180 days after they were last seen.

const DAY_MS = 24 * 60 * 60 * 1000;

/** One person as the pending list needs them. */
export interface PendingCandidate {
  profile: string;
  name: string;
  verdict: Verdict;
  firstSeen: number;
  /** When the user said "I've decided, stop showing" (0 or absent: never). */
  dismissedAt?: number;
}

/**
 * The people left pending and not dismissed, oldest invitation first (ties: by name, then slug,
 * so the order never depends on how storage lists them). Only "leave pending": an accept is the
 * user's to click on LinkedIn, an undecided person is still being asked.
 */
export function pendingList<T extends PendingCandidate>(people: Iterable<T>): T[] {
  return [...people]
    .filter((p) => p.verdict === 'leave-pending' && !p.dismissedAt)
    .sort(
      (a, b) => a.firstSeen - b.firstSeen || a.name.localeCompare(b.name) || (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0),
    );
}

/** How long an invitation has been pending, in the unit a person would say it in. */
export interface PendingFor {
  unit: 'day' | 'week' | 'month';
  count: number;
}

/**
 * "pending for 3 days", "… 5 weeks", "… 4 months": days under two weeks, weeks under two months
 * (61 days), months after. Whole units, rounded down, never below 0 (a clock set back).
 */
export function pendingFor(firstSeen: number, now: number): PendingFor {
  const days = Math.max(0, Math.floor((now - firstSeen) / DAY_MS));
  if (days < 14) return { unit: 'day', count: days };
  if (days < 61) return { unit: 'week', count: Math.floor(days / 7) };
  return { unit: 'month', count: Math.floor(days / 30.44) };
}
