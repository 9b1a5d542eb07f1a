import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adviseFor } from '../../src/core/advice';
import { allAnswerCombinations } from '../../src/core/answer-combinations';
import { QUESTIONNAIRE } from '../../src/core/questions';
import { splitPluralKey } from '../../src/ui/plural';

// Every user-visible string comes from _locales: every key the code or the pages name must exist
// in English, and every locale (en, fr, de, es) must say all of it, with the same placeholders.
// Counts are plural families (src/ui/plural.ts): `key_one`, `key_other`, and whatever other
// category a language's plural rules use.

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

type Message = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
type Messages = Record<string, Message>;

const root = join(__dirname, '..', '..');
const localesDir = join(root, '_locales');
const read = (locale: string) => JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Messages;
const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const all = Object.fromEntries(locales.map((locale) => [locale, read(locale)])) as Record<string, Messages>;
const messages = all['en']!;
/** The BCP 47 tag of a locale folder: pt_BR → pt-BR. */
const tagOf = (locale: string) => locale.replace('_', '-');

/**
 * Plural categories a language has but may leave out of a family, falling back to `_other`.
 * French and Spanish "many" is the form of round millions written out ("1 000 000 de personnes",
 * "un millón de personas"); our counts are digits, where the `_other` sentence reads right.
 */
const OPTIONAL_CATEGORIES: Record<string, readonly string[]> = { fr: ['many'], es: ['many'] };

function categoriesOf(locale: string): { required: string[]; allowed: string[] } {
  const allowed = new Intl.PluralRules(tagOf(locale)).resolvedOptions().pluralCategories as string[];
  const optional = OPTIONAL_CATEGORIES[tagOf(locale).split('-')[0]!] ?? [];
  return { allowed, required: allowed.filter((c) => !optional.includes(c)) };
}

/** Keys that are not part of a plural family, and the families' base names with their categories. */
function shapeOf(locale: Messages): { plain: string[]; families: Map<string, string[]> } {
  const plain: string[] = [];
  const families = new Map<string, string[]>();
  for (const key of Object.keys(locale)) {
    const plural = splitPluralKey(key);
    if (!plural) plain.push(key);
    else families.set(plural[0], [...(families.get(plural[0]) ?? []), plural[1]].sort());
  }
  return { plain: plain.sort(), families };
}

const placeholdersUsed = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()))].sort();
const placeholdersDeclared = ({ placeholders }: Message) =>
  Object.keys(placeholders ?? {})
    .map((p) => p.toUpperCase())
    .sort();
