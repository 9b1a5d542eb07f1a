import { api } from '../ui/api';
import { setUpCompaniesForm } from '../ui/companies-form';
import { errorText } from '../ui/errors';
import { localizePage, t } from '../ui/i18n';
import { setUpDataSection } from './data';

// Options: the user's companies, popup-only mode, and their data (export, import, delete all).

const form = document.getElementById('companies-form') as HTMLFormElement;
const textarea = document.getElementById('companies') as HTMLTextAreaElement;
const status = document.getElementById('companies-status') as HTMLParagraphElement;
const alertBox = document.getElementById('companies-error') as HTMLParagraphElement;

const popupOnly = document.getElementById('popup-only') as HTMLInputElement;
const popupOnlyStatus = document.getElementById('popup-only-status') as HTMLParagraphElement;
const popupOnlyAlert = document.getElementById('popup-only-error') as HTMLParagraphElement;

setUpCompaniesForm({ form, textarea, status, alert: alertBox });

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
    popupOnlyAlert.textContent = errorText(error, 'save-settings');
  }
});

async function loadSettings(): Promise<void> {
  try {
    const settings = await api.settings();
    textarea.value = settings.companies.join('\n');
    popupOnly.checked = settings.popupOnly;
  } catch (error) {
    alertBox.textContent = errorText(error, 'read-settings');
  }
}

async function start(): Promise<void> {
  localizePage(document);
  setUpDataSection(loadSettings);
  await loadSettings();
}

void start();
