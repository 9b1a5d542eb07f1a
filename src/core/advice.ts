import { byQuestion, isInsider, QUESTIONNAIRE, type Answers, type QuestionId } from './questions';
import type { Advice } from './types';

// The advice rules of docs/design.md, as one pure function of the answers. They exist for the hard
// case: the HR manager, the boss, the owner. So there is no "accept" until every question that
// matters for this inviter is answered, and "no suggestion yet" always names the next question.
//
// Reason and tip ids are message keys in _locales/*/messages.json, so the popup can show them in
// the user's language and a unit test can check every key exists.

/** The reason shown while a question is still open: "Next: do they work at your company?" */
export const NEXT_QUESTION_REASON: Readonly<Record<QuestionId, string>> = byQuestion((question) => question.nextReason);

type Decision = { verdict: 'undecided'; next: QuestionId } | { verdict: 'leave-pending' | 'accept'; reasons: string[] };

/** The rules, read top to bottom: the first that holds decides. */
function decide(a: Answers): Decision {
  // 1. Not knowing someone settles it, whatever else is answered or not.
  if (a.knows === 'no') return { verdict: 'leave-pending', reasons: ['reasonDoNotKnow'] };
  // 2. The two founding questions.
  if (a.knows === undefined) return { verdict: 'undecided', next: 'knows' };
  if (a.trusts === undefined) return { verdict: 'undecided', next: 'trusts' };
  if (a.trusts === 'no') return { verdict: 'leave-pending', reasons: ['reasonDoNotTrust'] };
  if (a.trusts === 'unsure') return { verdict: 'leave-pending', reasons: ['reasonUnsureTrust'] };
  // 3. Whether they work at the user's company is the question the advice turns on.
  if (a.insider === undefined) return { verdict: 'undecided', next: 'insider' };
  if (a.insider === 'no') return { verdict: 'accept', reasons: ['reasonKnowTrust'] };
  // 4. A trusted insider: they may be loyal to the company first, and they see profile changes.
  if (a.visibilityWorry === 'yes') {
    return {
      verdict: 'leave-pending',
      reasons: a.hesitates === 'yes' ? ['reasonInsiderVisibility', 'reasonHesitation'] : ['reasonInsiderVisibility'],
    };
  }
  if (a.visibilityWorry === undefined) return { verdict: 'undecided', next: 'visibilityWorry' };
  if (a.hesitates === 'yes') return { verdict: 'leave-pending', reasons: ['reasonHesitation'] };
  if (a.hesitates === undefined) return { verdict: 'undecided', next: 'hesitates' };
  // 5. Every question that matters is answered, and nothing holds the user back.
  return { verdict: 'accept', reasons: ['reasonKnowTrustInsider'] };
}

export function adviseFor(answers: Answers): Advice {
  const decision = decide(answers);
  if (decision.verdict === 'undecided') return { verdict: 'undecided', reasons: [NEXT_QUESTION_REASON[decision.next]], tips: [] };
  if (decision.verdict === 'leave-pending') {
    // Leaving it pending tells nobody anything; for an insider, that is exactly why it never offends.
    const tips = isInsider(answers) ? ['tipPendingNotifiesNobody', 'tipPendingNeverOffendsInsider'] : ['tipPendingNotifiesNobody'];
    return { verdict: 'leave-pending', reasons: decision.reasons, tips };
  }
  const tips = isInsider(answers) ? ['tipStayProfessional', 'tipTurnOffProfileUpdates'] : [];
  return { verdict: 'accept', reasons: decision.reasons, tips };
}

/** The question to answer next while there is no suggestion yet; null once there is one. */
export function nextQuestion(answers: Answers): QuestionId | null {
  const decision = decide(answers);
  return decision.verdict === 'undecided' ? decision.next : null;
}

/**
 * Which questions the popup shows, in order (each question's `askedWhen`, questions.ts). The others
 * are hidden; their stored answers are kept (the user may change `insider` back) but, as the rules
 * above show, they only count for insiders.
 */
export function applicableQuestions(answers: Answers): QuestionId[] {
  return QUESTIONNAIRE.filter((question) => question.askedWhen(answers)).map((question) => question.id);
}
