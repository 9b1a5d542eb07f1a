import { collapse, withoutBidiControls, type CardLink } from './dom-text';

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
 * The inviter's name in a label of a language whose sentences are unknown ("Einladung von Marcus
 * Feld annehmen"): the link's whole text, else its first line, else its first block, whichever
 * the label holds. Null when the label holds none.
 */
export function nameNamedBy(inviter: CardLink, label: string): string | null {
  const inLabel = fold(label);
  return [withoutBidiControls(inviter.text), ...shorterNames(inviter)].find((name) => inLabel.includes(fold(name))) ?? null;
}

/** The link's first line and its first block (firstBlockName), where they are shorter than its whole text. */
export function shorterNames(inviter: CardLink): string[] {
  const whole = withoutBidiControls(inviter.text);
  return [...new Set([withoutBidiControls(inviter.first), firstBlockName(inviter)])].filter((name) => name && name !== whole);
}
