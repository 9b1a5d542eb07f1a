import { describe, expect, it } from 'vitest';
import { adviseFor, applicableQuestions } from './advice';
import type { Answers, Verdict } from './types';

const KNOWS = [undefined, 'yes', 'no'] as const;
const TRUSTS = [undefined, 'yes', 'no', 'unsure'] as const;
const INSIDER = [undefined, 'no', 'colleague', 'hr', 'leadership'] as const;
const YES_NO = [undefined, 'yes', 'no'] as const;

function allAnswerCombinations(): Answers[] {
  const out: Answers[] = [];
  for (const knows of KNOWS)
    for (const trusts of TRUSTS)
      for (const insider of INSIDER)
        for (const visibilityWorry of YES_NO)
          for (const hesitates of YES_NO) {
            const a: Answers = {};
            if (knows) a.knows = knows;
            if (trusts) a.trusts = trusts;
            if (insider) a.insider = insider;
            if (visibilityWorry) a.visibilityWorry = visibilityWorry;
            if (hesitates) a.hesitates = hesitates;
            out.push(a);
          }
  return out;
}

// design.md's rules, restated as a decision list read top to bottom (the first rule that holds wins).
function expectedVerdict(a: Answers): Verdict {
  if (!a.knows || !a.trusts) return 'undecided';
  if (a.knows === 'no' || a.trusts !== 'yes') return 'leave-pending';
  const insider = a.insider === 'colleague' || a.insider === 'hr' || a.insider === 'leadership';
  if (insider && a.visibilityWorry === 'yes') return 'leave-pending';
  if (insider && a.hesitates === 'yes') return 'leave-pending';
  return 'accept';
}

describe('adviseFor: every answer combination', () => {
  const combos = allAnswerCombinations();
  it('covers 3 × 4 × 5 × 3 × 3 combinations', () => {
    expect(combos).toHaveLength(540);
  });
  it.each(combos.map((a) => [JSON.stringify(a), a] as const))('%s', (_label, answers) => {
    const advice = adviseFor(answers);
    expect(advice.verdict).toBe(expectedVerdict(answers));
    expect(advice.reasons.length).toBeGreaterThan(0);
    // There is no "decline", anywhere.
    expect(JSON.stringify(advice).toLowerCase()).not.toContain('decline"');
  });
});

describe('adviseFor: reasons and tips', () => {
  it('asks the user to ask themselves while knows or trusts is unanswered', () => {
    expect(adviseFor({ knows: 'yes' })).toEqual({ verdict: 'undecided', reasons: ['reasonAskYourself'], tips: [] });
    expect(adviseFor({ trusts: 'yes', insider: 'hr' }).verdict).toBe('undecided');
  });
  it('leaves a stranger pending and says pending notifies nobody', () => {
    const advice = adviseFor({ knows: 'no', trusts: 'unsure' });
    expect(advice.verdict).toBe('leave-pending');
    expect(advice.reasons).toEqual(['reasonDoNotKnow', 'reasonUnsureTrust']);
    expect(advice.tips).toEqual(['tipPendingNotifiesNobody', 'tipDeclineIsForSpam']);
  });
  it('leaves a trusted HR manager pending when their seeing profile changes worries the user', () => {
    const advice = adviseFor({ knows: 'yes', trusts: 'yes', insider: 'hr', visibilityWorry: 'yes', hesitates: 'no' });
    expect(advice).toMatchObject({ verdict: 'leave-pending', reasons: ['reasonInsiderVisibility'] });
  });
  it('suggests a pause when the user still hesitates about a trusted boss', () => {
    const advice = adviseFor({ knows: 'yes', trusts: 'yes', insider: 'leadership', visibilityWorry: 'no', hesitates: 'yes' });
    expect(advice).toMatchObject({ verdict: 'leave-pending', reasons: ['reasonHesitation'] });
  });
  it('accepts a trusted insider with the profile-updates tip', () => {
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
});

describe('applicableQuestions', () => {
  it('asks the insider follow-ups only of insiders, and hesitation only of trusted ones', () => {
    expect(applicableQuestions({})).toEqual(['knows', 'trusts', 'insider']);
    expect(applicableQuestions({ insider: 'no', trusts: 'yes' })).toEqual(['knows', 'trusts', 'insider']);
    expect(applicableQuestions({ insider: 'hr', trusts: 'unsure' })).toEqual(['knows', 'trusts', 'insider', 'visibilityWorry']);
    expect(applicableQuestions({ insider: 'hr', trusts: 'yes' })).toEqual([
      'knows',
      'trusts',
      'insider',
      'visibilityWorry',
      'hesitates',
    ]);
  });
});
