import { describe, expect, it } from 'vitest';
import { NEXT_QUESTION_REASON } from '../core/advice';
import { nextReasonKey } from '../core/next-reason';
import { QUESTIONNAIRE } from '../core/questions';

describe('the badge words', () => {
  it('name the next question with the key questions.ts gives it, without loading the questionnaire', () => {
    for (const { id } of QUESTIONNAIRE) expect(nextReasonKey(id), id).toBe(NEXT_QUESTION_REASON[id]);
  });
});
