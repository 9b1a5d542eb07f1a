import { invitationCards } from './pages';
import { profileSlug } from './profile-slug';
import * as sel from './selectors';

// Finding a page's invitation cards and the place of each one's badge by structure alone, without
// reading a word: what the invitation-page code needs once the readers run in the background
// (issue 11, docs/design.md "What runs on LinkedIn's pages"). The readers (invitations.ts) find
// their cards here too, so the page and the background agree on what a card is;
// card-finding.test.ts holds the structural guesses to the readers' answers on every fixture.

// The nearest era-specific card; a plain list item only when none is around (pages.ts says which
// cards the reading pages have); a card with no list item around it at all (issue 13) is the
// smallest ancestor of the control that holds one person's profile links. No card at all means a
// bulk toolbar or a dialog: not an invitation. Exported for the content script, which re-reads only
// the cards that a change of the page touched.
export function cardAround(control: Element): Element | null {
  return control.closest(invitationCards.card) ?? control.closest(invitationCards.lastResort) ?? unlistedCard(control);
}

// How far above a control a card without list item may start, and how many profile links it may
// hold (the photo's and the name's, a mutual connection's): a wider box is a list, not a card.
const CLIMB = 8;
const LINKS_IN_CARD = 4;

/**
 * The smallest ancestor of a control holding a profile link, when all its profile links lead to one
 * person; the controls it holds are judged by the card readers (one Accept, one pair). Never for a
 * control in a dialog (LinkedIn's own "Take care when connecting" one) or above a known list.
 */
function unlistedCard(control: Element): Element | null {
  if (!control.matches(sel.actionControl) || control.closest(sel.dialog)) return null;
  let box = control.parentElement;
  for (let depth = 0; box && depth < CLIMB; depth++, box = box.parentElement) {
    if (box.matches(`${invitationCards.list}, ${sel.mainElement}, ${sel.mainRole}, body`)) return null;
    // A box holding a profile link and a control that is no profile link: from the photo's link, the
    // name's block is not the card yet.
    if (!box.querySelector(sel.profileLink) || ![...box.querySelectorAll(sel.actionControl)].some((c) => !c.matches(sel.profileLink)))
      continue;
    const links = box.querySelectorAll(sel.profileLink);
    if (links.length > LINKS_IN_CARD) return null;
    const people = new Set([...links].map((link) => profileSlug(link.getAttribute('href') ?? '')));
    return people.size === 1 ? box : null;
  }
  return null;
}

/**
 * The nearest common ancestor of Accept and Ignore inside the card. Never the card itself: the
 * badge goes before this element, and before the card would put it outside the card.
 */
export function controlsBox(card: Element, accept: Element, ignore: Element | null): Element {
  let box: Element | null = accept.parentElement;
  while (box && ignore && !box.contains(ignore)) box = box.parentElement;
  if (box && box !== card && card.contains(box)) return box;
  // The controls sit straight in the card: use the card's child that holds Accept.
  let child = accept;
  while (child.parentElement && child.parentElement !== card) child = child.parentElement;
  return child;
}

/**
 * Where a card's badge goes, by structure alone: before the box around its first two controls that
 * are no profile link (Ignore and Accept come first in every invitation card known, before a
 * message's "… more" and its reply and overflow buttons), or around its one such control. The
 * background's reading confirms it or says where instead (card-markup.ts's path); null where the
 * card holds no such control.
 */
export function badgePlace(card: Element): Element | null {
  let first: Element | null = null;
  for (const control of card.querySelectorAll(sel.actionControl)) {
    if (control.matches(sel.profileLink)) continue;
    if (first) return controlsBox(card, control, first);
    first = control;
  }
  return first ? controlsBox(card, first, null) : null;
}

/** A card's message (the sender's own words: a link there says nothing about the card). */
const MESSAGE = `${sel.messageReact}, ${sel.messageEmber}`;

/**
 * Whether a card has the shape of a person's invitation, by the language-free signs alone: a slug
 * and a badge place, a person's photo in a profile link, two controls of its own, no picture
 * outside a profile link (a logo), and no link to a Page, newsletter, event or group outside its
 * message (non-person.ts and
 * person-photo.ts read the same signs, and the words besides). What the page may badge before the
 * background's reading is in; a card that fails it waits for the reading.
 */
export function hasPersonInvitationShape(card: Element): boolean {
  if (slugOf(card) === '' || badgePlace(card) === null) return false;
  if (!card.querySelector(sel.personPhoto)) return false;
  // Accept and Ignore: an accepted card's Message link and a suggestion's one Connect button are not.
  if (ownControls(card) < 2) return false;
  if ([...card.querySelectorAll(sel.picture)].some((picture) => !picture.closest(sel.profileLink))) return false;
  return ![...card.querySelectorAll(sel.pageLink)].some((link) => !link.closest(MESSAGE));
}

/** A card's controls that are no profile link and no messaging link (pending-signs.ts counts the same way). */
export function ownControls(card: Element): number {
  let own = 0;
  for (const control of card.querySelectorAll(sel.actionControl)) if (!control.matches(`${sel.profileLink}, ${sel.replyLink}`)) own += 1;
  return own;
}

/** Whose card it is, by structure alone: the slug of its first profile link; '' where it has none. */
export function slugOf(card: Element): string {
  return profileSlug(card.querySelector(sel.profileLink)?.getAttribute('href') ?? '');
}

/**
 * The cards under `root` (or `root` itself), in page order: each outermost list-item card, and
 * around every control in none of them, the card cardAround finds (issue 13's cards without list
 * item). What the page hands over; the background's reading says which hold an invitation.
 */
export function cardsIn(root: Element): Element[] {
  const listed = root.matches(invitationCards.card) ? [root] : [...root.querySelectorAll(invitationCards.card)];
  const cards = listed.filter(
    (card) =>
      card === root ||
      !card.parentElement?.closest(invitationCards.card) ||
      !root.contains(card.parentElement.closest(invitationCards.card)),
  );
  const inCards = (el: Element) => cards.some((card) => card.contains(el) || el.contains(card));
  let added = false;
  for (const control of root.querySelectorAll(sel.actionControl)) {
    if (inCards(control)) continue;
    const card = cardAround(control);
    if (card && root.contains(card) && !inCards(card)) {
      cards.push(card);
      added = true;
    }
  }
  return added ? cards.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1)) : cards;
}
