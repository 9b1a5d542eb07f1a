import type { Invitation } from '../core/types';
import { CARD_PARTS, readCardText, readMessage } from './card-text';
import { acceptAndIgnore, controlsBox, isAcceptLike } from './controls';
import { readCardLines, simpleCardLines } from './card-lines';
import { accessibleName, withoutBidiControls, type CardLink, type CardLines } from './dom-text';
import { labelPatternsFor, nameInAcceptLabel, nameInIgnoreLabel, type LabelPatterns } from './labels';
import { showsNonPersonSignsOrNoPicture } from './non-person';
import { invitationCards } from './pages';
import { nameInSentence } from './inviter-name';
import { pairByShapeNamed } from './shape-pair';
import { profileSlug } from './profile-slug';
import { cardAround } from './card-finding';
import * as sel from './selectors';

export { profileSlug, cardAround };

// Finds the pending person invitations in a piece of LinkedIn's page (docs/linkedin-dom.md, "Stable
// hooks"). We start from the Accept controls, the strongest hook, and climb to their card; class
// names are never needed, so every layout era goes through the same path. Cards that no Accept
// control of a known language leads to get a second, verb-less look (shape-pair.ts).

export interface FoundInvitation {
  /** The invitation card: one per invitation, whatever the layout. */
  card: Element;
  /** Around the card's Accept and Ignore controls; the badge goes right before it. */
  controls: Element;
  invitation: Invitation;
}

/**
 * The pending person invitations under `root`, in document order, one per card. `lang` defaults to
 * the page's `<html lang>`. Never throws: a page we do not understand yields fewer invitations.
 */
export function findInvitations(root: ParentNode, lang?: string): FoundInvitation[] {
  try {
    const patterns = labelPatternsFor(lang ?? pageLang(root));
    // The content script reads a list one item at a time: most items are one plain card.
    const plain = root instanceof Element ? lonePlainCard(root) : null;
    const one = plain ? readPlainCard(plain, patterns) : null;
    return one ? [one] : findByControls(root, patterns);
  } catch {
    return [];
  }
}

/**
 * findInvitations the long way, for any piece of any page: from every control, each card read by
 * all of the rules. Exported for the tests that hold the short way (readPlainCard) to its answers.
 */
export function findByControls(root: ParentNode, patterns: readonly LabelPatterns[]): FoundInvitation[] {
  try {
    const controls = [...root.querySelectorAll(sel.actionControl)];
    // Each control's accessible name is worked out once, here and for its card's pair.
    const labels = new Map<Element, string>();
    const labelOf = (control: Element): string => {
      let label = labels.get(control);
      if (label === undefined) labels.set(control, (label = accessibleName(control)));
      return label;
    };
    // …and whether it is a known Accept sentence, asked once too.
    const acceptNames = new Map<Element, string | null>();
    const acceptNameOf = (control: Element, label: string): string | null => {
      let name = acceptNames.get(control);
      if (name === undefined) acceptNames.set(control, (name = nameInAcceptLabel(label, patterns)));
      return name;
    };
    const reading: CardReading = { patterns, labelOf, acceptNameOf };
    const seen = new Set<Element>();
    const found: FoundInvitation[] = [];
    let outOfOrder = false;
    const overlaps = (a: Element, b: Element): boolean => a.contains(b) || b.contains(a);
    const visit = (card: Element | null, byShape: boolean): void => {
      if (!card || seen.has(card)) return;
      // The shape path never reads a card around or inside one already read: that is the same
      // invitation seen from another control, and where the verb paths said no, their no stands.
      if (byShape && [...seen].some((other) => overlaps(card, other))) return;
      seen.add(card);
      try {
        const one = readCard(card, byShape, reading);
        if (one) {
          // Cards come in document order from the first loop; only the shape path can add one earlier.
          const last = found[found.length - 1];
          if (byShape && last && last.card.compareDocumentPosition(card) & 2 /* PRECEDING */) outOfOrder = true;
          found.push(one);
        }
      } catch {
        // One card we cannot read must not cost the user the others.
      }
    };
    // First from the Accept controls we can name (a known sentence or verb)…
    for (const control of controls) {
      const label = labelOf(control);
      if (isAcceptLike(control, label) || acceptNameOf(control, label) !== null) visit(cardAround(control), false);
    }
    // …then, for a UI language whose words we do not know, from every other control (shape-pair.ts).
    // A control inside a card already read leads to that card or one inside it: nothing to visit.
    // (One query per card read, not a climb from every control: each node touched costs.)
    const inSeenCards = new Set<Element>(seen);
    for (const card of seen) for (const control of card.querySelectorAll(sel.actionControl)) inSeenCards.add(control);
    for (const control of controls) if (!inSeenCards.has(control)) visit(cardAround(control), true);
    return outOfOrder ? found.sort((a, b) => (a.card.compareDocumentPosition(b.card) & 4 /* FOLLOWING */ ? -1 : 1)) : found;
  } catch {
    return [];
  }
}

