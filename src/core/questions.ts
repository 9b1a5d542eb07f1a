import * as v from 'valibot';

// The questions asked about each inviter (docs/design.md, "The questions"), declared once. Everything
// else that knows the questions derives from this list: the `Answers` type and its schema (what
// is stored and what a message may carry), which questions the popup shows, the popup's form,
// the badge's "Next: …" words, and the tests' enumerations of every answer.
//
// Changing what can be stored (a question, or a choice, added, renamed or removed) is a storage
// schema change: migrations.test.ts compares this list with the vocabulary frozen for the current
// storage version and fails until the version is bumped with a migration.

/** A choice: the value stored, and the message key (in _locales) of its label. */
type Choice = readonly [value: string, label: string];

/** One question, as the popup asks it and the badge names it. */
interface QuestionSpec<A> {
  readonly id: keyof A & string;
  /** Message key of the question. */
  readonly label: string;
  /** The answers it offers, in the order the popup shows them. */
  readonly choices: readonly Choice[];
  /** Message key of "Next: <the question>", shown while the advice waits for this answer. */
  readonly nextReason: string;
  /**
   * Whether the popup asks it, given the answers so far. A question not asked keeps its stored
   * answer (the user may change the answer it depends on back); the advice decides whether it counts.
   */
  askedWhen(answers: A): boolean;
}

/** The valibot entry of one question: absent (not answered yet) or one of its choices. */
type AnswerEntry<C extends readonly Choice[]> = v.OptionalSchema<v.PicklistSchema<C[number][0][], undefined>, undefined>;
type AnswersOf<E extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<E, undefined>>;

/**
 * Builds the questionnaire one question at a time, so that a question's `askedWhen` is typed with
 * the answers to the questions before it, and only those: a follow-up can only depend on what the
 * popup shows above it (the popup holds still: follow-ups appear below the question answered).
 */
class Questionnaire<E extends v.ObjectEntries> {
  constructor(
    readonly questions: readonly QuestionSpec<AnswersOf<E>>[],
    private readonly entries: E,
  ) {}

  ask<const Id extends string, const C extends readonly Choice[]>(
    id: Id,
    spec: { label: string; choices: C; nextReason: string; askedWhen?: (answers: AnswersOf<E>) => boolean },
  ): Questionnaire<E & { [K in Id]: AnswerEntry<C> }> {
    const entry = v.optional(v.picklist(spec.choices.map(([value]) => value)));
    // A computed key types as a string index; the entry is exactly { [id]: entry }.
    const entries = { ...this.entries, [id]: entry } as E & { [K in Id]: AnswerEntry<C> };
    const question = {
      id,
      label: spec.label,
      choices: spec.choices,
      nextReason: spec.nextReason,
      askedWhen: spec.askedWhen ?? (() => true),
    };
    return new Questionnaire<E & { [K in Id]: AnswerEntry<C> }>([...this.questions, question], entries);
  }

  /** The stored answers: each question absent or one of its choices; parsing drops unknown keys. */
  schema() {
    return v.object(this.entries);
  }
}

/** Whether the answers say the inviter works at the user's company (in any role). */
export const isInsider = (answers: { insider?: string | undefined }): boolean => answers.insider !== undefined && answers.insider !== 'no';

const YES_NO = [
  ['yes', 'aYes'],
  ['no', 'aNo'],
] as const;

const declared = new Questionnaire([], {})
  .ask('knows', { label: 'qKnows', choices: YES_NO, nextReason: 'reasonNextKnows' })
  .ask('trusts', { label: 'qTrusts', choices: [...YES_NO, ['unsure', 'aUnsure']], nextReason: 'reasonNextTrusts' })
  .ask('insider', {
    label: 'qInsider',
    choices: [
      ['no', 'aInsiderNo'],
      ['colleague', 'aInsiderColleague'],
      ['hr', 'aInsiderHr'],
      ['leadership', 'aInsiderLeadership'],
    ],
    nextReason: 'reasonNextInsider',
  })
  // Insiders only: they may be loyal to the company first, and they see profile changes.
  .ask('visibilityWorry', { label: 'qVisibilityWorry', choices: YES_NO, nextReason: 'reasonNextVisibilityWorry', askedWhen: isInsider })
  // Trusted insiders only: a pause for those the user says they trust, yet keeps doubting.
  .ask('hesitates', {
    label: 'qHesitates',
    choices: YES_NO,
    nextReason: 'reasonNextHesitates',
    askedWhen: (answers) => isInsider(answers) && answers.trusts === 'yes',
  });

/** The user's answers about one inviter, as stored and as messages carry them. */
export const AnswersSchema = declared.schema();
/** The user's answers about one inviter. Absent = not answered yet. */
export type Answers = v.InferOutput<typeof AnswersSchema>;
export type QuestionId = keyof Answers;
type Question = QuestionSpec<Answers>;

/** Every question, in the order the popup asks them. */
export const QUESTIONNAIRE: readonly Question[] = declared.questions;

export const QuestionIdSchema = v.picklist(QUESTIONNAIRE.map((question) => question.id));

/** One value per question, e.g. each question's "Next: …" message key. */
export function byQuestion<T>(value: (question: Question) => T): Readonly<Record<QuestionId, T>> {
  // Every question id is in QUESTIONNAIRE exactly once (questions.test.ts), so the record is whole.
  return Object.fromEntries(QUESTIONNAIRE.map((question) => [question.id, value(question)])) as Record<QuestionId, T>;
}

/** Each question with its spec, by id. */
export const QUESTION: Readonly<Record<QuestionId, Question>> = byQuestion((question) => question);

/** The values each question can store, by id: what a storage schema version has to know. */
export function answerVocabulary(): Record<string, string[]> {
  return Object.fromEntries(QUESTIONNAIRE.map((question) => [question.id, question.choices.map(([value]) => value)]));
}