const contents = ({ placeholders }: Message) =>
  Object.fromEntries(Object.entries(placeholders ?? {}).map(([name, { content }]) => [name.toUpperCase(), content]));

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ext);
    return ext.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locales', () => {
  it('has every key the source names with t(...), tPlural(...), getMessage(...) or data-i18n', () => {
    const used = new Set<string>();
    for (const file of filesUnder(join(root, 'src'), /\.(ts|html)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/getMessage\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z]+)"/g)) used.add(m[1]!);
      // Errors (src/ui/errors.ts): a refusal's key, and the sentences each attempt and kind of error have.
      for (const m of text.matchAll(/new PageError\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'((?:failed|error)[A-Z][A-Za-z]+)'/g)) used.add(m[1]!);
      // A plural family needs at least its English forms.
      for (const m of text.matchAll(/\btPlural\('([A-Za-z]+)'/g)) used.add(`${m[1]!}_one`).add(`${m[1]!}_other`);
    }
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in messages))).toEqual([]);
  });

  it('has every text of every question: the question, its choices, and its "Next: …"', () => {
    const keys = QUESTIONNAIRE.flatMap((question) => [question.label, question.nextReason, ...question.choices.map(([, label]) => label)]);
    expect(keys.length).toBeGreaterThanOrEqual(5 * 3 + 6);
    expect(keys.filter((key) => !(key in messages))).toEqual([]);
  });

  it('has every reason and tip the advice can give, for every combination of answers, unanswered included', () => {
    const keys = new Set<string>();
    for (const answers of allAnswerCombinations()) {
      const advice = adviseFor(answers);
      [...advice.reasons, ...advice.tips].forEach((k) => keys.add(k));
    }
    expect(keys.size).toBeGreaterThanOrEqual(16);
    expect([...keys].filter((key) => !(key in messages))).toEqual([]);
  });

  it('ships English, French, German and Spanish, each saying which language it is', () => {
    expect(locales).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
    // langCode sets the pages' lang attribute and chooses the plural rules (tPlural).
    for (const locale of locales) expect(all[locale]!['langCode']?.message, locale).toBe(tagOf(locale));
  });

  it.each(locales)('%s has exactly the keys English has, with complete plural families', (locale) => {
    const en = shapeOf(messages);
    const own = shapeOf(all[locale]!);
    expect(own.plain, 'keys outside plural families').toEqual(en.plain);
    expect([...own.families.keys()].sort(), 'plural families').toEqual([...en.families.keys()].sort());
    const { required, allowed } = categoriesOf(locale);
    expect(required).toContain('other');
    for (const [base, categories] of own.families) {
      expect(categories, `${locale} ${base}: missing plural forms`).toEqual(expect.arrayContaining(required));
      expect(
        categories.filter((c) => !allowed.includes(c)),
        `${locale} ${base}: forms the language never uses`,
      ).toEqual([]);
    }
  });

  it('gives every plural family an English `_one` and `_other`', () => {
    for (const base of shapeOf(messages).families.keys()) {
      expect(messages[`${base}_one`], base).toBeDefined();
      expect(messages[`${base}_other`], base).toBeDefined();
    }
  });

  it.each(locales)('%s: no message is empty, and placeholders match English: declared, used, same content', (locale) => {
    for (const [key, message] of Object.entries(all[locale]!)) {
      expect(message.message.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholdersUsed(message.message), `${locale} ${key}: used vs declared`).toEqual(placeholdersDeclared(message));
      const en = messages[key];
      if (!en) continue; // a plural form English does not need; its family is checked above
      expect(placeholdersDeclared(message), `${locale} ${key}: placeholders`).toEqual(placeholdersDeclared(en));
      expect(contents(message), `${locale} ${key}: placeholder contents`).toEqual(contents(en));
    }
  });

  it.each(locales)('%s has every key the manifest names, within the store limits', (locale) => {
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z]+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of keys) expect(all[locale]![key]?.message, `${locale} ${key}`).toBeTruthy();
    // Chrome: name at most 75 characters, short_name 12, description 132.
    expect(all[locale]!['extName']!.message.length).toBeLessThanOrEqual(75);
    expect(all[locale]!['extShortName']!.message.length).toBeLessThanOrEqual(12);
    expect(all[locale]!['extDescription']!.message.length).toBeLessThanOrEqual(132);
  });

  // Design rule: leaving an invitation pending (or LinkedIn's quiet Ignore) is the only alternative
  // to accepting. Words for turning an invitation down, or reporting it, per language.
  const REFUSAL: Record<string, RegExp> = {
    en: /declin|refus|reject|turn\w* (?:it |them )?down|report/i,
    fr: /refus|déclin|rejet|signal/i,
    de: /ab(?:zu)?lehn|ab(?:zu)?sag|zurück(?:zu)?weis|meld/i,
    es: /rechaz|declin|denunci|report/i,
  };
  const NEVER: Record<string, RegExp> = { en: /\bnever\b/i, fr: /\bjamais\b/i, de: /\bnie\b/i, es: /\bnunca\b/i };
  const OFFEND: Record<string, RegExp> = { en: /offend/i, fr: /vexe/i, de: /kränk/i, es: /ofend/i };
  const PENDING: Record<string, RegExp> = { en: /pending/i, fr: /en attente/i, de: /ausstehend/i, es: /pendiente/i };
  const isAdviceText = (key: string) => /^(?:verdict|reason|tip|badge)[A-Z]/.test(key);

  it.each(locales)('%s: no advice text presents declining as an option', (locale) => {
    const refusal = REFUSAL[locale]!;
    const adviceKeys = Object.keys(all[locale]!).filter(isAdviceText);
    expect(adviceKeys.length).toBeGreaterThan(20);
    for (const key of adviceKeys) {
      const { message } = all[locale]![key]!;
      if (key !== 'tipPendingNeverOffendsInsider') {
        expect(message, `${locale} ${key}`).not.toMatch(refusal);
        continue;
      }
      // The one tip that names refusing says what it costs, beside what never does.
      const [harm, remedy] = message.split(/\s?;\s?/);
      expect(harm, `${locale} ${key}`).toMatch(refusal);
      expect(harm, `${locale} ${key}`).toMatch(OFFEND[locale]!);
      expect(remedy, `${locale} ${key}`).toMatch(PENDING[locale]!);
      expect(remedy, `${locale} ${key}`).toMatch(NEVER[locale]!);
      expect(remedy, `${locale} ${key}`).not.toMatch(refusal);
    }
  });

  it.each(locales)('%s: outside the advice, declining is named only to say "never"', (locale) => {
    const refusal = new RegExp(REFUSAL[locale]!.source.replace(/\|(?:report|signal|meld)/g, ''), 'i');
    for (const [key, { message }] of Object.entries(all[locale]!)) {
      if (isAdviceText(key) || key === 'popupReportCopyByHand' /* "the clipboard refused" */) continue;
      if (refusal.test(message)) expect(message, `${locale} ${key}`).toMatch(NEVER[locale]!);
    }
  });

  it('uses one word for each suggestion across popup, badges and onboarding', () => {
    const verdicts: Record<string, [string, string, string]> = {
      en: ['Accept', 'Leave pending', 'No suggestion yet'],
      fr: ['Accepter', 'Laisser en attente', 'Pas encore de suggestion'],
      de: ['Annehmen', 'Ausstehend lassen', 'Noch keine Empfehlung'],
      es: ['Aceptar', 'Dejar pendiente', 'Aún sin sugerencia'],
    };
    for (const [locale, [accept, leave, ask]] of Object.entries(verdicts)) {
      const m = all[locale]!;
      expect([m['verdictAccept']!.message, m['verdictLeavePending']!.message, m['verdictUndecided']!.message], locale).toEqual([
        accept,
        leave,
        ask,
      ]);
      // Onboarding quotes the two suggestions by the names the badges show.
      if (locale !== 'en') expect(m['onboardingPoint3']!.message, locale).toContain(leave);
    }
  });

  it('writes French with its own typography: non-breaking spaces before : ; ! ? and inside « »', () => {
    for (const [key, { message }] of Object.entries(all['fr']!)) {
      expect(message, key).not.toMatch(/[^\u00A0\u202F][:;!?»]/);
      expect(message, key).not.toMatch(/«[^\u00A0\u202F]/);
      expect(message, key).not.toMatch(/['"“”]/);
    }
  });

  it('writes German quotes „…“ and Spanish ¿…? ¡…! «…»', () => {
    for (const [key, { message }] of Object.entries(all['de']!)) {
      expect(message, key).not.toMatch(/["«»”]/);
      expect((message.match(/„/g) ?? []).length, key).toBe((message.match(/“/g) ?? []).length);
    }
    for (const [key, { message }] of Object.entries(all['es']!)) {
      expect(message, key).not.toMatch(/["“”]/);
      expect((message.match(/¿/g) ?? []).length, key).toBe((message.match(/\?/g) ?? []).length);
      expect((message.match(/¡/g) ?? []).length, key).toBe((message.match(/!/g) ?? []).length);
    }
  });
});

/**
 * browser.i18n.getMessage as Chrome does it, for a browser whose messages are `locale`: the
 * locale's message, else English's (default_locale); `$NAME$` → the placeholder's content, then
 * `$1`… → the substitutions.
 */
function getMessageIn(locale: string) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = all[locale]![key] ?? messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const withContents = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([p]) => p.toUpperCase() === name.toUpperCase());
      return placeholder ? placeholder[1].content : '';
    });
    return withContents.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  };
}