function pageLang(root: ParentNode): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return doc.documentElement?.lang ?? '';
}

// The short way (issue 11: with 1,000 cards, the long way's climbs, second looks at every control
// and case folding of every label were most of the extension's time). A list item that holds one
// card and no control outside it, a card plainly made of paragraphs (card-lines.ts) whose Accept
// label is a known sentence and whose Ignore label a known sentence too: what the long way would
// read, read with a third of its DOM calls. Anything else, or anything that would make the card no
// invitation, goes the long way, so the short way never has an answer of its own (plain-card
// tests in invitations.test.ts compare the two on every element of every fixture).

/** The one card under `root` (or `root` itself), when every control under `root` is inside it. */
function lonePlainCard(root: Element): Element | null {
  // A list item is most often the card's wrapper, with the card as its only child: five cheap
  // questions instead of two queries over the whole item.
  let card: Element | null = root;
  if (!root.matches(invitationCards.card)) {
    const only = root.childElementCount === 1 ? root.firstElementChild : null;
    if (only && only.matches(invitationCards.card) && !root.matches(sel.actionControl)) card = only;
    else {
      const cards = root.querySelectorAll(invitationCards.card);
      card = cards.length === 1 ? (cards[0] ?? null) : null;
      if (card && root.querySelectorAll(sel.actionControl).length !== card.querySelectorAll(sel.actionControl).length) return null;
    }
  }
  return card && !card.querySelector(invitationCards.card) ? card : null;
}

/** The card read the short way; null where the long way must read it. */
export function readPlainCard(card: Element, patterns: readonly LabelPatterns[]): FoundInvitation | null {
  const read = simpleCardLines(card, CARD_PARTS);
  const inviter = read ? inviterOf(read) : null;
  if (!read || !inviter) return null;
  // acceptAndIgnore's known-sentence path: one Accept sentence, the first control with an Ignore
  // sentence (another control than Accept: else the long way decides).
  let accept: Element | null = null;
  let named = '';
  let ignore: Element | null = null;
  for (const control of card.querySelectorAll(sel.actionControl)) {
    const label = accessibleName(control);
    const inAccept = nameInAcceptLabel(label, patterns);
    if (inAccept !== null) {
      if (accept) return null;
      accept = control;
      named = inAccept;
    }
    if (!ignore && nameInIgnoreLabel(label, patterns) !== null) ignore = control;
  }
  if (!accept || !ignore || ignore === accept) return null;
  const name = nameInSentence(inviter, named);
  if (name === null || showsNonPersonSignsOrNoPicture(read, card)) return null;
  const { headline, mutual, age } = readCardText(card, read, inviter.link, name);
  return {
    card,
    controls: controlsBox(card, accept, ignore),
    invitation: { profile: inviter.profile, name, headline, mutual, age, message: readMessage(card, read) },
  };
}

/** What one findInvitations call works out once for all its cards. */
interface CardReading {
  patterns: readonly LabelPatterns[];
  labelOf(control: Element): string;
  acceptNameOf(control: Element, label: string): string | null;
}

function readCard(card: Element, byShape: boolean, { patterns, labelOf, acceptNameOf }: CardReading): FoundInvitation | null {
  // One walk over the card's text gives the inviter's link, the non-person signs and the lines.
  const read = readCardLines(card, CARD_PARTS);
  const inviter = inviterOf(read);
  if (!inviter) return null;
  const byPair = byShape ? pairByShapeNamed(card, inviter) : null;
  const pair = byPair
    ? { accept: byPair.pair[0], ignore: byPair.pair[1], name: byPair.name }
    : byShape
      ? null
      : acceptAndIgnore(card, inviter, patterns, labelOf, acceptNameOf);
  if (!pair || showsNonPersonSignsOrNoPicture(read, card)) return null;
  const { headline, mutual, age } = readCardText(card, read, inviter.link, pair.name);
  return {
    card,
    controls: controlsBox(card, pair.accept, pair.ignore),
    invitation: { profile: inviter.profile, name: pair.name, headline, mutual, age, message: readMessage(card, read) },
  };
}

/**
 * The first profile link with text: the inviter (the photo link before it has no text). Its text,
 * without bidi marks (the name is compared with labels and shown on its own: dom-text.ts), may hold
 * more than the name; the controls' labels say which part is the name (controls.ts).
 */
function inviterOf(read: CardLines): (CardLink & { profile: string }) | null {
  for (const { link, text, first } of read.profileLinks) {
    const whole = withoutBidiControls(text);
    if (!whole) continue;
    const profile = profileSlug(link.getAttribute('href') ?? '');
    if (profile) return { link, text: whole, first: withoutBidiControls(first), profile };
  }
  return null;
}
