import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adviseFor, applicableQuestions, nextQuestion, NEXT_QUESTION_REASON } from './advice';
import { allAnswerCombinations } from './answer-combinations';
import { AnswersSchema, QUESTIONNAIRE } from './questions';
import type { Answers, QuestionId, Verdict } from './types';

// docs/design.md's rules, restated as conditions rather than as the decision list advice.ts reads:
// "accept" only when every question that matters is answered and none holds the user back;
// "leave pending" when an answer settles it; otherwise no suggestion yet, naming the first
// question (in the order the popup asks them) still open among those that matter.
const insiderRole = (a: Answers) => a.insider === 'colleague' || a.insider === 'hr' || a.insider === 'leadership';

function expectedVerdict(a: Answers): Verdict {
  const knownAndTrusted = a.knows === 'yes' && a.trusts === 'yes';
  if (a.knows === 'no') return 'leave-pending';
  if (a.knows === 'yes' && (a.trusts === 'no' || a.trusts === 'unsure')) return 'leave-pending';
  if (knownAndTrusted && insiderRole(a) && (a.visibilityWorry === 'yes' || (a.visibilityWorry === 'no' && a.hesitates === 'yes')))
    return 'leave-pending';
  if (knownAndTrusted && a.insider === 'no') return 'accept';
  if (knownAndTrusted && insiderRole(a) && a.visibilityWorry === 'no' && a.hesitates === 'no') return 'accept';
  return 'undecided';
}

function expectedNext(a: Answers): QuestionId | null {
  if (expectedVerdict(a) !== 'undecided') return null;
  const matters: QuestionId[] = ['knows', 'trusts', 'insider', ...(insiderRole(a) ? (['visibilityWorry', 'hesitates'] as const) : [])];
  return matters.find((q) => a[q] === undefined) ?? null;
}

describe('adviseFor: every answer combination, unanswered included', () => {
  const combos = allAnswerCombinations();
  it('covers every combination, once each: 3 × 4 × 5 × 3 × 3 for the five questions of docs/design.md', () => {
    const product = QUESTIONNAIRE.reduce((n, question) => n * (question.choices.length + 1), 1);
    expect(product).toBeGreaterThanOrEqual(540);
    expect(combos).toHaveLength(product);
    expect(new Set(combos.map((a) => JSON.stringify(a))).size).toBe(product);
    for (const answers of combos) expect(v.parse(AnswersSchema, answers)).toEqual(answers);
  });
  it.each(combos.map((a) => [JSON.stringify(a), a] as const))('%s', (_label, answers) => {
    const advice = adviseFor(answers);
    expect(advice.verdict).toBe(expectedVerdict(answers));
    expect(Object.keys(advice).sort()).toEqual(['reasons', 'tips', 'verdict']);
    expect(advice.reasons.length).toBeGreaterThan(0);
    const next = expectedNext(answers);
    expect(nextQuestion(answers)).toBe(next);
    // "No suggestion yet" names the next question, and only then.
    if (advice.verdict === 'undecided') {
      expect(next).not.toBeNull();
      expect(advice.reasons).toEqual([NEXT_QUESTION_REASON[next!]]);
      expect(advice.tips).toEqual([]);
    } else {
      expect(advice.reasons.some((r) => r.startsWith('reasonNext'))).toBe(false);
    }
    // Never a reason for an answer that was not given.
    if (advice.reasons.includes('reasonKnowTrustInsider')) expect(answers.visibilityWorry).toBe('no');
    if (advice.reasons.includes('reasonInsiderVisibility')) expect(answers.visibilityWorry).toBe('yes');
    if (advice.reasons.includes('reasonHesitation')) expect(answers.hesitates).toBe('yes');
    // An insider's tips speak of insiders; nobody else's do.
    const insiderTips = advice.tips.filter((tip) =>
      ['tipStayProfessional', 'tipTurnOffProfileUpdates', 'tipPendingNeverOffendsInsider'].includes(tip),
    );
    if (!insiderRole(answers)) expect(insiderTips).toEqual([]);
    else if (advice.verdict !== 'undecided') expect(insiderTips.length).toBeGreaterThan(0);
    // There is no "decline", anywhere.
    expect(JSON.stringify(advice).toLowerCase()).not.toMatch(/declin|refus|reject/);
  });
});

