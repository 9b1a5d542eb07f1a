import { api } from '../ui/api';
import { setUpCompaniesForm } from '../ui/companies-form';
import { errorText } from '../ui/errors';
import { localizePage } from '../ui/i18n';

// The page opened once, on install: the idea in four points, the privacy promise, and the one
// setting worth making now (the user's companies), so the first badges are already informed.

const form = document.getElementById('companies-form') as HTMLFormElement;
const textarea = document.getElementById('companies') as HTMLTextAreaElement;
const status = document.getElementById('companies-status') as HTMLParagraphElement;
const alertBox = document.getElementById('companies-error') as HTMLParagraphElement;

localizePage(document);
setUpCompaniesForm({ form, textarea, status, alert: alertBox });
void api
  .settings()
  .then((settings) => {
    textarea.value = settings.companies.join('\n');
  })
  .catch((error: unknown) => {
    // Saving now would replace companies the page could not show: say so instead of an empty field.
    alertBox.textContent = errorText(error, 'read-settings');
  });
