import type { Invitation } from '../core/types';
import { readCardText, readMessage } from './card-text';
import { acceptAndIgnore, controlsBox, isAcceptLike } from './controls';
import { accessibleName, textOf } from './dom-text';
import { labelPatternsFor, nameInAcceptLabel, type LabelPatterns } from './labels';
import { isNonPersonCard } from './non-person';
import * as sel from './selectors';

// Finds the pending person invitations in a piece of LinkedIn's page (linkedin-dom.md, "Stable
// hooks"). We start from the Accept controls, the strongest hook, and climb to their card; class
// names are never needed, so every layout era goes through the same path.

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
    const seen = new Set<Element>();
    const found: FoundInvitation[] = [];
    for (const control of root.querySelectorAll(sel.actionControl)) {
      const label = accessibleName(control);
      if (!isAcceptLike(control, label) && nameInAcceptLabel(label, patterns) === null) continue;
      const card = cardAround(control);
      if (!card || seen.has(card)) continue;
      seen.add(card);
      try {
        const one = readCard(card, patterns);
        if (one) found.push(one);
      } catch {
        // One card we cannot read must not cost the user the others.
      }
    }
    return found.sort((a, b) => (a.card.compareDocumentPosition(b.card) & 4 /* FOLLOWING */ ? -1 : 1));
  } catch {
    return [];
  }
}

function pageLang(root: ParentNode): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return doc.documentElement?.lang ?? '';
}

// The nearest era-specific card; a plain list item only when none is around. No card at all means
// a bulk toolbar or a dialog: not an invitation.
function cardAround(control: Element): Element | null {
  return control.closest(`${sel.cardReact}, ${sel.cardReact2025}, ${sel.cardEmber}`) ?? control.closest(sel.cardListItem);
}

function readCard(card: Element, patterns: readonly LabelPatterns[]): FoundInvitation | null {
  const inviter = inviterOf(card);
  if (!inviter) return null;
  const pair = acceptAndIgnore(card, inviter.name, patterns);
  if (!pair || isNonPersonCard(card)) return null;
  const { headline, mutual, age } = readCardText(card, inviter.link, inviter.name);
  return {
    card,
    controls: controlsBox(card, pair.accept, pair.ignore),
    invitation: { profile: inviter.profile, name: inviter.name, headline, mutual, age, message: readMessage(card) },
  };
}

/** The first profile link with text: the inviter (the photo link before it has no text). */
function inviterOf(card: Element): { link: Element; profile: string; name: string } | null {
  for (const link of card.querySelectorAll(sel.profileLink)) {
    const profile = profileSlug(link.getAttribute('href') ?? '');
    const name = textOf(link, sel.notContent);
    if (profile && name) return { link, profile, name };
  }
  return null;
}

/** `/in/<slug>/` → slug, percent-decoded (slugs can hold non-Latin letters); '' when not a profile. */
export function profileSlug(href: string): string {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (url.hostname !== 'linkedin.com' && !url.hostname.endsWith('.linkedin.com')) return '';
    const raw = /^\/in\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw; // a malformed escape: the raw slug still identifies the person
    }
  } catch {
    return '';
  }
}
