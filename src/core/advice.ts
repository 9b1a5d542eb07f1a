import type { Advice, Answers } from './types';

// The advice rules of design.md, as one pure function of the answers.
// Reason and tip ids are message keys in _locales/*/messages.json, so the popup can
// show them in the user's language and a unit test can check every key exists.

function isInsider(answers: Answers): boolean {
  return answers.insider !== undefined && answers.insider !== 'no';
}

export function adviseFor(answers: Answers): Advice {
  // Nothing to suggest until the two founding questions are answered.
  if (answers.knows === undefined || answers.trusts === undefined) {
    return { verdict: 'undecided', reasons: ['reasonAskYourself'], tips: [] };
  }

  const reasons: string[] = [];
  if (answers.knows === 'no') reasons.push('reasonDoNotKnow');
  if (answers.trusts === 'no') reasons.push('reasonDoNotTrust');
  if (answers.trusts === 'unsure') reasons.push('reasonUnsureTrust');
  if (isInsider(answers)) {
    // Insiders see profile changes once connected, and may be loyal to the company first.
    if (answers.visibilityWorry === 'yes') reasons.push('reasonInsiderVisibility');
    // Hesitation is asked only of insiders the user trusts (applicableQuestions below).
    if (answers.trusts === 'yes' && answers.hesitates === 'yes') reasons.push('reasonHesitation');
  }

  if (reasons.length > 0) {
    return { verdict: 'leave-pending', reasons, tips: ['tipPendingNotifiesNobody', 'tipDeclineIsForSpam'] };
  }

  return isInsider(answers)
    ? {
        verdict: 'accept',
        reasons: ['reasonKnowTrustInsider'],
        tips: ['tipStayProfessional', 'tipTurnOffProfileUpdates'],
      }
    : { verdict: 'accept', reasons: ['reasonKnowTrust'], tips: [] };
}

/**
 * Which follow-up questions apply. The popup hides the others; their stored answers are kept
 * (the user may change `insider` back) but, as the rules above show, they only count for insiders.
 */
export function applicableQuestions(answers: Answers): Array<keyof Answers> {
  const questions: Array<keyof Answers> = ['knows', 'trusts', 'insider'];
  if (isInsider(answers)) {
    questions.push('visibilityWorry');
    if (answers.trusts === 'yes') questions.push('hesitates');
  }
  return questions;
}
