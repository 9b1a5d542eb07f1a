import { withoutBidiControls } from './dom-text';
import { ACCEPT_VERBS, IGNORE_VERBS, LANGUAGES, fromEveryLanguage, primaryLanguage, type UiLanguage } from './languages';

// Reading the Accept and Ignore controls' labels (docs/linkedin-dom.md, "Stable hooks" 1). Accessible
// names are the strongest hook LinkedIn gives us: classes are per-build hashes, but screen-reader
// labels change only with the wording. The wordings and verbs themselves are in languages/, one
// module per UI language; this file only knows how to look for them.

/** The Accept/Ignore sentences of one UI language; `name` is the inviter's name inside them. */
export type LabelPatterns = Pick<UiLanguage, 'lang' | 'accept' | 'ignore'>;

/** The languages whose Accept or Ignore sentences are known. */
export const KNOWN_LABELS: readonly LabelPatterns[] = LANGUAGES.filter((l) => l.accept.length > 0 || l.ignore.length > 0);

/**
 * The patterns to try for a page whose `<html lang>` is `lang`: that language's first, then every
 * other known language. The others stay in the list because a label in another known language is
 * still an Accept label, and a stale or missing `lang` must not hide every invitation.
 */
export function labelPatternsFor(lang: string | null | undefined): LabelPatterns[] {
  const prefix = primaryLanguage(lang);
  let patterns = PATTERNS_BY_LANGUAGE.get(prefix);
  if (!patterns) {
    const own = KNOWN_LABELS.filter((p) => p.lang === prefix);
    PATTERNS_BY_LANGUAGE.set(prefix, (patterns = [...own, ...KNOWN_LABELS.filter((p) => p.lang !== prefix)]));
  }
  // A copy: the caller may not reorder the list every other caller gets.
  return [...patterns];
}
/** The same few lists, asked for once per card read: made once per language. */
const PATTERNS_BY_LANGUAGE = new Map<string, LabelPatterns[]>();

/** The inviter's name in an Accept label, or null when no known sentence matches. */
export function nameInAcceptLabel(label: string, patterns: readonly LabelPatterns[]): string | null {
  return nameIn(label, patterns, 'accept');
}

/** The inviter's name in an Ignore label, or null when no known sentence matches. */
export function nameInIgnoreLabel(label: string, patterns: readonly LabelPatterns[]): string | null {
  return nameIn(label, patterns, 'ignore');
}

function nameIn(label: string, patterns: readonly LabelPatterns[], kind: 'accept' | 'ignore'): string | null {
  for (const p of patterns) {
    for (const wording of p[kind]) {
      const name = wording.pattern.exec(label)?.groups?.['name']?.trim();
      if (name) return name;
    }
  }
  return null;
}

// Bidi marks count as nothing (see dom-text.ts): "\u200Fقبول" is the bare verb "قبول".
const fold = (text: string): string => withoutBidiControls(text).normalize('NFC').toLowerCase();

// Scripts written without spaces between words: a verb there is glued to its neighbours
// ("…さんからの招待を承認"), so the whole-word rule below would never let it match.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+$/u;

// Whole words only, with Unicode letters as word characters: "Accept" must not be found in
// "Accepted", and \b does not know that "ř" is a letter. Verbs of unspaced scripts match anywhere.
function verbRegExp(verbs: readonly string[]): RegExp {
  const escape = (v: string): string => fold(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spaced = verbs
    .filter((v) => !UNSPACED.test(v))
    .map(escape)
    .join('|');
  const unspaced = verbs
    .filter((v) => UNSPACED.test(v))
    .map(escape)
    .join('|');
  const whole = `(?<![\\p{L}\\p{N}])(?:${spaced})(?![\\p{L}\\p{N}])`;
  return new RegExp(unspaced ? `${whole}|${unspaced}` : whole, 'u');
}
const ACCEPT_WORD = verbRegExp(ACCEPT_VERBS);
const IGNORE_WORD = verbRegExp(IGNORE_VERBS);
const BARE = new Set([...ACCEPT_VERBS, ...IGNORE_VERBS].map(fold));

/** True when the text holds an accept verb of any known language as a whole word. */
export function hasAcceptVerb(text: string): boolean {
  return ACCEPT_WORD.test(fold(text));
}

/** True when the text holds an ignore verb of any known language as a whole word. */
export function hasIgnoreVerb(text: string): boolean {
  return IGNORE_WORD.test(fold(text));
}

/**
 * True when a label is nothing but the verb ("Accept", "Annehmen"). Person invitations name the
 * inviter in their labels; Page, newsletter and event invitations carry the bare verb.
 */
export function isBareVerb(label: string): boolean {
  return BARE.has(fold(label));
}

// Verbs of the other actions that share the list with invitations (languages/language.ts says why).
const OTHER_ACTION_VERBS = fromEveryLanguage((l) => l.otherActionVerbs);
const OTHER_ACTION_WORD = verbRegExp(OTHER_ACTION_VERBS);

/** True when the text holds the verb of a known non-invitation action as a whole word. */
export function hasOtherActionVerb(text: string): boolean {
  return OTHER_ACTION_WORD.test(fold(text));
}
