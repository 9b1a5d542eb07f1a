import { LIMITS } from '../core/text';
import { api } from '../ui/api';
import { localizePage, t } from '../ui/i18n';
import { setUpDataSection } from './data';

// Options: the user's own companies, one per line. They only serve to pre-fill "Do they work at
// your company?" from an inviter's headline; the user can still change every answer.

const form = document.getElementById('companies-form') as HTMLFormElement;
const textarea = document.getElementById('companies') as HTMLTextAreaElement;
const status = document.getElementById('companies-status') as HTMLParagraphElement;
const alertBox = document.getElementById('companies-error') as HTMLParagraphElement;

const popupOnly = document.getElementById('popup-only') as HTMLInputElement;
const popupOnlyStatus = document.getElementById('popup-only-status') as HTMLParagraphElement;
const popupOnlyAlert = document.getElementById('popup-only-error') as HTMLParagraphElement;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function companiesIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '';
  alertBox.textContent = '';
  const companies = companiesIn(textarea.value);
  if (companies.length > LIMITS.companies) {
    alertBox.textContent = t('optionsTooMany', String(LIMITS.companies));
    return;
  }
  try {
    const saved = await api.saveSettings({ companies });
    textarea.value = saved.companies.join('\n');
    status.textContent = t('optionsSaved');
  } catch (error) {
    alertBox.textContent = t('optionsSaveFailed', errorText(error));
  }
});

// Saved as soon as it is switched, like the popup's answers; open LinkedIn tabs follow at once.
popupOnly.addEventListener('change', async () => {
  popupOnlyStatus.textContent = '';
  popupOnlyAlert.textContent = '';
  const wanted = popupOnly.checked;
  try {
    const saved = await api.saveSettings({ popupOnly: wanted });
    popupOnly.checked = saved.popupOnly;
    popupOnlyStatus.textContent = t(saved.popupOnly ? 'optionsPopupOnlyOn' : 'optionsPopupOnlyOff');
  } catch (error) {
    popupOnly.checked = !wanted;
    popupOnlyAlert.textContent = t('optionsSaveFailed', errorText(error));
  }
});

async function loadSettings(): Promise<void> {
  try {
    const settings = await api.settings();
    textarea.value = settings.companies.join('\n');
    popupOnly.checked = settings.popupOnly;
  } catch (error) {
    alertBox.textContent = t('popupError', errorText(error));
  }
}

async function start(): Promise<void> {
  localizePage(document);
  setUpDataSection(loadSettings);
  await loadSettings();
}

void start();
