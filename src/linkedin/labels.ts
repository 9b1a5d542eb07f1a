import { withoutBidiControls } from './dom-text';

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
// are the usual translations of LinkedIn's buttons (guesses: nobody here has seen those pages);
// they only feed the structural fallback, which also demands the inviter's name in the label, so a
// wrong guess here finds nothing rather than something wrong. Arabic, Hebrew, Japanese, Chinese,
// Korean and Russian are there so that a right-to-left or non-Latin UI is not left to the last,
// verb-less way in (shape-pair.ts) alone.
export const ACCEPT_VERBS: readonly string[] = [
  'Accept', 'Accepter', 'Annehmen', 'Aceptar', 'Aceitar', 'Accetta', 'Accepteren', 'Acceptera',
  'Akceptuj', 'Godta', 'Acceptér', 'Hyväksy', 'Přijmout', 'Kabul et', 'Acceptă',
  'قبول', 'אישור', 'קבלה', '承認', '接受', '수락', 'Принять',
];
export const IGNORE_VERBS: readonly string[] = [
  'Ignore', 'Ignorer', 'Ignorieren', 'Ignorar', 'Ignora', 'Negeren', 'Ignorera', 'Ignoruj', 'Ignorér',
  'Ohita', 'Ignorovat', 'Yok say', 'Ignoră',
  'تجاهل', 'התעלמות', 'התעלם', '無視', '忽略', '무시', 'Игнорировать',
];

// Bidi marks count as nothing (see dom-text.ts): "\u200Fقبول" is the bare verb "قبول".
const fold = (text: string): string => withoutBidiControls(text).normalize('NFC').toLowerCase();

// Scripts written without spaces between words: a verb there is glued to its neighbours
// ("…さんからの招待を承認"), so the whole-word rule below would never let it match.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+$/u;

// Whole words only, with Unicode letters as word characters: "Accept" must not be found in
// "Accepted", and \b does not know that "ř" is a letter. Verbs of unspaced scripts match anywhere.
function verbRegExp(verbs: readonly string[]): RegExp {
  const escape = (v: string): string => fold(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spaced = verbs.filter((v) => !UNSPACED.test(v)).map(escape).join('|');
  const unspaced = verbs.filter((v) => UNSPACED.test(v)).map(escape).join('|');
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

// Verbs of the other actions that share the list with invitations: messaging a new connection,
// dismissing a card, inviting a suggestion, withdrawing a sent invitation, following. Used only
// to turn cards AWAY from the verb-less way in (shape-pair.ts), never to find one, so that a
// "Message <Name>" + "Dismiss <Name>" pair is not taken for Accept + Ignore where we know the words.
const OTHER_ACTION_VERBS: readonly string[] = [
  'Message', 'Dismiss', 'Withdraw', 'Invite', 'Connect', 'Follow', 'Unfollow', 'Remove', 'Reply', 'Report',
  'Envoyer', 'Retirer', 'Inviter', 'Suivre', 'Supprimer', 'Répondre', 'Signaler',
  'Nachricht', 'Verwerfen', 'Zurückziehen', 'Einladen', 'Vernetzen', 'Folgen', 'Entfernen', 'Antworten', 'Melden',
  'Mensaje', 'Descartar', 'Retirar', 'Invitar', 'Conectar', 'Seguir', 'Eliminar', 'Responder',
];
const OTHER_ACTION_WORD = verbRegExp(OTHER_ACTION_VERBS);

/** True when the text holds the verb of a known non-invitation action as a whole word. */
export function hasOtherActionVerb(text: string): boolean {
  return OTHER_ACTION_WORD.test(fold(text));
}
