import { collapse, withoutBidiControls, type CardLink } from './dom-text';
import * as sel from './selectors';

// The inviter's name inside their profile link (docs/linkedin-dom.md, "Stable hooks" 3). Most
// layouts link the name alone, but some wrap more in the same link: the headline, the degree
// ("· 2nd"), a "Verified" badge, pronouns (issue 13). The link's whole text is then no name, and no
// label names it. The name is the part of the link that the Accept/Ignore labels name or, where the
// labels name nobody, the link's first text block before any separator.

/** Case, bidi marks and Unicode forms set aside: how a name is compared with a label. */
export const fold = (text: string): string => withoutBidiControls(text).normalize('NFC').toLowerCase();

// What may follow a name on its own line: "Priya Raman · 2nd", "Ana Silva | Verified", "Bo Li (he/him)".
const AFTER_NAME = /\s+[·•|–—]\s*|,\s|\s\(/u;

/** The link's first text block, up to the first separator: the name when no label names it. */
export function firstBlockName(inviter: CardLink): string {
  // A link of several parts ("<span>Name</span> <span>Headline</span>", one line only through CSS):
  // its first part with text.
  let head = inviter.first;
  const parts = [...inviter.link.children].filter((child) => child.localName !== 'svg' && (child.textContent ?? '').trim());
  if (parts.length > 1) head = collapse(parts[0]?.textContent ?? '');
  return withoutBidiControls(head.split(AFTER_NAME, 1)[0] ?? '');
}

/**
 * The inviter's name for an Accept sentence that names `named` (labels.ts). The sentence may name
 * more than the link shows ("Marcus Feld Verified", a badge's label read into it) or less (the link
 * wraps the headline): the shorter of the two, when one holds the other. Null when they name
 * different people.
 */
export function nameInSentence(inviter: CardLink, named: string): string | null {
  const inLabel = fold(named);
  const text = withoutBidiControls(inviter.text);
  if (inLabel.includes(fold(text))) return text;
  for (const part of [withoutBidiControls(inviter.first), firstBlockName(inviter)]) if (part && inLabel.includes(fold(part))) return part;
  const name = withoutBidiControls(named);
  // The label's name must end where a word of the link does: "Marcus" is not "Marcus Feld".
  return fold(text).startsWith(inLabel) && !/^[\p{L}\p{N}]/u.test(text.slice(name.length)) ? name : null;
}

/**
 * The longest leading part of the link that `label` holds (a label of a language whose sentences
 * are unknown: "Einladung von Marcus Feld annehmen"), cut where the link's text nodes are cut, so
 * that "Marcus" alone never passes for "Marcus Feld". Null when the label holds none.
 */
export function nameNamedBy(inviter: CardLink, label: string): string | null {
  const inLabel = fold(label);
  const text = withoutBidiControls(inviter.text);
  // The common case first: the link holds the name alone, and no walk over it is needed.
  if (inLabel.includes(fold(text))) return text;
  return shorterNames(inviter).find((name) => inLabel.includes(fold(name))) ?? null;
}

/**
 * The leading parts of the link shorter than its whole text, longest first: each one ending where
 * one of its text nodes ends, and its first block up to a separator. Walks the link (a few nodes):
 * asked only when its whole text is not the name.
 */
export function shorterNames(inviter: CardLink): string[] {
  const link = inviter.link;
  const whole = withoutBidiControls(inviter.text);
  const names: string[] = [];
  let raw = '';
  const walker = link.ownerDocument.createTreeWalker(link, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const chrome = parent?.closest(`${sel.notContent}, svg, style, script, template`);
    if (!parent || (chrome && link.contains(chrome)) || !(node.nodeValue ?? '').trim()) continue;
    raw += node.nodeValue ?? '';
    names.push(withoutBidiControls(collapse(raw)));
  }
  names.reverse().push(firstBlockName(inviter));
  return [...new Set(names)].filter((name) => name && name !== whole).sort((a, b) => b.length - a.length);
}