function useBrowserIn(locale: string, uiLanguage = tagOf(locale)): void {
  fakeBrowser.i18n.getMessage = getMessageIn(locale) as never;
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => uiLanguage;
}

describe('tPlural', async () => {
  const { count, t, tPlural } = await import('../../src/ui/i18n');
  beforeEach(() => useBrowserIn('en'));

  it('says "1 person" and "2 people" in English', () => {
    expect(tPlural('optionsImportedWritten', 1)).toBe('1 person written');
    expect(tPlural('optionsImportedWritten', 2)).toBe('2 people written');
    expect(tPlural('optionsImportedWritten', 0)).toBe('0 people written');
    expect(tPlural('optionsExported', 1, [count(1), 'k.json'])).toBe('Exported 1 person into k.json.');
    expect(tPlural('optionsExported', 12006, [count(12006), 'k.json'])).toBe('Exported 12,006 people into k.json.');
  });

  it('composes the import status from three counts, each with its own plural', () => {
    const status = (written: number, removed: number, total: number) =>
      t('optionsImported', [
        tPlural('optionsImportedWritten', written),
        tPlural('optionsImportedRemoved', removed),
        tPlural('optionsImportedTotal', total),
      ]);
    expect(status(6, 0, 6)).toBe('Imported: 6 people written, 0 removed; 6 people stored now.');
    expect(status(1, 0, 1)).toBe('Imported: 1 person written, 0 removed; 1 person stored now.');
    useBrowserIn('fr');
    expect(status(1, 2, 1)).toBe('Import terminé\u00A0: 1 personne importée, 2 retirées\u202F; 1 personne enregistrée au total.');
    useBrowserIn('es');
    expect(status(1, 0, 3)).toBe('Importación terminada: 1 persona importada, 0 eliminadas; ahora hay 3 personas guardadas.');
  });

  it('takes `_one` for 0 and 1 in French, as French does', () => {
    useBrowserIn('fr');
    expect(tPlural('optionsImportedWritten', 0)).toBe('0 personne importée');
    expect(tPlural('optionsImportedWritten', 1)).toBe('1 personne importée');
    expect(tPlural('optionsImportedWritten', 2)).toBe('2 personnes importées');
    // Numbers in the French way (narrow no-break space), and "many" (round millions) falls back to `_other`.
    expect(tPlural('optionsImportedWritten', 1_000_000)).toBe('1\u202F000\u202F000 personnes importées');
  });

  it('takes `_other` for 0 in German and Spanish', () => {
    useBrowserIn('de');
    expect(tPlural('optionsImportedTotal', 0)).toBe('jetzt 0 Personen gespeichert');
    expect(tPlural('optionsImportedTotal', 1)).toBe('jetzt 1 Person gespeichert');
    useBrowserIn('es');
    expect(tPlural('optionsImportedRemoved', 0)).toBe('0 eliminadas');
    expect(tPlural('optionsImportedRemoved', 1)).toBe('1 eliminada');
  });

  it('follows the plural rules of the messages shown, not of a UI language without its own messages', () => {
    // A Portuguese browser reads the English messages; Portuguese would say "one" for 0.
    useBrowserIn('en', 'pt-BR');
    expect(tPlural('optionsImportedWritten', 0, '0')).toBe('0 people written');
    // Without langCode (an older build's messages), the UI language decides.
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      key === 'langCode' ? '' : getMessageIn('fr')(key, subs)) as never;
    (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => 'fr-CA';
    expect(tPlural('optionsImportedWritten', 0)).toBe('0 personne importée');
  });

  it('falls back to `_other`, then to the key, rather than showing nothing', () => {
    fakeBrowser.i18n.getMessage = ((key: string) => (key === 'x_other' ? 'many x' : '')) as never;
    expect(tPlural('x', 1)).toBe('many x');
    expect(tPlural('nothing', 1)).toBe('nothing_other');
  });

  it.each(locales)('%s: every plural family reads whole for 0, 1, 2, 5, 21 and 1,000,000', (locale) => {
    useBrowserIn(locale);
    for (const base of shapeOf(all[locale]!).families.keys()) {
      const arity = placeholdersDeclared(messages[`${base}_other`]!).length;
      for (const n of [0, 1, 2, 5, 21, 1_000_000]) {
        const subs = Array.from({ length: arity }, (_, i) => (i === 0 ? count(n) : `S${i}`));
        const text = tPlural(base, n, subs);
        expect(text, `${locale} ${base} ${n}`).not.toMatch(/\$|_other$|_one$/);
        expect(text, `${locale} ${base} ${n}`).toContain(count(n));
      }
    }
  });
});
