import { LIMITS } from '../core/text';
import { api } from './api';
import { errorText } from './errors';
import { t } from './i18n';

// The "your companies" form, on the options page and on the onboarding page: one company per line.
// The names only pre-fill "Do they work at your company?" from headlines; answers stay the user's.

interface CompaniesForm {
  form: HTMLFormElement;
  textarea: HTMLTextAreaElement;
  status: HTMLElement;
  alert: HTMLElement;
}

function companiesIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function setUpCompaniesForm({ form, textarea, status, alert }: CompaniesForm): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    alert.textContent = '';
    const companies = companiesIn(textarea.value);
    if (companies.length > LIMITS.companies) {
      alert.textContent = t('optionsTooMany', String(LIMITS.companies));
      return;
    }
    try {
      const saved = await api.saveSettings({ companies });
      textarea.value = saved.companies.join('\n');
      status.textContent = t('optionsSaved');
    } catch (error) {
      alert.textContent = errorText(error, 'save-settings');
    }
  });
}