describe('adviseFor: the post’s hard cases', () => {
  it('never waves an HR manager or the owner through on know + trust alone', () => {
    for (const insider of ['hr', 'leadership', 'colleague'] as const) {
      expect(adviseFor({ knows: 'yes', trusts: 'yes', insider })).toEqual({
        verdict: 'undecided',
        reasons: ['reasonNextVisibilityWorry'],
        tips: [],
      });
      expect(adviseFor({ knows: 'yes', trusts: 'yes', insider, visibilityWorry: 'no' })).toEqual({
        verdict: 'undecided',
        reasons: ['reasonNextHesitates'],
        tips: [],
      });
    }
  });
  it('waits for "do they work at your company?" before accepting anyone known and trusted', () => {
    expect(adviseFor({ knows: 'yes', trusts: 'yes' })).toEqual({ verdict: 'undecided', reasons: ['reasonNextInsider'], tips: [] });
  });
  it('leaves a stranger pending at once, with nothing else answered, and no insider tip', () => {
    expect(adviseFor({ knows: 'no' })).toEqual({
      verdict: 'leave-pending',
      reasons: ['reasonDoNotKnow'],
      tips: ['tipPendingNotifiesNobody'],
    });
  });
  it('leaves an untrusted owner pending, and says pending never offends an insider', () => {
    expect(adviseFor({ knows: 'yes', trusts: 'no', insider: 'leadership' })).toEqual({
      verdict: 'leave-pending',
      reasons: ['reasonDoNotTrust'],
      tips: ['tipPendingNotifiesNobody', 'tipPendingNeverOffendsInsider'],
    });
  });
  it('leaves a trusted HR manager pending when their seeing profile changes worries the user', () => {
    const advice = adviseFor({ knows: 'yes', trusts: 'yes', insider: 'hr', visibilityWorry: 'yes' });
    expect(advice).toMatchObject({ verdict: 'leave-pending', reasons: ['reasonInsiderVisibility'] });
  });
  it('suggests a pause when the user still hesitates about a trusted boss', () => {
    const advice = adviseFor({ knows: 'yes', trusts: 'yes', insider: 'leadership', visibilityWorry: 'no', hesitates: 'yes' });
    expect(advice).toMatchObject({ verdict: 'leave-pending', reasons: ['reasonHesitation'] });
  });
  it('accepts a trusted insider, once all is answered, with the two insider tips', () => {
    const advice = adviseFor({ knows: 'yes', trusts: 'yes', insider: 'colleague', visibilityWorry: 'no', hesitates: 'no' });
    expect(advice).toEqual({
      verdict: 'accept',
      reasons: ['reasonKnowTrustInsider'],
      tips: ['tipStayProfessional', 'tipTurnOffProfileUpdates'],
    });
  });
  it('ignores insider-only answers once the inviter is not an insider', () => {
    expect(adviseFor({ knows: 'yes', trusts: 'yes', insider: 'no', visibilityWorry: 'yes', hesitates: 'yes' })).toEqual({
      verdict: 'accept',
      reasons: ['reasonKnowTrust'],
      tips: [],
    });
  });
  it('asks "do you know them?" first when nothing is answered', () => {
    expect(adviseFor({})).toEqual({ verdict: 'undecided', reasons: ['reasonNextKnows'], tips: [] });
  });
});

describe('applicableQuestions', () => {
  it('asks the insider follow-ups only of insiders, and hesitation only of trusted ones, in the popup’s order', () => {
    const order = QUESTIONNAIRE.map((question) => question.id);
    for (const answers of allAnswerCombinations()) {
      const asked = applicableQuestions(answers);
      expect(asked).toEqual(expect.arrayContaining(['knows', 'trusts', 'insider']));
      expect(asked.includes('visibilityWorry'), JSON.stringify(answers)).toBe(insiderRole(answers));
      expect(asked.includes('hesitates'), JSON.stringify(answers)).toBe(insiderRole(answers) && answers.trusts === 'yes');
      expect(asked).toEqual(order.filter((id) => asked.includes(id)));
    }
    expect(applicableQuestions({ insider: 'hr', trusts: 'yes' })).toEqual(
      expect.arrayContaining(['knows', 'trusts', 'insider', 'visibilityWorry', 'hesitates']),
    );
  });
  it('always shows the question the advice waits for', () => {
    for (const answers of allAnswerCombinations()) {
      const next = nextQuestion(answers);
      if (next) expect(applicableQuestions(answers)).toContain(next);
    }
  });
});
