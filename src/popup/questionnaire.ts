import { adviseFor, applicableQuestions } from '../core/advice';
import { guessInsider } from '../core/insider';
import { effectiveAnswers, reaskAdvice, type InviterView } from '../core/inviter-view';
import { QUESTION } from '../core/questions';
import { LIMITS } from '../core/text';
import type { Advice, Answers, QuestionId } from '../core/types';
import { el, present } from '../ui/dom';
import { count, t, verdictText } from '../ui/i18n';
import { renderTimeline } from '../ui/timeline';
import { companyPrompt } from './company-prompt';

// One inviter's questions, note and suggestion. The suggestion is recomputed here on every change
// for an instant answer, and every change is handed to `save` at once (the note after a short
// pause in typing, and immediately when the field loses focus or the popup closes).
//
// The popup holds still under the pointer: the suggestion above the questions sits in a strip of
// fixed height, its reasons and tips are drawn below the note, a hint once shown stays for the
// whole view, and the save state has its own place at the bottom (index.ts). Only questions that
// appear or go, after the one just answered, change what lies below it.

const NOTE_PAUSE_MS = 400;

/** The form's answers and note as the user sees them now. */
export interface FormState {
  answers: Answers;
  note: string;
}

/** What the popup can do with a questionnaire once drawn. */
export interface Questionnaire {
  /** What the form holds now (the insider pre-fill included, as shown). */
  current(): FormState;
  /** Shows these answers and this note in place (what is stored changed elsewhere), without moving focus. */
  show(state: FormState): void;
}

interface QuestionnaireHooks {
  save(answers: Answers, note: string): void;
  back(): void;
  /** Adds one of the user's companies; resolves to the whole list as stored. */
  addCompany(name: string): Promise<string[]>;
}

export function renderQuestionnaire(section: HTMLElement, view: InviterView, hooks: QuestionnaireHooks): Questionnaire {
  // Answers as stored, with the insider guess shown as the pre-filled choice; not while the insider
  // questions are asked again (the headline contradicts what the user said: the user answers).
  let answers: Answers = view.reask ? view.answers : effectiveAnswers(view.answers, view.suggestedInsider);
  // Shown once the headline pre-filled the answer, and kept: a hint that vanished would move the questions below.
  const insiderHint = !view.reask && view.answers.insider === undefined && view.suggestedInsider !== null;
  // No suggestion yet while the re-ask waits for the insider answer, and why (core/history.ts).
  const adviceNow = () => (view.reask && answers.insider === undefined ? reaskAdvice() : adviseFor(answers));

  const back = el('button', { className: 'link back', text: t('popupBack'), attrs: { type: 'button' } });
  const heading = el('h2', { text: view.name, attrs: { tabindex: '-1', id: 'inviter-name' } });
  // What the inviter's profile page shows besides (issue 14): the degree and the verified mark.
  const meta = [view.degree, view.mutual, view.age].filter(Boolean).join(' · ');
  const form = el('form', { attrs: { id: 'questions', 'aria-labelledby': 'inviter-name' } });
  form.addEventListener('submit', (event) => event.preventDefault());
  const questions = el('div', { className: 'questions' });
  const note = el('textarea', { attrs: { id: 'note', maxlength: String(LIMITS.note), 'aria-describedby': 'note-hint' } });
  note.value = view.note;
  // How much room is left, said quietly; when the note is full, said plainly (typing stops there).
  const noteCount = el('p', { className: 'hint', attrs: { id: 'note-hint' } });
  const countNote = () => {
    const full = note.value.length >= LIMITS.note;
    noteCount.textContent = full
      ? t('popupNoteFull', count(LIMITS.note))
      : t('popupNoteCount', [count(note.value.length), count(LIMITS.note)]);
    noteCount.classList.toggle('full', full);
    noteCount.setAttribute('role', full ? 'alert' : 'note');
  };
  countNote();
  note.addEventListener('input', countNote);
  const adviceBox = el('section', {
    className: 'advice',
    attrs: { id: 'advice', 'aria-live': 'polite', 'aria-label': t('popupSuggestion') },
  });
  const why = el('section', { className: 'advice-why', attrs: { id: 'advice-why', 'aria-label': t('popupReasons') } });
  const redrawAdvice = () => drawAdvice(adviceBox, why, adviceNow());

  // Without any company of the user's, nothing can be pre-filled: say so beside the question,
  // and let them add one here.
  const prompt = view.companiesListed
    ? null
    : companyPrompt(hooks.addCompany, (companies) => {
        if (answers.insider !== undefined) return 'answered';
        const guess = guessInsider(view.headline, companies);
        if (guess === null) return 'no-match';
        answers = { ...answers, insider: guess };
        drawQuestions();
        redrawAdvice();
        return 'prefilled';
      });

  const drawQuestions = () => {
    questions.replaceChildren(
      ...applicableQuestions(answers).map((id) =>
        questionFieldset(id, answers[id], id === 'insider' ? (prompt ?? (insiderHint ? 'guessed' : null)) : null, (value) => {
          answers = { ...answers, [id]: value };
          // A follow-up question may appear or disappear: redraw, keeping focus on this choice.
          drawQuestions();
          questions.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)?.focus();
          redrawAdvice();
          hooks.save(answers, note.value);
        }),
      ),
    );
  };

  let pause: ReturnType<typeof setTimeout> | undefined;
  const flushNote = () => {
    if (pause === undefined) return;
    clearTimeout(pause);
    pause = undefined;
    hooks.save(answers, note.value);
  };
  note.addEventListener('input', () => {
    if (pause !== undefined) clearTimeout(pause);
    pause = setTimeout(flushNote, NOTE_PAUSE_MS);
  });
  note.addEventListener('blur', flushNote);
  window.addEventListener('pagehide', flushNote);
  const leave = () => {
    flushNote();
    window.removeEventListener('pagehide', flushNote);
    hooks.back();
  };
  back.addEventListener('click', leave);

  form.append(
    ...present(
      questions,
      el('label', { className: 'note-label', text: t('popupNoteLabel'), attrs: { for: 'note' } }),
      note,
      noteCount,
      why,
      renderTimeline(view.history),
    ),
  );
  section.replaceChildren(
    ...present(
      back,
      heading,
      // LinkedIn shows another name for someone the user answered or wrote about: the name they knew stays, said beside it.
      view.shownAs !== null ? el('p', { className: 'hint shown-as', text: t('popupShownAs', view.shownAs) }) : null,
      el('p', { className: 'person-headline', text: view.headline || t('popupNoHeadline') }),
      view.verified ? el('p', { className: 'person-verified', text: t('popupVerified') }) : null,
      meta ? el('p', { className: 'person-meta', text: meta }) : null,
      view.reask ? reaskNotice(view.reask) : null,
      view.message ? el('h3', { text: t('popupMessageLabel') }) : null,
      view.message ? el('blockquote', { text: view.message }) : null,
      adviceBox,
      form,
    ),
  );
  drawQuestions();
  redrawAdvice();
  section.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    }
  });
  heading.focus();
  return {
    current: () => ({ answers, note: note.value }),
    show: (state) => {
      answers = state.answers;
      if (note.value !== state.note) {
        note.value = state.note;
        countNote();
      }
      const focused =
        document.activeElement instanceof HTMLInputElement && questions.contains(document.activeElement) ? document.activeElement.id : null;
      drawQuestions();
      if (focused) document.getElementById(focused)?.focus();
      redrawAdvice();
    },
  };
}

