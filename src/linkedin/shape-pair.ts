import { accessibleName, textOf, type CardLink } from './dom-text';
import { fold, shorterNames } from './inviter-name';
import { hasOtherActionVerb } from './labels';
import { profileSlug } from './profile-slug';
import * as sel from './selectors';

// The last way in, for a UI language whose Accept/Ignore words nobody listed in languages/
// (docs/linkedin-dom.md: "never let English words be the only way to find anything"; LinkedIn has
// some thirty UI languages and we know the words of a handful). Without a known verb we cannot
// tell Accept from Ignore, but the pair still has a shape no other control pair in the list has:
//   - two controls, each labelled with the inviter's full name AND something more (a verb): the
//     name link, the photo link and "Reply to Tom" do not count;
//   - side by side, in a box of their own: nothing else in it, neither another control nor text;
//   - saying different things (Accept and Ignore are worded differently in every language known);
//   - exactly one such pair on a card that names one person and is not a Page/newsletter/event
//     invitation (checked by the caller, language-neutral by links).
// The caller only asks about cards the verb paths never read (invitations.ts): a card holding a
// known Accept control is theirs to judge, and their "no" stands.
// What this keeps out, each pinned by a test: "People you may know" (one "Invite <Name>" control;
// in the React era the card does not even hold the /in/ link), "<Name> is now a connection"
// (Message is a /messaging/ link, Dismiss names nobody), and, in the languages we know, pairs
// labelled with another action's verb ("Message <Name>", "Dismiss <Name>"). Known limit: in a
// language we know nothing of, a card showing two such other-action buttons side by side, both
// naming the person, would pass. No such card is known; if one turns up, its words go into that
// language's module (languages/).

/**
 * The pair by shape, and the inviter's name it names: the link's whole text, else (a link that also
 * wraps the headline or a badge: inviter-name.ts) a shorter leading part of it.
 */
export function pairByShapeNamed(card: Element, inviter: CardLink): { pair: [Element, Element]; name: string } | null {
  const whole = pairByShape(card, inviter.text);
  if (whole) return { pair: whole, name: inviter.text };
  // A "card" naming two people never has a pair: no need to try shorter names.
  if (namedProfiles(card).size !== 1) return null;
  for (const name of shorterNames(inviter)) {
    const pair = pairByShape(card, name);
    if (pair) return { pair, name };
  }
  return null;
}

/** The card's two controls that look like Accept and Ignore by shape alone, in document order. */
export function pairByShape(card: Element, name: string): [Element, Element] | null {
  // A "card" naming two people is a list without per-card wrappers: whose pair is whose is a guess.
  if (namedProfiles(card).size !== 1) return null;
  const who = fold(name);
  const naming = [...card.querySelectorAll(sel.actionControl)]
    .filter((el) => !el.matches(`${sel.profileLink}, ${sel.replyLink}`))
    .filter((el) => !el.closest(`[aria-hidden="true"], ${sel.messageReact}, ${sel.messageEmber}`))
    .map((el) => ({ el, label: accessibleName(el) }))
    .filter((c) => fold(c.label).includes(who));

  // What a label says besides the name: must be something, and differ between the two.
  const rest = (label: string): string => fold(label).replace(who, ' ').replace(/\s+/g, ' ').trim();
  const pairs: [Element, Element][] = [];
  for (let i = 0; i + 1 < naming.length; i++) {
    const [a, b] = [naming[i], naming[i + 1]] as [(typeof naming)[0], (typeof naming)[0]];
    const [restA, restB] = [rest(a.label), rest(b.label)];
    if (!/[\p{L}\p{N}]/u.test(restA) || !/[\p{L}\p{N}]/u.test(restB) || restA === restB) continue;
    if (hasOtherActionVerb(a.label) || hasOtherActionVerb(b.label)) continue;
    if (inOwnBox(a.el, b.el, card)) pairs.push([a.el, b.el]);
  }
  // Two candidate pairs on one card: we cannot tell which is the invitation's.
  return pairs.length === 1 ? (pairs[0] ?? null) : null;
}

/** The profiles the card links by name (not the photo link, not links in the sender's message). */
function namedProfiles(card: Element): Set<string> {
  const slugs = new Set<string>();
  for (const link of card.querySelectorAll(sel.profileLink)) {
    if (link.closest(`${sel.messageReact}, ${sel.messageEmber}`) || !textOf(link, sel.notContent)) continue;
    slugs.add(profileSlug(link.getAttribute('href') ?? ''));
  }
  return slugs;
}

/** True when the nearest box around both controls holds nothing else: no control, no text. */
function inOwnBox(a: Element, b: Element, card: Element): boolean {
  if (a.contains(b) || b.contains(a)) return false;
  let box = a.parentElement;
  while (box && !box.contains(b)) box = box.parentElement;
  // The card itself is never a box of its own: it holds the name link too (which the rule on other
  // controls below would also catch; said here so the intent is plain).
  if (!box || box === card) return false;
  const inPair = (node: Node): boolean => a.contains(node) || b.contains(node);
  for (const other of box.querySelectorAll(sel.actionControl)) if (!inPair(other)) return false;
  const walker = box.ownerDocument.createTreeWalker(box, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (inPair(node) || node.parentElement?.closest('svg, style, script, template')) continue;
    if ((node.nodeValue ?? '').trim()) return false;
  }
  return true;
}
