import { api } from '../ui/api';
import { setUpCompaniesForm } from '../ui/companies-form';
import { errorText } from '../ui/errors';
import { localizePage, t } from '../ui/i18n';
import { pendingListIn } from '../ui/pending-list';
import { onStoreChanged } from '../ui/store-changes';
import { setUpDataSection } from './data';

// Options: the user's companies, the invitations waiting for a decision, popup-only mode, and
// their data (export, import, delete all).

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

const pendingList = document.getElementById('pending-list') as HTMLUListElement;
const pendingNone = document.getElementById('pending-none') as HTMLParagraphElement;
const pendingError = document.getElementById('pending-error') as HTMLParagraphElement;

/**
 * The people left pending, oldest first (issue 14), with "I've decided, stop showing". A row the
 * user just dismissed keeps its Undo: the list is not redrawn under it while it shows.
 */
const pending = pendingListIn(pendingList, {
  dismiss: async (view, dismissed) => void (await api.dismiss(view.profile, dismissed)),
  failed: (error) => (pendingError.textContent = errorText(error, 'dismiss')),
});
async function loadPending(): Promise<void> {
  try {
    const people = await api.pending();
    pendingError.textContent = '';
    pending.draw(people, Date.now());
    pendingNone.hidden = pendingList.childElementCount > 0;
  } catch (error) {
    pendingError.textContent = errorText(error, 'read-pending');
  }
}

async function start(): Promise<void> {
  localizePage(document);
  setUpDataSection(loadSettings);
  // Answers given in a popup, an import, a company added (a re-ask): the list follows.
  onStoreChanged(() => void loadPending());
  await Promise.all([loadSettings(), loadPending()]);
}

void start();
