import { collapse, linesOf, textOf } from './dom-text';
import * as sel from './selectors';

// Headline, mutual connections, age and custom message of one invitation card, read by the shape
// of their text (linkedin-dom.md, "Stable hooks" 4 and 5). Ember classes are a fast path only.
// Mutual and age wordings are tried in every language we know, whatever the page's lang: they
// cannot be mistaken for each other, and trying them all costs nothing.

// "Jonas Weber and 13 other mutual connections", "2 mutual connections", "Priya Raman is a mutual
// connection"; fr "… relations en commun"; de "… weitere gemeinsame Kontakte", "… ist ein
// gemeinsamer Kontakt"; es "… contactos en común".
const MUTUAL: readonly RegExp[] = [
  /\bmutual connections?\b/iu,
  /\brelations? en commun\b/iu,
  /(?<!\p{L})gemeinsame[nr]? Kontakt(?:e|en)?(?!\p{L})/iu,
  /(?<!\p{L})contactos?(?: \p{L}+)? en común(?!\p{L})/iu,
];

// Whole-line ages: "2 days ago", "Yesterday", "Today", "Vor 2 Tagen", "Gestern", "Heute",
// "il y a 2 jours", "Hier", "hace 2 días", "Ayer", and the compact "3d" / "1 w" some lists use.
const AGE: readonly RegExp[] = [
  /^(?:today|yesterday|just now|an? (?:second|minute|hour|day|week|month|year) ago|\d+ (?:second|minute|hour|day|week|month|year)s? ago)$/iu,
  /^(?:aujourd[’']hui|hier|à l[’']instant|il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?))$/iu,
  /^(?:heute|gestern|gerade eben|vor (?:\d+|einer?m?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?))$/iu,
  /^(?:hoy|ayer|ahora|hace (?:\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?))$/iu,
  /^\d+\s?(?:s|m|h|d|w|mo|y|yr)$/iu,
];

// The "<Name> is inviting you to connect" sentence when it stands on a line of its own without the
// name (seen in English only). Lines that start with the inviter's name are caught in any language.
const INVITING = /\binviting you to connect\b/iu;

export const isMutualLine = (line: string): boolean => MUTUAL.some((re) => re.test(line));
export const isAgeLine = (line: string): boolean => AGE.some((re) => re.test(line));

/** Everything that is not the card's own text content: chrome and the message. */
const NOT_CARD_TEXT = [sel.notContent, sel.replyLink, sel.messageReact, sel.messageEmber].join(', ');

export interface CardText {
  headline: string;
  mutual: string;
  age: string;
}

/** Reads the card's lines once; `nameLink` is the inviter's name link, `name` its text. */
export function readCardText(card: Element, nameLink: Element, name: string): CardText {
  const lines = linesOf(card, NOT_CARD_TEXT, nameLink);
  const texts = lines.map((l) => l.text);
  const emberText = (selector: string): string => {
    const el = card.querySelector(selector);
    return el ? textOf(el, sel.notContent) : '';
  };
  const mutual = emberText(sel.mutualEmber) || (texts.find(isMutualLine) ?? '');
  const age = emberText(sel.ageEmber) || (texts.find(isAgeLine) ?? '');

  let headline = emberText(sel.headlineEmber);
  if (!headline) {
    const nameLine = lines.findIndex((l) => l.hasMarker);
    // "<Name> is inviting you to connect", "<Name> möchte…": the inviting sentence in any language.
    const startsWithName = (t: string): boolean => name !== '' && t.toLowerCase().startsWith(name.toLowerCase());
    const after = texts
      .slice(nameLine + 1)
      .filter((t) => !startsWithName(t) && !INVITING.test(t) && !isMutualLine(t) && !isAgeLine(t));
    // The 2026 cards repeat the employer on an accent line ("<svg/> Northwind Analytics") after
    // the headline: a line found whole inside another candidate is that repeat, not the headline.
    const isRepeat = (t: string): boolean => after.some((o) => o !== t && o.toLowerCase().includes(t.toLowerCase()));
    headline = after.find((t) => !isRepeat(t)) ?? '';
  }
  return { headline, mutual, age };
}

// A button-less "… more" left at the end by some clamp: "… more", "…mehr", "… plus", "… más".
const TRAILING_MORE = /\s*…\s*(?:see more|more|mehr|plus|voir plus|más|ver más|mais|altro)$/iu;

/** The custom message without its "… more" button; '' when the card has none. */
export function readMessage(card: Element): string {
  // The clamped Ember message keeps its whole text in a screen-reader-only copy: prefer it.
  const full = card.querySelector(`${sel.messageEmber} ${sel.messageEmberFull}`);
  if (full) return collapse(full.textContent ?? '');
  const box = card.querySelector(`${sel.messageReact}, ${sel.messageEmber}`);
  return box ? textOf(box, sel.notContent).replace(TRAILING_MORE, '') : '';
}
