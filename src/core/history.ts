import { adviseFor, nextQuestion } from './advice';
import { isInsider } from './questions';
import { cappedHistory, type HistoryEntry } from './schema';
import type { Answers, Insider, Verdict } from './types';

// Each person's decision history (issue 14, part 4): when the user answered what, and what Know &
// Trust suggested then. It is the user's own record of how a decision came about ("I said I trust
// her in March; in June she moved into HR"), shown as a short timeline and exported with the rest.
//
// It also carries what the re-ask rule (part 3) needs to tell "the user said 'not at my company'
// about someone who was not" from "… about someone whose headline already named the company": the
// headline shown and the insider guess made from it (core/insider.ts) when each answer was given.
// Someone answered as an outsider whose headline now names one of the user's companies as current
// employer, while it did not when the user answered, is asked again (insiderReask below).

export { HISTORY_CAP, HistoryEntrySchema, HistorySchema, type HistoryEntry } from './schema';

/** What the store knows at the moment the user changes an answer. */
export interface AnswerChange {
  at: number;
  /** The answers before and after the change, as stored. */
  before: Answers;
  after: Answers;
  /** The answers the advice is computed from (the insider guess filled in: inviter-view.ts). */
  effective: Answers;
  headline: string;
  guessedInsider: Insider | null;
}

/**
 * The history with one entry more for an answer change; the same history when the answers did not
 * change (a note edit, a save of the same choice). Past HISTORY_CAP the oldest entries go, except
 * the very first: "first answered on …" is what a timeline is read for, and it stays.
 */
export function withEntry(history: readonly HistoryEntry[], change: AnswerChange): HistoryEntry[] {
  if (changedQuestions(change.before, change.after).length === 0) return [...history];
  const entry: HistoryEntry = {
    at: change.at,
    kind: 'answered',
    answers: { ...change.after },
    verdict: adviseFor(change.effective).verdict,
    headline: change.headline,
    guessedInsider: change.guessedInsider,
  };
  return capped([...history, entry]);
}

const capped = cappedHistory;

/** The questions whose answer differs between `a` and `b` (answered in one, not the other, included). */
function changedQuestions(a: Answers, b: Answers): (keyof Answers)[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Answers>;
  return [...keys].filter((key) => a[key] !== b[key]);
}

/** One line of the popup's timeline: when, what changed (question ids with their new answer), the suggestion then. */
export interface TimelineItem {
  at: number;
  kind: HistoryEntry['kind'];
  /** Re-asks: the headline then and now. */
  headlines?: { before: string; now: string };
  changed: { question: keyof Answers; answer: string | undefined }[];
  verdict: Verdict;
}

/** The history as the popup's timeline: newest first, each entry with what it changed from the one before. */
export function timeline(history: readonly HistoryEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let before: Answers = {};
  for (const entry of history) {
    const changed = changedQuestions(before, entry.answers).map((question) => ({ question, answer: entry.answers[question] }));
    const item: TimelineItem = { at: entry.at, kind: entry.kind, changed, verdict: entry.verdict };
    if (entry.kind === 'reasked') item.headlines = { before: entry.headlineBefore ?? '', now: entry.headline };
    items.push(item);
    before = entry.answers;
  }
  return items.reverse();
}

/** Why a person is asked the insider questions again: the headline then and now. */
export interface InsiderReask {
  /** The headline shown when the user answered that they do not work at the user's company ('' when unknown). */
  then: string;
  /** The headline shown now, which names one of the user's companies as current employer. */
  now: string;
  /** guessInsider's answer for the headline now. */
  guess: Insider;
}

const guessesInsider = (guess: Insider | null): guess is Insider => guess !== null && isInsider({ insider: guess });

/**
 * Whether the user must answer the insider questions again (issue 14, part 3): the stored answer
 * says "not at my company", the headline shown now (with the user's companies now) says they work
 * there, and while the user has held that answer no guess said so. A user who gave or kept "no"
 * while the headline already named the company (they know better: a namesake, a past job) is not
 * asked again. An answer older than the history (no entry) is asked again: for the HR manager who
 * moved in, one question too many is the safe mistake, a wave-through is not. Only asked where the
 * insider answer decides anything (known and trusted: without it the next question is `insider`).
 * `headlineThen` is what the record knew before the history began (its stored headline).
 */
export function insiderReask(
  answers: Answers,
  history: readonly HistoryEntry[],
  headlineNow: string,
  guessNow: Insider | null,
  headlineThen = '',
): InsiderReask | null {
  if (answers.insider !== 'no' || !guessesInsider(guessNow)) return null;
  // Only where the insider answer counts: someone the user does not know or trust is left pending
  // whatever their employer, and asking again would only be noise.
  const { insider: _given, ...rest } = answers;
  if (nextQuestion(rest) !== 'insider') return null;
  // The entries since the stored "no" was given: the last ones, as long as they say "no".
  let given: HistoryEntry | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (!entry || entry.answers.insider !== 'no') break;
    if (guessesInsider(entry.guessedInsider)) return null;
    given = entry;
  }
  return { then: given ? given.headline : headlineThen, now: headlineNow, guess: guessNow };
}

/**
 * The answers and history after a re-ask: `insider` is no longer answered (the advice goes back
 * to "no suggestion yet" and the popup asks it again, pre-filled with the guess), and the history
 * says why, with the old and new headline. The old answer stays in the history: nothing is lost.
 */
export function reasked(
  answers: Answers,
  history: readonly HistoryEntry[],
  reask: InsiderReask,
  at: number,
): { answers: Answers; history: HistoryEntry[] } {
  const { insider: _dropped, ...rest } = answers;
  const entry: HistoryEntry = {
    at,
    kind: 'reasked',
    answers: rest,
    verdict: adviseFor({ ...rest, insider: reask.guess }).verdict,
    headline: reask.now,
    headlineBefore: reask.then,
    guessedInsider: reask.guess,
  };
  return { answers: rest, history: capped([...history, entry]) };
}

/** True when the newest entry is a re-ask the user has not answered since: the popup and badge say why. */
export function awaitsReask(answers: Answers, history: readonly HistoryEntry[]): boolean {
  return answers.insider === undefined && history[history.length - 1]?.kind === 'reasked';
}
