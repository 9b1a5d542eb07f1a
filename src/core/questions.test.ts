import { describe, expect, it } from 'vitest';
import { allAnswerCombinations } from './answer-combinations';
import { NEXT_QUESTION_REASON } from './advice';
import { AnswersSchema, QUESTION, QUESTIONNAIRE, QuestionIdSchema, answerVocabulary, type Answers } from './questions';

describe('the questionnaire', () => {
  it('declares each question once, each choice once, and a message key for every text', () => {
    const ids = QUESTIONNAIRE.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of QUESTIONNAIRE) {
      const values = question.choices.map(([value]) => value);
      expect(new Set(values).size, question.id).toBe(values.length);
      expect(values.length, question.id).toBeGreaterThanOrEqual(2);
      for (const key of [question.label, question.nextReason, ...question.choices.map(([, label]) => label)])
        expect(key, question.id).toMatch(/^[a-z]+[A-Z][A-Za-z]+$/);
    }
  });

  it('is what the schema, the question ids and the lookups are made of', () => {
    const ids = QUESTIONNAIRE.map((question) => question.id);
    expect(Object.keys(AnswersSchema.entries)).toEqual(ids);
    expect(QuestionIdSchema.options).toEqual(ids);
    expect(Object.keys(QUESTION)).toEqual(ids);
    expect(Object.keys(NEXT_QUESTION_REASON)).toEqual(ids);
    for (const question of QUESTIONNAIRE) expect(QUESTION[question.id]).toBe(question);
    expect(Object.keys(answerVocabulary())).toEqual(ids);
  });

  it('stores exactly the choices it offers', () => {
    for (const question of QUESTIONNAIRE) {
      expect(AnswersSchema.entries[question.id].wrapped.options, question.id).toEqual(question.choices.map(([value]) => value));
    }
  });

  it('asks a follow-up on the answers above it only, so the popup changes only below the question answered', () => {
    for (const [index, question] of QUESTIONNAIRE.entries()) {
      const above = new Set(QUESTIONNAIRE.slice(0, index).map((q) => q.id));
      for (const answers of allAnswerCombinations()) {
        const aboveOnly = Object.fromEntries(Object.entries(answers).filter(([id]) => above.has(id as keyof Answers))) as Answers;
        expect(question.askedWhen(answers), `${question.id} for ${JSON.stringify(answers)}`).toBe(question.askedWhen(aboveOnly));
      }
    }
  });
});
