import { collapse, textOf, withoutBidiControls, type CardLines, type CardSelectors } from './dom-text';
import { fromEveryLanguage } from './languages';
import * as sel from './selectors';

// Headline, mutual connections, age and custom message of one invitation card, read by the shape
// of their text (docs/linkedin-dom.md, "Stable hooks" 4 and 5). Ember classes are a fast path only.
// Mutual and age wordings (languages/) are tried in every language we know, whatever the page's
// lang: they cannot be mistaken for each other, and trying them all costs nothing.

const MUTUAL: readonly RegExp[] = fromEveryLanguage((l) => l.mutual);
const AGE: readonly RegExp[] = fromEveryLanguage((l) => l.age);
// The "<Name> is inviting you to connect" sentence on a line of its own, without the name. Lines
// that start with the inviter's name are caught in any language (readCardText).
const INVITING: readonly RegExp[] = fromEveryLanguage((l) => l.inviting);

const isMutualLine = (line: string): boolean => MUTUAL.some((re) => re.test(line));
// What a profile link may wrap beside the name and headline (issue 13): the degree ("· 2nd"), pronouns ("(she/her)").
const DECORATION = /^(?:[·•]\s*\S+|\([^)]*\))\s*/u;
const isAgeLine = (line: string): boolean => AGE.some((re) => re.test(line));

/** What a card's one walk (dom-text.ts, readCardLines) tells apart: chrome, the message, the links. */
export const CARD_PARTS: CardSelectors = {
  chrome: sel.notContent,
  reply: sel.replyLink,
  message: `${sel.messageReact}, ${sel.messageEmber}`,
  profileLinks: sel.profileLink,
  pageLinks: sel.pageLink,
};

/** The Ember classes readCardText looks for first. */
const EMBER_PARTS = [sel.mutualEmber, sel.ageEmber, sel.headlineEmber].join(', ');

export interface CardText {
  headline: string;
  mutual: string;
  age: string;
}

/**
 * The card's headline, mutual line and age, from its lines (read once by readCardLines, without
 * chrome, reply links and the message); `nameLink` is the inviter's name link, `name` its text.
 */
export function readCardText(card: Element, read: CardLines, nameLink: Element, name: string): CardText {
  const lines = read.own;
  const texts = lines.map((l) => l.text);
  // One query says whether the card is an Ember one at all: the React cards (most) then skip three.
  const ember = card.querySelector(EMBER_PARTS) !== null;
  const emberText = (selector: string): string => {
    const el = ember ? card.querySelector(selector) : null;
    return el ? textOf(el, sel.notContent) : '';
  };
  const mutual = emberText(sel.mutualEmber) || (texts.find(isMutualLine) ?? '');
  const age = emberText(sel.ageEmber) || (texts.find(isAgeLine) ?? '');

  let headline = emberText(sel.headlineEmber);
  if (!headline) {
    const nameLine = lines.findIndex((l) => l.links.includes(nameLink));
    // "<Name> is inviting you to connect", "<Name> möchte…": the inviting sentence in any language.
    const startsWithName = (t: string): boolean => name !== '' && t.toLowerCase().startsWith(name.toLowerCase());
    // A link wrapping the headline beside the name (issue 13): the rest of the link's own text, not
    // of the name's line, which may go on with "is inviting you to connect" after the link.
    const linkText = withoutBidiControls(read.profileLinks.find((l) => l.link === nameLink)?.text ?? '');
    let rest = startsWithName(linkText) ? linkText.slice(name.length).trim() : '';
    while (DECORATION.test(rest)) rest = rest.replace(DECORATION, '');
    const inLink = rest ? [rest] : [];
    const after = [...inLink, ...texts.slice(nameLine + 1).filter((t) => !DECORATION.test(t) || t.replace(DECORATION, '') !== '')].filter(
      (t) => !startsWithName(t) && !INVITING.some((re) => re.test(t)) && !isMutualLine(t) && !isAgeLine(t),
    );
    // The 2026 cards repeat the employer on an accent line ("<svg/> Northwind Analytics") after
    // the headline: a line found whole inside another candidate is that repeat, not the headline.
    const isRepeat = (t: string): boolean => after.some((o) => o !== t && o.toLowerCase().includes(t.toLowerCase()));
    headline = after.find((t) => !isRepeat(t)) ?? '';
  }
  return { headline, mutual, age };
}

// A button-less "… more" left at the end by some clamp: "… more", "…mehr", "… plus", "… más".
const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TRAILING_MORE = new RegExp(
  `\\s*…\\s*(?:${fromEveryLanguage((l) => l.trailingMore)
    .map(escapeRegExp)
    .join('|')})$`,
  'iu',
);

/**
 * The custom message without its "… more" button; '' when the card has none. With the card's
 * read lines (readCardLines found its message elements, if any), a card without one costs no query.
 */
export function readMessage(card: Element, read?: CardLines): string {
  if (read && !read.message) return '';
  // The clamped Ember message keeps its whole text in a screen-reader-only copy: prefer it.
  const full = card.querySelector(`${sel.messageEmber} ${sel.messageEmberFull}`);
  if (full) return collapse(full.textContent ?? '');
  const box = card.querySelector(`${sel.messageReact}, ${sel.messageEmber}`);
  return box ? textOf(box, sel.notContent).replace(TRAILING_MORE, '') : '';
}
