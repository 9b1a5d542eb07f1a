import { MAX_IMPORT_BYTES, type ExportFile, type ImportMode } from '../core/backup';
import { RETENTION } from '../core/retention';
import { api } from '../ui/api';
import { errorText } from '../ui/errors';
import { onStoreChanged } from '../ui/store-changes';
import { byteSize, count, t, tPlural } from '../ui/i18n';

// "Your data": the storage figure, export, import and delete-all. Every outcome is said in words:
// progress and success in a status line, refusals in an alert, and a refused import says that
// nothing was changed (the background checked the whole file before writing anything).

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('data-status');
const alertBox = $<HTMLParagraphElement>('data-error');

function say(text: string, isError = false): void {
  status.textContent = isError ? '' : text;
  alertBox.textContent = isError ? text : '';
}

/**
 * Who is stored, and for how long: the people the user answered or wrote about (kept until they
 * delete them), the people only seen on a page (kept under the retention rule, core/retention.ts),
 * and what could not be read and is kept aside (core/set-aside.ts).
 */
async function showStorageUse(): Promise<void> {
  const figure = $<HTMLParagraphElement>('storage-used');
  const seen = $<HTMLParagraphElement>('storage-seen');
  const space = $<HTMLParagraphElement>('storage-space');
  const aside = $<HTMLParagraphElement>('storage-set-aside');
  try {
    const use = await api.storageUse();
    figure.textContent = tPlural('optionsPeopleOwn', use.own);
    seen.textContent = tPlural('optionsPeopleSeen', use.seen, [count(use.seen), count(RETENTION.seenDays), count(RETENTION.seenMax)]);
    space.textContent =
      use.quota !== null
        ? t('optionsSpaceUsedQuota', [byteSize(use.bytes), byteSize(use.quota)])
        : t('optionsSpaceUsed', byteSize(use.bytes));
    const lines = [
      use.setAside.unreadable > 0 ? tPlural('optionsSetAsideUnreadable', use.setAside.unreadable) : '',
      use.setAside.upgrade > 0 ? tPlural('optionsSetAsideUpgrade', use.setAside.upgrade) : '',
    ].filter(Boolean);
    aside.textContent = lines.join(' ');
    aside.hidden = lines.length === 0;
  } catch (error) {
    figure.textContent = errorText(error, 'storage-use');
  }
}

async function exportAll(): Promise<void> {
  try {
    const file: ExportFile = await api.exportData();
    const name = `know-and-trust-${file.exportedAt.slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    // Our own link on our own page: the browser's download, no permission needed.
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const unreadable = file.setAside.length;
    say(
      [
        tPlural('optionsExported', file.inviters.length, [count(file.inviters.length), name]),
        unreadable > 0 ? tPlural('optionsExportedSetAside', unreadable) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  } catch (error) {
    say(errorText(error, 'export'), true);
  }
}

async function importFile(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const file = $<HTMLInputElement>('import-file').files?.[0];
  if (!file) return say(t('optionsImportNoFile'), true);
  // Refuse before reading: a huge file should not even be loaded into memory.
  if (file.size > MAX_IMPORT_BYTES) return say(errorText({ code: 'TooLarge' }, 'import'), true);
  const mode = (document.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value ?? 'merge') as ImportMode;
  const button = $<HTMLButtonElement>('import');
  button.disabled = true;
  say(t('optionsImporting'));
  try {
    const outcome = await api.importData(await file.text(), mode);
    if (outcome.ok) {
      await onSettingsChanged();
      const { written, removed, total } = outcome;
      say(
        t('optionsImported', [
          tPlural('optionsImportedWritten', written),
          tPlural('optionsImportedRemoved', removed),
          tPlural('optionsImportedTotal', total),
        ]),
      );
    } else {
      say(errorText(outcome.error, 'import'), true);
    }
  } catch (error) {
    say(errorText(error, 'import'), true);
  } finally {
    button.disabled = false;
    await showStorageUse();
  }
}

function askToDeleteAll(): void {
  const dialog = $<HTMLDialogElement>('confirm-delete');
  dialog.returnValue = '';
  dialog.showModal();
  // Cancel is focused first: the safe choice is the default one.
  $<HTMLButtonElement>('confirm-delete-no').focus();
}

async function onDeleteDialogClosed(): Promise<void> {
  const dialog = $<HTMLDialogElement>('confirm-delete');
  if (dialog.returnValue !== 'delete') return say(t('optionsDeleteCancelled'));
  try {
    await api.deleteAll();
    await onSettingsChanged();
    say(t('optionsDeleted'));
  } catch (error) {
    say(errorText(error, 'delete'), true);
  }
  await showStorageUse();
  $<HTMLButtonElement>('delete-all').focus();
}

/** Called after an import or a delete-all changed the settings under the page's feet. */
let onSettingsChanged: () => Promise<void> = async () => undefined;

export function setUpDataSection(settingsChanged: () => Promise<void>): void {
  onSettingsChanged = settingsChanged;
  $<HTMLButtonElement>('export').addEventListener('click', () => void exportAll());
  $<HTMLFormElement>('import-form').addEventListener('submit', (event) => void importFile(event));
  $<HTMLButtonElement>('delete-all').addEventListener('click', askToDeleteAll);
  $<HTMLDialogElement>('confirm-delete').addEventListener('close', () => void onDeleteDialogClosed());
  void showStorageUse();
  // Another page saved, imported or deleted: the figures follow.
  onStoreChanged(() => void showStorageUse());
}
