import { LIMITS, isBadgePath, isProfileSlug } from '../core/text';
import type { BadgeNext } from '../core/next-reason';
import type { CardReading, CardsAdvice, TabAdvice, Verdict } from '../core/types';

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

/**
 * The background's answer to a hand-over, checked by hand: the advice as adviceIn takes it, and per
 * card null or a reading whose profile is a slug, whose name is a capped line and whose path is a
 * short list of child indexes. Null when any part has the wrong shape.
 */
export function cardsAdviceIn(value: unknown): CardsAdvice | null {
  const advice = adviceIn(value);
  if (!advice || !isRecord(value) || !Array.isArray(value['cards'])) return null;
  const cards: (CardReading | null)[] = [];
  for (const card of value['cards'] as unknown[]) {
    if (card === null) {
      cards.push(null);
      continue;
    }
    if (!isRecord(card)) return null;
    const { profile, name, controls } = card;
    if (typeof profile !== 'string' || !isProfileSlug(profile)) return null;
    if (typeof name !== 'string' || name.length > LIMITS.name || /[\n\r]/.test(name)) return null;
    if (!isBadgePath(controls)) return null;
    cards.push({ profile, name, controls: [...controls] });
  }
  return { verdicts: advice.verdicts, next: advice.next ?? {}, cards };
}
