import { cardAround, ownControls } from './card-finding';
import { isNonPersonCard } from './non-person';
import { invitationCards } from './pages';
import * as sel from './selectors';

// When detection finds no invitation on an invitations page, is that because there is none, or
// because LinkedIn changed its page and we no longer recognise them? We look for signs of pending
// person invitations that need no labels and no language: a card-shaped element (any era's card,
// or an item of a known invitation list) with a profile link and at least two controls of its
// own, that is not a Page/newsletter/event card. Controls that only link to a profile or to
// messaging do not count, so a card already turned into "<Name> is now a connection" (Message +
// Dismiss) and a "People you may know" suggestion (one Connect button) are not signs.

function looksLikePendingPerson(card: Element): boolean {
  return card.querySelector(sel.profileLink) !== null && ownControls(card) >= 2 && !isNonPersonCard(card);
}

/** True when the page shows what look like pending person invitations (call it when none were found). */
export function showsUnrecognisedInvitations(root: ParentNode): boolean {
  try {
    for (const card of root.querySelectorAll(invitationCards.card)) if (looksLikePendingPerson(card)) return true;
    // Then, in every era's list and strip, the card detection takes around each control: a list's
    // child (the 2025 form) or the smallest box holding one person's links and a control (a React
    // strip's role="list" whose rows lost their list items: issue 13).
    const seen = new Set<Element>();
    for (const control of root.querySelectorAll(`:is(${invitationCards.list}) :is(${sel.actionControl})`)) {
      const card = cardAround(control);
      if (card && !seen.has(card) && (seen.add(card), looksLikePendingPerson(card))) return true;
    }
    return false;
  } catch {
    return false;
  }
}
