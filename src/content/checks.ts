import { isProfileSlug } from '../core/text';
import type { BadgeNext } from '../core/next-reason';
import type { TabAdvice, Verdict } from '../core/types';

// What the invitation-page code takes from outside, checked by hand (it carries no valibot; the
// background, which does, parses everything the tab sends with the full schemas).

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['accept', 'leave-pending', 'undecided']);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Verdicts and next questions from the background, checked by hand: nothing but a known verdict
 * for a well-formed profile reaches the page's badges; a next question is a plain id (its words
 * come from _locales, where an unknown id shows its key). Null when the shape is wrong.
 */
export function adviceIn(value: unknown): TabAdvice | null {
  if (!isRecord(value) || !isRecord(value['verdicts'])) return null;
  // Keyed by slug, and a slug may be "__proto__" or "constructor": no prototype to collide with.
  const verdicts: Record<string, Verdict> = Object.create(null) as Record<string, Verdict>;
  for (const [profile, verdict] of Object.entries(value['verdicts'])) {
    if (!isProfileSlug(profile) || typeof verdict !== 'string' || !VERDICTS.has(verdict)) return null;
    verdicts[profile] = verdict as Verdict;
  }
  const next: Record<string, BadgeNext> = Object.create(null) as Record<string, BadgeNext>;
  const given = value['next'] ?? {};
  if (!isRecord(given)) return null;
  for (const [profile, question] of Object.entries(given)) {
    if (!isProfileSlug(profile) || typeof question !== 'string' || !/^[a-zA-Z]{1,40}$/.test(question)) return null;
    next[profile] = question as BadgeNext;
  }
  return { verdicts, next };
}
