import type { QuestionId } from './questions';

/**
 * Not a question but what a badge names instead of one when Know & Trust asks the insider
 * questions again (issue 14, part 3: the headline now names one of the user's companies; see
 * core/history.ts insiderReask). Its words follow the same convention: `reasonNextNowInsider`,
 * "They now work at your company: answer the insider questions", in the popup and on the badge.
 */
export const REASK_INSIDER = 'nowInsider';
/** What a badge with no suggestion yet names: the next question, or the insider re-ask. */
export type BadgeNext = QuestionId | typeof REASK_INSIDER;

// The message key of "Next: <the question>" for a question id, by the convention every question in
// questions.ts follows (`reasonNext<Id>`; docs/maintaining.md, "Add a question"). The badges on
// LinkedIn's page need only this, not the questionnaire and its schemas (which would bring valibot
// into the invitation-page code); src/content/badge.test.ts checks it against every question's
// own `nextReason`.
export function nextReasonKey(id: BadgeNext): string {
  return `reasonNext${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

/**
 * Every question a badge can name as the next one, in the questionnaire's order. A plain list, not
 * the questionnaire itself (which brings valibot): each badge is as wide as the widest label any
 * badge can show (content/badge.ts), so that its size tells LinkedIn's page nothing.
 * src/content/badge.test.ts checks it against questions.ts.
 */
export const BADGE_QUESTION_IDS: readonly QuestionId[] = ['knows', 'trusts', 'insider', 'visibilityWorry', 'hesitates'];

/** Every "next" a badge can name: the questions, then the re-ask (the badge's width takes every label into account). */
export const BADGE_NEXTS: readonly BadgeNext[] = [...BADGE_QUESTION_IDS, REASK_INSIDER];
