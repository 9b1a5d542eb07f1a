import { CARD_PARTS } from './card-text';
import { readCardLines } from './card-lines';
import type { CardLines } from './dom-text';
import { fromEveryLanguage } from './languages';
import { isPersonPhoto } from './person-photo';
import * as sel from './selectors';

// Invitations to follow a Page, subscribe to a newsletter or attend an event share the list, the
// card and even an /in/ link (the person who sent them) with person invitations (docs/linkedin-dom.md,
// "Not person invitations"). Any one sign below is enough to leave a card alone: badging a Page
// invitation with "accept" would be a wrong answer to a question nobody asked. The bare-verb labels
// (labels.ts) are the strongest sign; these are the others, the first of them language-neutral.

// "invited you to follow / subscribe / attend" in the languages we know (languages/). Never the
// only sign: the links and the bare verbs work in every language.
const INVITED_TO_NON_PERSON: readonly RegExp[] = fromEveryLanguage((l) => l.nonPerson);

// The message is the sender's own words: a linked company or an "invited you to…" there says
// nothing about the card (readCardLines leaves the message out of both signs).
export function isNonPersonCard(card: Element): boolean {
  return showsNonPersonSigns(readCardLines(card, CARD_PARTS), card);
}

/**
 * The same signs, from a card already read (invitations.ts reads each card once). With `card`, a
 * picture that stands outside every profile link (a logo where a person's photo would be: issue 13)
 * where no person's photo is (person-photo.ts) is one more sign, in any language; a card showing
 * no picture at all says nothing either way.
 */
export function showsNonPersonSigns(read: CardLines, card?: Element): boolean {
  return signsIn(read, card ? [...card.querySelectorAll(sel.picture)] : []);
}

/**
 * The same signs, or no picture at all: what findInvitations asks of every card it badges, with the
 * card's pictures asked for once (each query costs in the isolated world). Every member's card
 * shows their photo or LinkedIn's stand-in for one (an <img> or <svg role="img">, person-photo.ts);
 * a card with neither may be a Page, group or newsletter invitation whose sentence is in a wording
 * nobody here knows and whose controls name its sender as a person's would (issue 13: never a
 * badge on a non-person card). Not a sign for the page report (pending-signs.ts): such a card
 * still offers the user a report, since a person's card trimmed of its pictures looks the same.
 */
export function showsNonPersonSignsOrNoPicture(read: CardLines, card: Element): boolean {
  const pictures = [...card.querySelectorAll(sel.picture)];
  return pictures.length === 0 || signsIn(read, pictures);
}

function signsIn(read: CardLines, pictures: readonly Element[]): boolean {
  if (read.pageLinkOutsideMessage) return true;
  if (showsLogoOnly(pictures)) return true;
  // Line by line: text nodes of different blocks are not separated by spaces in the DOM.
  return read.outsideMessage.some((line) => INVITED_TO_NON_PERSON.some((re) => re.test(line)));
}

/** A picture outside every profile link (a logo where a person's photo would be), and no person's photo. */
function showsLogoOnly(pictures: readonly Element[]): boolean {
  return pictures.some((p) => !p.closest(sel.profileLink)) && !pictures.some(isPersonPhoto);
}
