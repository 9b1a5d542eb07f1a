// What Know & Trust knows about one of LinkedIn's UI languages, in one module per language
// (en.ts, fr.ts, de.ts, es.ts; verb-only.ts for the languages of which only the button verbs are
// known). Detection (labels.ts), card reading (card-text.ts), the non-person check (non-person.ts)
// and the page report (report-vocabulary.ts, its words in report-words.ts) read these modules through index.ts and know no word
// of their own: when LinkedIn rewords something, the change is in that language's module.
//
// English words must never be the only way in (that broke other LinkedIn tools for everyone
// else; docs/linkedin-dom.md, "Stable hooks" 1): where a language's sentences are unknown, its verbs feed
// the structural fallback, and where nothing is known the verb-less shape of the pair still finds
// people (shape-pair.ts).

/** One wording of an Accept or Ignore control's accessible name; its `name` group is the inviter. */
export interface Wording {
  pattern: RegExp;
  /**
   * Where and when it was seen, and when it may go. LinkedIn rewords labels for some users at a
   * time, so a new wording goes beside the old one, never instead of it.
   */
  seen: string;
  /** Labels it must read, each with the name it must find there (checked by languages.test.ts). */
  examples: readonly (readonly [label: string, name: string])[];
}

export interface UiLanguage {
  /** The primary subtag of `<html lang>`: 'en' for "en-GB". */
  lang: string;
  /** Accessible names of Accept on a person invitation: every wording known, old and new. */
  accept: readonly Wording[];
  /** Accessible names of Ignore on a person invitation. */
  ignore: readonly Wording[];
  /**
   * The buttons' visible texts. A label that is only the verb marks a Page, newsletter or event
   * invitation; a verb inside a label feeds the structural fallback (controls.ts).
   */
  acceptVerbs: readonly string[];
  ignoreVerbs: readonly string[];
  /**
   * Verbs of the other actions sharing the list (messaging, dismissing, inviting, withdrawing,
   * following). Used only to turn cards away from the verb-less way in (shape-pair.ts), never to
   * find one, so that "Message <Name>" + "Dismiss <Name>" is not taken for Accept + Ignore.
   */
  otherActionVerbs: readonly string[];
  /** A card line saying how many mutual connections there are. */
  mutual: readonly RegExp[];
  /** A whole card line giving the invitation's age. */
  age: readonly RegExp[];
  /** "… is inviting you to connect" when it stands on a line of its own, without the name. */
  inviting: readonly RegExp[];
  /** "… invited you to follow / subscribe / attend": a card that is not a person invitation. */
  nonPerson: readonly RegExp[];
  /** The "… more" a clamp leaves at the end of a message without a button: "more", "mehr". */
  trailingMore: readonly string[];
}

/**
 * LinkedIn writes the curly apostrophe (U+2019); the ASCII one is accepted in case a build or a
 * translation tool flattens it.
 */
export const APOSTROPHE = "[\u2019']";
