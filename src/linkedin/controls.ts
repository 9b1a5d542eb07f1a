import type { CardLink } from './dom-text';
import { accessibleName } from './dom-text';
import { firstBlockName, fold, nameInSentence, nameNamedBy } from './inviter-name';
import { hasAcceptVerb, hasIgnoreVerb, isBareVerb, nameInAcceptLabel, nameInIgnoreLabel, type LabelPatterns } from './labels';
import { isPersonPhoto } from './person-photo';
import { profileSlug } from './profile-slug';
import * as sel from './selectors';
export { controlsBox } from './card-finding';

export { fold };

// Which of a card's controls are its Accept and Ignore (docs/linkedin-dom.md, "Stable hooks" 1), and the
// box around them where the badge goes. A card only counts as a person invitation when its Accept
// label names the inviter, or, where the controls carry no name at all (a bare "Accept"), when the
// card shows a person: their photo in their /in/ link (and, checked by the caller, no Page, group,
// newsletter or event link). That keeps out Page invitations, lists mistaken for cards (several
// Accepts) and cards whose label and profile link disagree.

export function isAcceptLike(control: Element, label: string): boolean {
  return hasAcceptVerb(label) || hasAcceptVerb(control.textContent ?? '');
}

function isIgnoreLike(control: Element, label: string): boolean {
  return hasIgnoreVerb(label) || hasIgnoreVerb(control.textContent ?? '');
}

export interface ControlPair {
  accept: Element;
  /** Null when the card shows Accept alone. */
  ignore: Element | null;
  /** The inviter's name: the part of their link that the labels name (inviter-name.ts). */
  name: string;
}

/**
 * The card's Accept (and Ignore) control, provided its label names the inviter. Known sentences
 * first; else the structural fallback for languages whose sentences nobody has seen: exactly one
 * accept-like control (and at most one ignore-like), the accept one naming the person; else, for
 * controls that name nobody, a card showing the inviter's photo.
 */
export function acceptAndIgnore(
  card: Element,
  inviter: CardLink & { profile: string },
  patterns: readonly LabelPatterns[],
  labelOf: (control: Element) => string = accessibleName,
  acceptNameOf: (control: Element, label: string) => string | null = (_control, label) => nameInAcceptLabel(label, patterns),
): ControlPair | null {
  const controls = [...card.querySelectorAll(sel.actionControl)].map((el) => ({ el, label: labelOf(el) }));
  const ignoreLike = controls.filter((c) => isIgnoreLike(c.el, c.label));
  const loneIgnore = ignoreLike.length === 1 ? (ignoreLike[0]?.el ?? null) : null;

  let sentence: { el: Element; named: string } | undefined;
  for (const c of controls) {
    const named = acceptNameOf(c.el, c.label);
    if (named === null) continue;
    // Several Accept sentences: this "card" is a whole list, and we cannot tell whose badge is whose.
    if (sentence) return null;
    sentence = { el: c.el, named };
  }
  if (sentence) {
    const name = nameInSentence(inviter, sentence.named);
    if (name === null) return null;
    const ignore = controls.find((c) => nameInIgnoreLabel(c.label, patterns) !== null)?.el ?? loneIgnore;
    return { accept: sentence.el, ignore: ignore === sentence.el ? null : ignore, name };
  }

  const acceptLike = controls.filter((c) => isAcceptLike(c.el, c.label));
  const [accept] = acceptLike;
  if (acceptLike.length !== 1 || !accept || ignoreLike.length > 1 || loneIgnore === accept.el) return null;
  if (!isBareVerb(accept.label)) {
    const name = nameNamedBy(inviter, accept.label);
    return name === null ? null : { accept: accept.el, ignore: loneIgnore, name };
  }
  // A bare "Accept"/"Annehmen" names nobody: a Page, group, newsletter or event invitation, unless
  // the card shows the person (a bare Accept and Ignore, no accessible name: issue 13).
  return loneIgnore && showsInviterPhoto(card, inviter.profile)
    ? { accept: accept.el, ignore: loneIgnore, name: firstBlockName(inviter) }
    : null;
}

/** True when the card shows the inviter's photo in a link to their own profile (not a badge beside their name). */
function showsInviterPhoto(card: Element, profile: string): boolean {
  for (const photo of card.querySelectorAll(sel.personPhoto)) {
    if (isPersonPhoto(photo) && profileSlug(photo.closest(sel.profileLink)?.getAttribute('href') ?? '') === profile) return true;
  }
  return false;
}
