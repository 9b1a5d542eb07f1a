import { HANDOVER_LIMITS, LIMITS } from '../core/text';
import type { Invitation } from '../core/types';
import { findInvitations } from './invitations';

// Reading a card from its markup, away from the page (issue 11's plan, docs/design.md "What runs
// on LinkedIn's pages"): the page hands over each new or changed card's outerHTML, the background
// parses it inert and reads it with the same readers the page uses today (invitations.ts), and
// answers with the invitation and where its badge goes, as a path the page can follow in the live
// card. The background reads through background/card-reader.ts (in an offscreen document where
// its worker has no DOM); card-markup.test.ts holds this reading to the live one on every fixture.

/** What a hand-over may carry (core/text.ts LIMITS): markup beyond these is refused whole, never read in part. */
export const MARKUP_LIMITS = {
  /** Characters of one card's outerHTML (a 2026 card is about 1,700; an Ember one 2,700). */
  perCard: HANDOVER_LIMITS.cardMarkup,
  /** Cards in one hand-over, as many as one report may carry. (The page's `<html lang>`: HANDOVER_LIMITS.lang.) */
  cards: LIMITS.invitationsPerReport,
} as const;

/**
 * Our badge host (badge.ts PROFILE_ATTR): not counted in paths, as the page's markup holds it
 * once a card has been badged. It is not taken out before reading: it holds no text (its shadow
 * root never serialises), and an element the page marked so may hold the page's own.
 */
const BADGE_HOST = '[data-know-trust-profile]';

/** One handed-over card, read: its invitation, and the path from the card to its controls box. */
export interface ReadMarkup {
  invitation: Invitation;
  /** Child-element indexes from the card to the box the badge goes before, our badges not counted. */
  controls: number[];
}

/**
 * Each card's reading, in the order handed over: null where the markup holds no person's pending
 * invitation, holds more than one card, or is over the cap. `parse` must give an inert document
 * (DOMParser's: no script runs, nothing is fetched). Never throws.
 */
export function readCardMarkup(markup: readonly unknown[], lang: string, parser: DOMParser): (ReadMarkup | null)[] {
  return markup.slice(0, MARKUP_LIMITS.cards).map((html) => {
    if (typeof html !== 'string' || html.length > MARKUP_LIMITS.perCard) return null;
    try {
      const doc = parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
      const card = doc.body.firstElementChild;
      // One element handed over, one card: anything else is not what the page sent.
      if (!card || doc.body.childElementCount !== 1) return null;
      const found = findInvitations(card, lang);
      const [one] = found;
      if (!one || found.length !== 1) return null;
      const controls = pathTo(card, one.controls);
      return controls ? { invitation: one.invitation, controls } : null;
    } catch {
      return null;
    }
  });
}

/** Child-element indexes from `root` down to `el` (our badges not counted); null if `el` is not inside. */
export function pathTo(root: Element, el: Element): number[] | null {
  const path: number[] = [];
  for (let at: Element | null = el; at !== root; at = at.parentElement) {
    const parent: Element | null = at?.parentElement ?? null;
    if (!at || !parent) return null;
    let index = 0;
    for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (!sibling.matches(BADGE_HOST)) index += 1;
    }
    path.unshift(index);
  }
  return path;
}

/** The element at `path` under `root` (our badges not counted), or null where the card has changed. */
export function elementAt(root: Element, path: readonly number[]): Element | null {
  let at: Element | null = root;
  for (const index of path) {
    if (!Number.isInteger(index) || index < 0) return null;
    let seen = -1;
    let child: Element | null = at.firstElementChild;
    for (; child; child = child.nextElementSibling) {
      if (!child.matches(BADGE_HOST)) seen += 1;
      if (seen === index) break;
    }
    if (!child) return null;
    at = child;
  }
  return at;
}
