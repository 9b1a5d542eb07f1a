// browser.i18n has no plural forms, so a message that holds a count is a family of keys, one per
// CLDR plural category its language uses: `optionsExported_one`, `optionsExported_other`, and
// `_few`, `_many`… only where a language needs them. English, German and Spanish say "one" for 1
// only; French says "one" for 0 and 1 ("0 personne"). Intl.PluralRules knows every language's rule.
// Pure: no browser API here, so tests can check every locale against the same rules.

const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const PLURAL_KEY = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);

/** `base_category` → [base, category]; null for a key that is not part of a plural family. */
export function splitPluralKey(key: string): [string, Intl.LDMLPluralRule] | null {
  const match = PLURAL_KEY.exec(key);
  return match ? [match[1]!, match[2] as Intl.LDMLPluralRule] : null;
}

/** The plural category of `n` in `language`; a language tag Intl cannot read counts as English. */
function pluralCategory(language: string, n: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(language).select(n);
  } catch {
    return new Intl.PluralRules('en').select(n);
  }
}

/**
 * The keys to try for `n`, best first: the exact category, then `_other`. A language's `many`
 * (French and Spanish use it for round millions, "1 000 000 de personnes") may be left out of a
 * family when the `_other` sentence reads right with digits, as ours do.
 */
export function pluralKeys(base: string, language: string, n: number): string[] {
  const category = pluralCategory(language, n);
  return category === 'other' ? [`${base}_other`] : [`${base}_${category}`, `${base}_other`];
}
