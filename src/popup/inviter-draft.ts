import { QUESTIONNAIRE } from '../core/questions';
import type { Answers, QuestionId } from '../core/types';

// What the popup's form holds against what it last knew to be stored. A save sends only what the
// user changed, with what the stored copy held for those fields and its revision; when the stored
// record changes elsewhere (another popup, an import, a delete-all), fields the user did not touch
// follow it, and a field the user changed that was also changed elsewhere shows what is stored:
// the popup never writes back a copy it did not see.

/** The answers and note as stored, and the record's revision (its `updatedAt`; 0 when nothing is stored). */
export interface StoredCopy {
  answers: Answers;
  note: string;
  revision: number;
}

export interface FormValues {
  answers: Answers;
  note: string;
}

/** The `change-inviter` request for what differs between the form and the stored copy; null when nothing does. */
export function changeFrom(
  form: FormValues,
  stored: StoredCopy,
): { answers: Answers; cleared: QuestionId[]; note?: string; basis: { revision: number; answers: Answers; note: string } } | null {
  const answers: Record<string, string> = {};
  const cleared: QuestionId[] = [];
  const basisAnswers: Record<string, string> = {};
  for (const { id } of QUESTIONNAIRE) {
    const wanted = form.answers[id];
    const was = stored.answers[id];
    if (wanted === was) continue;
    if (wanted === undefined) cleared.push(id);
    else answers[id] = wanted;
    if (was !== undefined) basisAnswers[id] = was;
  }
  const noteChanged = form.note !== stored.note;
  if (Object.keys(answers).length === 0 && cleared.length === 0 && !noteChanged) return null;
  return {
    answers: answers as Answers,
    cleared,
    ...(noteChanged ? { note: form.note } : {}),
    basis: { revision: stored.revision, answers: basisAnswers as Answers, note: stored.note },
  };
}

/**
 * The form once the stored record is known to be `next` (it was `before`): a field the user left
 * as it was stored follows `next`; a field the user changed keeps the user's value, unless it was
 * changed elsewhere too, to something else: then it shows what is stored (`conflict`).
 */
export function adopt(form: FormValues, before: StoredCopy, next: StoredCopy): { form: FormValues; changed: boolean; conflict: boolean } {
  let changed = false;
  let conflict = false;
  const pick = <T>(mine: T, was: T, now: T): T => {
    if (mine === was) {
      if (now !== mine) changed = true;
      return now;
    }
    if (now !== was && now !== mine) {
      conflict = true;
      changed = true;
      return now;
    }
    return mine;
  };
  const answers: Record<string, string> = {};
  for (const { id } of QUESTIONNAIRE) {
    const value = pick(form.answers[id], before.answers[id], next.answers[id]);
    if (value !== undefined) answers[id] = value;
  }
  const note = pick(form.note, before.note, next.note);
  return { form: { answers: answers as Answers, note }, changed, conflict };
}

/**
 * The stored copy once a save of `sent` (the form as that save read it) has landed: what it wrote.
 * Its reply is to be adopted against this, not against the copy before it: the user goes on typing
 * while the first letters of a note are saved, and the reply ("T") is then older than the form
 * ("Typed "), not a change made elsewhere; compared with the copy before the save, it looked like
 * one, and the form showed "T" again under the user's fingers.
 */
export function afterSave(sent: FormValues, stored: StoredCopy): StoredCopy {
  return { answers: sent.answers, note: sent.note, revision: stored.revision };
}
