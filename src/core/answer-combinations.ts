import { QUESTIONNAIRE, type Answers } from './questions';

// For tests that must hold for every answer a user can give: the whole answer space of the
// questionnaire, read from its declaration, so a question added there is covered here at once.

/** Every combination of answers: each question answered with any of its choices, or not at all. */
export function allAnswerCombinations(): Answers[] {
  let combinations: Answers[] = [{}];
  for (const question of QUESTIONNAIRE) {
    combinations = combinations.flatMap((answers) => [
      answers,
      ...question.choices.map(([value]): Answers => ({ ...answers, [question.id]: value })),
    ]);
  }
  return combinations;
}
