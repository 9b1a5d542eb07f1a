import type { QuestionId } from './questions';

// The message key of "Next: <the question>" for a question id, by the convention every question in
// questions.ts follows (`reasonNext<Id>`; docs/maintaining.md, "Add a question"). The badges on
// LinkedIn's page need only this, not the questionnaire and its schemas (which would bring valibot
// into the invitation-page code); src/content/badge.test.ts checks it against every question's
// own `nextReason`.
export function nextReasonKey(id: QuestionId): string {
  return `reasonNext${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

/**
 * Every question a badge can name as the next one, in the questionnaire's order. A plain list, not
 * the questionnaire itself (which brings valibot): each badge is as wide as the widest label any
 * badge can show (content/badge.ts), so that its size tells LinkedIn's page nothing.
 * src/content/badge.test.ts checks it against questions.ts.
 */
export const BADGE_QUESTION_IDS: readonly QuestionId[] = ['knows', 'trusts', 'insider', 'visibilityWorry', 'hesitates'];
