// What LinkedIn calls the Accept and Ignore controls, per UI language (linkedin-dom.md, "Stable
// hooks" 1). Accessible names are the strongest hook LinkedIn gives us: classes are per-build
// hashes, but screen-reader labels change only with the wording. English words must never be the
// only way in (that broke other LinkedIn tools for everyone else), hence the per-language sentences
// and, for languages whose sentences nobody has seen, the bare verbs used by the structural fallback.

/** The Accept/Ignore sentences of one UI language; `name` is the inviter's name inside them. */
export interface LabelPatterns {
  lang: string;
  accept: RegExp;
  ignore: RegExp;
}

// LinkedIn writes the curly apostrophe (U+2019); the ASCII one is accepted in case a build or a
// translation tool flattens it. The English Accept and Ignore sentences are worded differently on
// purpose (both seen on the live site).
const APOSTROPHE = "[\u2019']";

export const KNOWN_LABELS: readonly LabelPatterns[] = [
  {
    lang: 'en',
    // "Accept Elena Vasquez’s invitation"; names ending in s may drop the s: "Accept James’ invitation".
    accept: new RegExp(`^Accept (?<name>.+?)${APOSTROPHE}s? invitation$`, 'iu'),
    ignore: /^Ignore an invitation to connect from (?<name>.+)$/iu,
  },
  {
    lang: 'fr',
    // Medium confidence. French elides "de" before a vowel: "l’invitation d’Elena Vasquez".
    accept: new RegExp(`^Accepter l${APOSTROPHE}invitation (?:de |d${APOSTROPHE})(?<name>.+)$`, 'iu'),
    ignore: new RegExp(
      `^Ignorer l${APOSTROPHE}invitation (?:de |d${APOSTROPHE})(?<name>.+?)(?: à rejoindre son réseau)?$`,
      'iu',
    ),
  },
];

/**
 * The patterns to try for a page whose `<html lang>` is `lang`: that language's first, then every
 * other known language. The others stay in the list because a label in another known language is
 * still an Accept label, and a stale or missing `lang` must not hide every invitation.
 */
export function labelPatternsFor(lang: string | null | undefined): LabelPatterns[] {
  const prefix = (lang ?? '').trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  const own = KNOWN_LABELS.filter((p) => p.lang === prefix);
  return [...own, ...KNOWN_LABELS.filter((p) => p.lang !== prefix)];
}

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
    const name = p[kind].exec(label)?.groups?.['name']?.trim();
    if (name) return name;
  }
  return null;
}

// The visible button texts. Confirmed: English, French, German (Annehmen / Ignorieren). The others
// are the usual translations of LinkedIn's buttons; they only feed the structural fallback, which
// also demands the inviter's name in the label, so a wrong guess here finds nothing rather than
// something wrong.
export const ACCEPT_VERBS: readonly string[] = [
  'Accept', 'Accepter', 'Annehmen', 'Aceptar', 'Aceitar', 'Accetta', 'Accepteren', 'Acceptera',
  'Akceptuj', 'Godta', 'Acceptér', 'Hyväksy', 'Přijmout', 'Kabul et', 'Acceptă',
];
export const IGNORE_VERBS: readonly string[] = [
  'Ignore', 'Ignorer', 'Ignorieren', 'Ignorar', 'Ignora', 'Negeren', 'Ignorera', 'Ignoruj', 'Ignorér',
  'Ohita', 'Ignorovat', 'Yok say', 'Ignoră',
];

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

// Whole words only, with Unicode letters as word characters: "Accept" must not be found in
// "Accepted", and \b does not know that "ř" is a letter.
function verbRegExp(verbs: readonly string[]): RegExp {
  const alternatives = verbs.map((v) => fold(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
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
