import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { UiLanguage } from './language';
import { VERB_ONLY_LANGUAGES } from './verb-only';

export type { UiLanguage, Wording } from './language';

// The registry of LinkedIn UI languages. Adding one: its module beside these (language.ts says
// what it holds), a line here, and a fixture or test page in that language. Every reader tries
// every language, whatever the page's `<html lang>`: a stale or missing lang must not hide
// anything, and the wordings of different languages cannot be mistaken for each other.
export const LANGUAGES: readonly UiLanguage[] = [en, fr, de, es, ...VERB_ONLY_LANGUAGES];

/** The primary subtag of a page's `<html lang>`, lower case: "en-GB" → "en", "pt_BR" → "pt". */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

/** What every language knows of one kind (say, every mutual-line pattern), without repeats. */
export function fromEveryLanguage<T>(pick: (language: UiLanguage) => readonly T[]): T[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}

/** The visible Accept and Ignore verbs of every language. */
export const ACCEPT_VERBS: readonly string[] = fromEveryLanguage((l) => l.acceptVerbs);
export const IGNORE_VERBS: readonly string[] = fromEveryLanguage((l) => l.ignoreVerbs);
