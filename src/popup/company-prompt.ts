import { LIMITS } from '../core/text';
import { el } from '../ui/dom';
import { errorText } from '../ui/errors';
import { t } from '../ui/i18n';

// Beside "Do they work at your company?" when the user has listed no company: nothing can be
// pre-filled from headlines, so say so and let them add one without leaving the popup. The same
// list as in the options; the answer itself stays the user's.

type AddOutcome = 'prefilled' | 'no-match' | 'answered';
const OUTCOME_MESSAGE: Record<AddOutcome, string> = {
  prefilled: 'popupCompanyAddedPrefilled',
  'no-match': 'popupCompanyAddedNoMatch',
  answered: 'popupCompanyAdded',
};

/**
 * @param add saves one more company, resolving to the whole list as stored
 * @param added called with that list; says whether the headline now pre-fills the answer, names
 *   none of them, or the user had answered already
 */
export function companyPrompt(add: (name: string) => Promise<string[]>, added: (companies: string[]) => AddOutcome): HTMLElement {
  const text = el('p', { className: 'hint', text: t('popupNoCompanies'), attrs: { id: 'company-prompt-text', role: 'status' } });
  const input = el('input', {
    attrs: {
      id: 'add-company',
      type: 'text',
      autocomplete: 'organization',
      maxlength: String(LIMITS.company),
      placeholder: t('popupCompanyPlaceholder'),
      'aria-describedby': 'company-prompt-text',
    },
  });
  const button = el('button', { className: 'action', text: t('popupCompanyAdd'), attrs: { type: 'button', id: 'add-company-button' } });

  const submit = async () => {
    const name = input.value.replace(/\s+/g, ' ').trim();
    text.classList.remove('error');
    if (!name) {
      text.textContent = t('popupCompanyEmpty');
      text.classList.add('error');
      input.focus();
      return;
    }
    button.disabled = true;
    try {
      const companies = await add(name);
      input.value = '';
      text.textContent = t(OUTCOME_MESSAGE[added(companies)], name);
    } catch (error) {
      text.textContent = errorText(error, 'add-company');
      text.classList.add('error');
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void submit());
  // Enter in the field adds the company (the questions' form itself never submits).
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void submit();
  });

  return el('div', { className: 'company-prompt', attrs: { id: 'company-prompt' } }, [
    text,
    el('div', { className: 'add-company' }, [
      el('label', { className: 'visually-hidden', text: t('popupCompanyLabel'), attrs: { for: 'add-company' } }),
      input,
      button,
    ]),
  ]);
}
