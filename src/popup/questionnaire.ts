import { adviseFor, applicableQuestions } from '../core/advice';
import { effectiveAnswers, type InviterView } from '../core/inviter-view';
import { LIMITS } from '../core/text';
import type { Advice, Answers, QuestionId } from '../core/types';
import { el, present } from '../ui/dom';
import { count, t, verdictText } from '../ui/i18n';

// One inviter's questions, note and suggestion. The suggestion is recomputed here on every change
// for an instant answer, and every change is handed to `save` at once (the note after a short
// pause in typing, and immediately when the field loses focus or the popup closes).

const QUESTIONS: Record<QuestionId, { label: string; choices: Array<[string, string]> }> = {
  knows: { label: 'qKnows', choices: [['yes', 'aYes'], ['no', 'aNo']] },
  trusts: { label: 'qTrusts', choices: [['yes', 'aYes'], ['no', 'aNo'], ['unsure', 'aUnsure']] },
  insider: {
    label: 'qInsider',
    choices: [
      ['no', 'aInsiderNo'],
      ['colleague', 'aInsiderColleague'],
      ['hr', 'aInsiderHr'],
      ['leadership', 'aInsiderLeadership'],
    ],
  },
  visibilityWorry: { label: 'qVisibilityWorry', choices: [['yes', 'aYes'], ['no', 'aNo']] },
  hesitates: { label: 'qHesitates', choices: [['yes', 'aYes'], ['no', 'aNo']] },
};

const NOTE_PAUSE_MS = 400;

export interface QuestionnaireHooks {
  save(answers: Answers, note: string): void;
  back(): void;
}

export function renderQuestionnaire(section: HTMLElement, view: InviterView, hooks: QuestionnaireHooks): void {
  // Answers as stored, with the insider guess shown as the pre-filled choice.
  let answers: Answers = effectiveAnswers(view.answers, view.suggestedInsider);
  let insiderGuessed = view.answers.insider === undefined && view.suggestedInsider !== null;

  const back = el('button', { className: 'link back', text: t('popupBack'), attrs: { type: 'button' } });
  const heading = el('h2', { text: view.name, attrs: { tabindex: '-1', id: 'inviter-name' } });
  const meta = [view.mutual, view.age].filter(Boolean).join(' · ');
  const form = el('form', { attrs: { id: 'questions', 'aria-labelledby': 'inviter-name' } });
  form.addEventListener('submit', (event) => event.preventDefault());
  const questions = el('div', { className: 'questions' });
  const note = el('textarea', { attrs: { id: 'note', maxlength: String(LIMITS.note), 'aria-describedby': 'note-hint' } });
  note.value = view.note;
  // How much room is left, said quietly; when the note is full, said plainly (typing stops there).
  const noteCount = el('p', { className: 'hint', attrs: { id: 'note-hint' } });
  const countNote = () => {
    const full = note.value.length >= LIMITS.note;
    noteCount.textContent = full ? t('popupNoteFull', count(LIMITS.note)) : t('popupNoteCount', [count(note.value.length), count(LIMITS.note)]);
    noteCount.classList.toggle('full', full);
    noteCount.setAttribute('role', full ? 'alert' : 'note');
  };
  countNote();
  note.addEventListener('input', countNote);
  const adviceBox = el('section', { attrs: { id: 'advice', 'aria-live': 'polite', 'aria-labelledby': 'advice-heading' } });

  const drawQuestions = () => {
    questions.replaceChildren(
      ...applicableQuestions(answers).map((id) =>
        questionFieldset(id, answers[id], id === 'insider' && insiderGuessed, (value) => {
          answers = { ...answers, [id]: value };
          if (id === 'insider') insiderGuessed = false;
          // A follow-up question may appear or disappear: redraw, keeping focus on this choice.
          drawQuestions();
          questions.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)?.focus();
          drawAdvice(adviceBox, adviseFor(answers));
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
    questions,
    el('label', { className: 'note-label', text: t('popupNoteLabel'), attrs: { for: 'note' } }),
    note,
    noteCount,
  );
  section.replaceChildren(
    ...present(
    back,
    heading,
    el('p', { className: 'person-headline', text: view.headline || t('popupNoHeadline') }),
    meta ? el('p', { className: 'person-meta', text: meta }) : null,
    view.message ? el('h3', { text: t('popupMessageLabel') }) : null,
    view.message ? el('blockquote', { text: view.message }) : null,
    adviceBox,
    form,
    ),
  );
  drawQuestions();
  drawAdvice(adviceBox, adviseFor(answers));
  section.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    }
  });
  heading.focus();
}

function questionFieldset(id: QuestionId, current: string | undefined, guessed: boolean, onChoose: (value: string) => void) {
  const spec = QUESTIONS[id];
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
    guessed ? el('p', { className: 'hint', text: t('popupSuggested') }) : null,
  ]);
}

function drawAdvice(box: HTMLElement, advice: Advice): void {
  box.className = `advice ${advice.verdict}`;
  box.setAttribute('data-verdict', advice.verdict);
  box.replaceChildren(
    ...present(
    el('h3', { text: t('popupSuggestion'), attrs: { id: 'advice-heading' } }),
    el('p', { className: 'verdict', text: verdictText(advice.verdict) }),
    el('h3', { text: t('popupReasons') }),
    el('ul', {}, advice.reasons.map((key) => el('li', { text: t(key) }))),
    advice.tips.length > 0 ? el('h3', { text: t('popupTips') }) : null,
    advice.tips.length > 0 ? el('ul', {}, advice.tips.map((key) => el('li', { text: t(key) }))) : null,
    ),
  );
}
