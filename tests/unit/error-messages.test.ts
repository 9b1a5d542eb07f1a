import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every error the extension pages show is said by src/ui/errors.ts: what did not happen, then why
// and what to do, in the user's language; the browser's raw words only tell the kind of error.
// Checked against the real messages of each locale (Chrome's getMessage, as locales.test.ts has it).

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const LOCALES = ['en', 'fr', 'de', 'es'] as const;
type Locale = (typeof LOCALES)[number];
const root = join(__dirname, '..', '..');
const all = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8'))]),
) as Record<Locale, Record<string, Message>>;

function useLocale(locale: Locale): void {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const entry = all[locale][key] ?? all.en[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  }) as never;
}

const { describeError, errorText, NoAnswerError, PageError } = await import('../../src/ui/errors');
const { NewerSchemaError } = await import('../../src/background/migrations');

/** What each browser and the background throw, by kind: the words the pages can meet. */
const RAW_ERRORS = {
  'storage-full': [
    new Error('QUOTA_BYTES quota exceeded'),
    new Error('Resource::kQuotaBytes quota exceeded'),
    new Error('Resource::kQuotaBytesPerItem quota exceeded'),
    new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    new Error('Session storage quota bytes exceeded. Values were not stored.'),
    new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.'),
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    Object.assign(new Error('The operation failed'), { name: 'QuotaExceededError' }),
  ],
  'no-answer': [
    new NoAnswerError(),
    new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    ),
    new Error('Message manager disconnected'),
  ],
  reloaded: [new Error('Extension context invalidated.'), new Error('Could not establish connection. Receiving end does not exist.')],
  'newer-data': [new Error(new NewerSchemaError(7, 1).message)],
} as const;

describe('describeError: the kind of every error the pages can meet', () => {
  it.each(Object.entries(RAW_ERRORS).flatMap(([kind, errors]) => errors.map((error) => [kind, error] as const)))(
    '%s: %s',
    (kind, error) => {
      const described = describeError(error);
      expect(described.kind).toBe(kind);
      // A known kind never shows the browser's words.
      expect(described.detail).toBeNull();
    },
  );

  it('an import file refused: its code names its message, with where in the file', () => {
    expect(describeError({ code: 'NotJson' })).toEqual({
      kind: 'import',
      message: { key: 'importErrorNotJson', substitutions: [''] },
      detail: null,
    });
    expect(describeError({ code: 'Invalid', where: 'inviters[3].answers' }).message).toEqual({
      key: 'importErrorInvalid',
      substitutions: ['inviters[3].answers'],
    });
  });

  it('a refusal the page words itself keeps its key and substitutions', () => {
    expect(describeError(new PageError('optionsTooMany', ['50']))).toEqual({
      kind: 'refused',
      message: { key: 'optionsTooMany', substitutions: ['50'] },
      detail: null,
    });
  });

  it('anything else: a sentence of its own, with the raw text as a short detail', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({
      kind: 'other',
      message: { key: 'errorOther', substitutions: [] },
      detail: 'TypeError: x is undefined',
    });
    expect(describeError('a string thrown').detail).toBe('a string thrown');
    expect(describeError({ message: 'a plain object' }).detail).toBe('a plain object');
    expect(describeError(undefined)).toEqual({ kind: 'other', message: { key: 'errorOther', substitutions: [] }, detail: null });
    const long = describeError(new Error(`Failed\n  at ${'x'.repeat(500)}`)).detail!;
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/^Failed at x+…$/);
  });
});

