import type { ImportError } from '../core/backup';
import { t } from './i18n';

// Every error an extension page shows, said as sentences in the user's language: what did not
// happen, then why and what to do. The raw text of an error (the browser's "Resource::kQuotaBytes
// quota exceeded", a worker's "Receiving end does not exist") is never the message: it is read
// here to tell the kind of error, and only an error of no known kind shows it, shortened, as a
// technical detail at the end for a bug report.
//
// Errors reach the pages from three places: the browser (storage, messaging), the background
// (whose rejections arrive as Error(message) only: names and classes do not cross messaging), and
// the pages themselves (PageError, NoAnswerError). A file refused by an import is not thrown: its
// ImportError, with the code core/backup.ts gives it, is said here too.

/** What kind of error it is: each has one sentence saying why, and what to do. */
export type ErrorKind = 'storage-full' | 'no-answer' | 'reloaded' | 'newer-data' | 'import' | 'refused' | 'other';

/** A message key in _locales and its substitutions. */
export interface Message {
  key: string;
  substitutions: string[];
}

/** An error's kind, the sentence saying it, and for an error of no known kind its raw text, shortened. */
export interface ErrorDescription {
  kind: ErrorKind;
  message: Message;
  detail: string | null;
}

/** A refusal the page says in its own words (a message key), thrown to reach the same place as any error. */
export class PageError extends Error {
  constructor(
    readonly key: string,
    readonly substitutions: string[] = [],
  ) {
    super(key);
    this.name = 'PageError';
  }
}

/** The background gave no answer (src/ui/api.ts): its worker did not start, or it dropped the request. */
export class NoAnswerError extends Error {
  constructor() {
    super('The background gave no answer');
    this.name = 'NoAnswerError';
  }
}

/** What the page was doing when it failed: each says, first, what did not happen. */
export type Attempt =
  | 'save-answers'
  | 'add-company'
  | 'read-tab'
  | 'open-person'
  | 'search'
  | 'read-pending'
  | 'dismiss'
  | 'page-report'
  | 'save-settings'
  | 'read-settings'
  | 'storage-use'
  | 'export'
  | 'import'
  | 'delete';

const ATTEMPT_FAILED: Record<Attempt, string> = {
  'save-answers': 'failedSaveAnswers',
  'add-company': 'failedAddCompany',
  'read-tab': 'failedReadTab',
  'open-person': 'failedOpenPerson',
  search: 'failedSearch',
  'read-pending': 'failedReadPending',
  dismiss: 'failedDismiss',
  'page-report': 'failedPageReport',
  'save-settings': 'failedSaveSettings',
  'read-settings': 'failedReadSettings',
  'storage-use': 'failedStorageUse',
  export: 'failedExport',
  import: 'failedImport',
  delete: 'failedDelete',
};

/**
 * The raw texts of each kind, as the browsers word them. Storage full: Chrome's storage.local and
 * storage.sync ("QUOTA_BYTES quota exceeded", "Resource::kQuotaBytes quota exceeded",
 * "Resource::kQuotaBytesPerItem quota exceeded"), storage.session ("Session storage quota bytes
 * exceeded"), Firefox ("QuotaExceededError: storage.local API call exceeded its quota
 * limitations.", a DOMException named QuotaExceededError). The extension reloaded or updated under
 * the page: "Extension context invalidated.", "Could not establish connection. Receiving end does
 * not exist." (nobody listens any more). No answer: a worker stopped mid-request ("…the message
 * channel closed before a response was received", Firefox's "Message manager disconnected").
 * Newer data: the background's NewerSchemaError (src/background/migrations.ts), which arrives as
 * its message only; tests/unit/error-messages.test.ts keeps the two in step.
 */
const RAW: Array<[kind: 'storage-full' | 'reloaded' | 'no-answer' | 'newer-data', pattern: RegExp]> = [
  ['storage-full', /quota/i],
  ['reloaded', /extension context invalidated|receiving end does not exist|could not establish connection/i],
  ['no-answer', /message channel closed|message port closed|message manager disconnected/i],
  ['newer-data', /newer than this build knows/i],
];

const KIND_MESSAGE: Record<'storage-full' | 'no-answer' | 'reloaded' | 'newer-data', string> = {
  'storage-full': 'errorStorageFull',
  'no-answer': 'errorNoAnswer',
  reloaded: 'errorReloaded',
  'newer-data': 'errorNewerData',
};

const IMPORT_CODES: ReadonlySet<string> = new Set<ImportError['code']>([
  'TooLarge',
  'Empty',
  'NotJson',
  'NotExport',
  'NewerVersion',
  'Invalid',
  'Duplicate',
  'TooLong',
]);

/** The longest raw text shown as a technical detail: enough to search for, short enough to read past. */
const DETAIL_LIMIT = 120;

function isImportError(error: unknown): error is ImportError {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && IMPORT_CODES.has(String((error as ImportError).code));
}

/** The raw text of anything thrown: an Error's name and message, a DOMException's name, or the value itself. */
function rawText(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    const { name, message } = error as Error;
    return name && name !== 'Error' && !message.includes(name) ? `${name}: ${message}` : message || name;
  }
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return error === undefined ? '' : String(error);
}

function shortened(text: string): string | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return null;
  return line.length > DETAIL_LIMIT ? `${line.slice(0, DETAIL_LIMIT - 1)}…` : line;
}

/** What kind of error this is, and the sentence that says why and what to do. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof PageError) return { kind: 'refused', message: { key: error.key, substitutions: error.substitutions }, detail: null };
  if (isImportError(error)) {
    return { kind: 'import', message: { key: `importError${error.code}`, substitutions: [error.where ?? ''] }, detail: null };
  }
  if (error instanceof NoAnswerError)
    return { kind: 'no-answer', message: { key: KIND_MESSAGE['no-answer'], substitutions: [] }, detail: null };
  const raw = rawText(error);
  for (const [kind, pattern] of RAW) {
    if (pattern.test(raw)) return { kind, message: { key: KIND_MESSAGE[kind], substitutions: [] }, detail: null };
  }
  return { kind: 'other', message: { key: 'errorOther', substitutions: [] }, detail: shortened(raw) };
}

/**
 * The whole text to show: what did not happen (`attempt`), then why and what to do, then for an
 * unknown error its technical detail. A refused import file is said by its own message alone,
 * which already says that nothing was changed.
 */
export function errorText(error: unknown, attempt: Attempt): string {
  const { kind, message, detail } = describeError(error);
  const why = t(message.key, message.substitutions);
  if (kind === 'import') return why;
  return [t(ATTEMPT_FAILED[attempt]), why, detail === null ? null : t('errorDetail', detail)].filter(Boolean).join(' ');
}
