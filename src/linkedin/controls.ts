import { accessibleName, withoutBidiControls } from './dom-text';
import { hasAcceptVerb, hasIgnoreVerb, isBareVerb, nameInAcceptLabel, nameInIgnoreLabel, type LabelPatterns } from './labels';
import * as sel from './selectors';

// Which of a card's controls are its Accept and Ignore (docs/linkedin-dom.md, "Stable hooks" 1), and the
// box around them where the badge goes. A card only counts as a person invitation when its Accept
// label names the inviter: that single rule keeps out Page invitations (bare verbs), lists
// mistaken for cards (several Accepts) and cards whose label and profile link disagree.

export function isAcceptLike(control: Element, label: string): boolean {
  return hasAcceptVerb(label) || hasAcceptVerb(control.textContent ?? '');
}

function isIgnoreLike(control: Element, label: string): boolean {
  return hasIgnoreVerb(label) || hasIgnoreVerb(control.textContent ?? '');
}

export interface ControlPair {
  accept: Element;
  ignore: Element | null;
}

/**
 * The card's Accept (and Ignore) control, provided its label names the inviter. Known sentences
 * first; else the structural fallback for languages whose sentences nobody has seen: exactly one
 * accept-like and one ignore-like control, the accept one naming the person.
 */
export function acceptAndIgnore(
  card: Element,
  name: string,
  patterns: readonly LabelPatterns[],
  labelOf: (control: Element) => string = accessibleName,
  acceptNameOf: (control: Element, label: string) => string | null = (_control, label) => nameInAcceptLabel(label, patterns),
): ControlPair | null {
  const controls = [...card.querySelectorAll(sel.actionControl)].map((el) => ({ el, label: labelOf(el) }));
  const namesInviter = (label: string): boolean => fold(label).includes(fold(name));

  const accepts = controls.filter((c) => acceptNameOf(c.el, c.label) !== null);
  // Several Accept sentences: this "card" is a whole list, and we cannot tell whose badge is whose.
  if (accepts.length > 1) return null;
  const [sentence] = accepts;
  if (sentence) {
    if (!namesInviter(sentence.label)) return null;
    const ignore = controls.find((c) => nameInIgnoreLabel(c.label, patterns) !== null);
    return { accept: sentence.el, ignore: ignore?.el ?? null };
  }

  const acceptLike = controls.filter((c) => isAcceptLike(c.el, c.label));
  const ignoreLike = controls.filter((c) => isIgnoreLike(c.el, c.label));
  const [accept] = acceptLike;
  const [ignore] = ignoreLike;
  if (acceptLike.length !== 1 || ignoreLike.length !== 1 || !accept || !ignore || accept.el === ignore.el) return null;
  // A bare "Accept"/"Annehmen" names nobody: that is a Page, newsletter or event invitation.
  if (isBareVerb(accept.label) || !namesInviter(accept.label)) return null;
  return { accept: accept.el, ignore: ignore.el };
}

// Bidi marks around or inside a right-to-left name must not hide it from the label (dom-text.ts).
export const fold = (text: string): string => withoutBidiControls(text).normalize('NFC').toLowerCase();

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