describe('errorText: what did not happen, why, and what to do, in the user’s language', () => {
  beforeEach(() => useLocale('en'));

  it('says each kind in English', () => {
    expect(errorText(new Error('Resource::kQuotaBytes quota exceeded'), 'save-answers')).toBe(
      'Your answers were not saved; they are still in this form. Storage is full: Know & Trust has used all the space this browser ' +
        'gives it. Shorten long notes, then try again; the options page shows the space used, under “Your data”.',
    );
    expect(errorText(new NoAnswerError(), 'read-tab')).toBe(
      'This tab could not be read. Know & Trust did not answer in time. Try again in a moment; if it keeps happening, restart the browser.',
    );
    expect(errorText(new Error('Extension context invalidated.'), 'save-settings')).toBe(
      'This was not saved; nothing was changed. Know & Trust was updated or restarted in the meantime. Close this window or tab and open it again.',
    );
    expect(errorText(new Error(new NewerSchemaError(7, 1).message), 'read-settings')).toBe(
      'Your settings could not be read. Your data was saved by a newer version of Know & Trust; this version leaves it untouched. ' +
        'Update Know & Trust to its latest version.',
    );
    expect(errorText({ code: 'Empty' }, 'import')).toBe('This file is empty. Nothing was changed.');
    expect(errorText(new PageError('optionsTooMany', ['50']), 'add-company')).toBe(
      'The company was not added. At most 50 companies, please.',
    );
    expect(errorText(new Error('Unexpected token < in JSON'), 'export')).toBe(
      'Nothing was exported. Try again; if it keeps happening, turn Know & Trust off and on again on the browser’s extensions page. ' +
        '(Technical detail: Unexpected token < in JSON)',
    );
  });

  it('says each kind in French, with French typography', () => {
    useLocale('fr');
    expect(errorText(new Error('QUOTA_BYTES quota exceeded'), 'save-answers')).toBe(
      'Vos réponses n’ont pas été enregistrées\u202F; elles sont toujours dans ce formulaire. Le stockage est plein\u00A0: Know & Trust ' +
        'a utilisé toute la place que ce navigateur lui accorde. Raccourcissez les notes longues, puis réessayez\u202F; la page des ' +
        'options indique l’espace utilisé, sous «\u00A0Vos données\u00A0».',
    );
    expect(errorText(new NoAnswerError(), 'search')).toBe(
      'La recherche n’a pas abouti. Know & Trust n’a pas répondu à temps. Réessayez dans un instant\u202F; si cela se reproduit, redémarrez le navigateur.',
    );
    expect(errorText(new Error('Could not establish connection. Receiving end does not exist.'), 'open-person')).toBe(
      'La fiche de cette personne n’a pas pu être ouverte. Know & Trust a été mis à jour ou redémarré entre-temps. Fermez puis rouvrez cette fenêtre ou cet onglet.',
    );
    expect(errorText(new Error(new NewerSchemaError(2, 1).message), 'storage-use')).toBe(
      'L’espace utilisé n’a pas pu être mesuré. Vos données ont été enregistrées par une version plus récente de Know & Trust\u202F; ' +
        'cette version n’y touche pas. Mettez Know & Trust à jour vers sa dernière version.',
    );
    expect(errorText({ code: 'Duplicate', where: 'inviters[2].profile' }, 'import')).toBe(
      'Ce fichier contient deux fois la même personne (inviters[2].profile). Rien n’a été modifié.',
    );
    expect(errorText(new PageError('errorPageReportUnavailable'), 'page-report')).toBe(
      'Aucun rapport de page n’a été préparé. La page LinkedIn n’a pas répondu\u00A0: rechargez l’onglet LinkedIn, puis réessayez.',
    );
    expect(errorText(new RangeError('bad'), 'delete')).toBe(
      'La suppression ne s’est pas terminée. Réessayez\u202F; si cela se reproduit, désactivez puis réactivez Know & Trust dans la page ' +
        'des extensions du navigateur. (Détail technique\u00A0: RangeError: bad)',
    );
  });

  it.each(LOCALES)('%s: every attempt and every kind makes whole sentences, none with the browser’s own words', (locale) => {
    useLocale(locale);
    const attempts = [
      'save-answers',
      'add-company',
      'read-tab',
      'open-person',
      'search',
      'page-report',
      'save-settings',
      'read-settings',
      'storage-use',
      'export',
      'import',
      'delete',
    ] as const;
    const errors = [...Object.values(RAW_ERRORS).flat(), new PageError('errorPersonGone'), new Error('boom')];
    for (const attempt of attempts) {
      for (const error of errors) {
        const text = errorText(error, attempt);
        expect(text, `${attempt} ${String(error)}`).toMatch(/^\p{Lu}.*[.)»]$/u);
        // A key shown instead of its message would mean a message missing in this locale.
        expect(text).not.toMatch(/\b(?:failed|error)[A-Z]|\$/);
        expect(text).not.toMatch(/quota|kQuotaBytes|QUOTA_BYTES|Receiving end|context invalidated|schema version/i);
      }
    }
  });
});
