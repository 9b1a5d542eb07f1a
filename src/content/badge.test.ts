import { describe, expect, it } from 'vitest';
import { NEXT_QUESTION_REASON } from '../core/advice';
import { BADGE_QUESTION_IDS, nextReasonKey } from '../core/next-reason';
import { QUESTIONNAIRE } from '../core/questions';

describe('the badge words', () => {
  it('name the next question with the key questions.ts gives it, without loading the questionnaire', () => {
    for (const { id } of QUESTIONNAIRE) expect(nextReasonKey(id), id).toBe(NEXT_QUESTION_REASON[id]);
  });
  it("list every question a badge can name next, in the questionnaire's order (every badge is as wide as the widest label)", () => {
    expect(BADGE_QUESTION_IDS).toEqual(QUESTIONNAIRE.map((q) => q.id));
  });
});
