import type { HistoryEntry } from '../core/history';
import { timeline } from '../core/history';
import { QUESTION } from '../core/questions';
import { el } from './dom';
import { dateText, t, verdictText } from './i18n';

// A person's decision history as a short timeline (issue 14, part 4), newest first: the date in
// the user's language, what the user answered (each question changed and its new answer, in the
// questionnaire's own words), and what Know & Trust suggested then. A re-ask says why, with the
// headline then and now. Text only: headlines come from LinkedIn's page.

/** How many lines the popup shows; the rest are in the export (the record keeps HISTORY_CAP). */
const SHOWN = 5;

export function renderTimeline(history: readonly HistoryEntry[]): HTMLElement | null {
  const items = timeline(history);
  if (items.length === 0) return null;
  const list = el(
    'ol',
    { className: 'timeline', attrs: { 'aria-labelledby': 'timeline-heading' } },
    items.slice(0, SHOWN).map((item) => {
      const when = el('time', { text: dateText(item.at), attrs: { datetime: new Date(item.at).toISOString() } });
      const what =
        item.kind === 'reasked'
          ? t('timelineReasked', [item.headlines?.before || t('popupNoHeadline'), item.headlines?.now || t('popupNoHeadline')])
          : item.changed.length === 0
            ? t('timelineNothing')
            : item.changed.map(({ question, answer }) => `${t(QUESTION[question].label)} ${answerText(question, answer)}`).join(' · ');
      return el('li', { attrs: { 'data-kind': item.kind } }, [
        when,
        ' ',
        el('span', { className: 'timeline-what', text: what }),
        ' ',
        el('span', { className: 'timeline-verdict', text: t('timelineVerdict', verdictText(item.verdict)) }),
      ]);
    }),
  );
  return el('section', { className: 'history', attrs: { 'aria-labelledby': 'timeline-heading' } }, [
    el('h3', { text: t('timelineHeading'), attrs: { id: 'timeline-heading' } }),
    list,
  ]);
}

function answerText(question: keyof typeof QUESTION, answer: string | undefined): string {
  if (answer === undefined) return t('timelineCleared');
  const choice = (QUESTION[question].choices as readonly (readonly [string, string])[]).find(([value]) => value === answer);
  return choice ? `→ ${t(choice[1])}` : answer;
}