/** Why the insider questions are asked again: the headline when the user answered, and now. */
function reaskNotice(reask: { then: string; now: string }): HTMLElement {
  return el('div', { className: 'notice reask', attrs: { id: 'reask' } }, [
    el('p', { className: 'reask-why', text: t('reasonNextNowInsider') }),
    el('p', { className: 'reask-then', text: t('popupReaskThen', reask.then || t('popupNoHeadline')) }),
    el('p', { className: 'reask-now', text: t('popupReaskNow', reask.now || t('popupNoHeadline')) }),
  ]);
}

/** A question (core/questions.ts); the insider question also carries the pre-fill hint, or the "add your company" prompt. */
function questionFieldset(
  id: QuestionId,
  current: string | undefined,
  extra: 'guessed' | HTMLElement | null,
  onChoose: (value: string) => void,
) {
  const spec = QUESTION[id];
  const choices = el('div', { className: 'choices' });
  for (const [value, label] of spec.choices) {
    const input = el('input', { attrs: { type: 'radio', name: id, value, id: `${id}-${value}` } });
    input.checked = current === value;
    input.addEventListener('change', () => onChoose(value));
    choices.append(el('label', { attrs: { for: input.id } }, [input, t(label)]));
  }
  return el('fieldset', { attrs: { 'data-question': id } }, [
    el('legend', { text: t(spec.label) }),
    choices,
    extra === 'guessed' ? el('p', { className: 'hint', text: t('popupSuggested') }) : extra,
  ]);
}

/**
 * The suggestion strip (fixed height: the verdict and what it rests on, or the question to answer
 * next) and, below the note, every reason and tip.
 */
function drawAdvice(strip: HTMLElement, why: HTMLElement, advice: Advice): void {
  strip.className = `advice ${advice.verdict}`;
  strip.setAttribute('data-verdict', advice.verdict);
  strip.replaceChildren(
    // The verdict is the strip's heading; the strip itself is labelled "Suggestion".
    el('h3', { className: 'verdict', text: verdictText(advice.verdict) }),
    el('p', { className: 'summary', text: t(advice.reasons[0] ?? '') }),
  );
  why.replaceChildren(
    ...present(
      el('h3', { text: t('popupReasons') }),
      el(
        'ul',
        {},
        advice.reasons.map((key) => el('li', { text: t(key) })),
      ),
      advice.tips.length > 0 ? el('h3', { text: t('popupTips') }) : null,
      advice.tips.length > 0
        ? el(
            'ul',
            {},
            advice.tips.map((key) => el('li', { text: t(key) })),
          )
        : null,
    ),
  );
}
