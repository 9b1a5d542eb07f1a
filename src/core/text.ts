// Every string that comes from LinkedIn's page or from a user's file is hostile until it has
// passed through here: we keep it as plain text, drop characters that can disguise it, and cap it.

/** Length caps, in UTF-16 code units. Generous for real data, small enough that a 100 KB name cannot bloat storage. */
export const LIMITS = {
  profile: 200,
  name: 200,
  headline: 500,
  mutual: 200,
  age: 100,
  degree: 20,
  message: 2000,
  note: 5000,
  company: 200,
  companies: 50,
  /** Invitations (or removed profiles) in one message from a tab: a bigger list comes in several. */
  invitationsPerReport: 500,
  /** Invitations one tab's contents may hold (storage.session has a 10 MB quota for every tab together). */
  invitationsPerTab: 5000,
  search: 200,
  pageReport: 250_000,
} as const;

/**
 * What a hand-over of cards may carry (protocol.ts, tab-cards): characters of one card's markup
 * (a 2026 card is about 1,700, an Ember one 2,700; a card over it is read as no card), and of the
 * page's `<html lang>`. Apart from LIMITS, which the invitation-page code carries: only the
 * background and its offscreen document check these.
 */
export const HANDOVER_LIMITS = { cardMarkup: 65_536, lang: 35 } as const;

/** How deep a badge's place may lie in its card: a path longer than any card is not one. */
const BADGE_PATH_DEPTH = 64;

/**
 * A badge's place as a reading gives it (card-markup.ts pathTo): child indexes from the card, at
 * most BADGE_PATH_DEPTH of them. The background checks each reading with it, the page each answer.
 */
export function isBadgePath(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= BADGE_PATH_DEPTH && value.every((index) => Number.isInteger(index) && index >= 0);
}

// C0/C1 controls (but tab/newline, handled below), and the bidi embedding/override/isolate marks
// that can make "evil.com/moc.live" read backwards. Zero-width joiners stay: emoji sequences need them.
const DISGUISING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The same, to test a string for any of them (a global regex's `test` would keep state between calls). */
const DISGUISING_ANY = new RegExp(DISGUISING.source);

/** Cuts at `max` without leaving half of a surrogate pair behind. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** One line of plain text: disguising characters removed, whitespace collapsed, trimmed, capped. */
export function plainLine(value: string, max: number): string {
  return cap(value.replace(DISGUISING, '').replace(/\s+/g, ' ').trim(), max);
}

/**
 * A profile slug as it identifies one person: taken whole or not at all. Cleaning a slug (stripping
 * a control character, cutting it at the cap) could turn one person's slug into another's and merge
 * two people's notes, so a slug that would need cleaning is refused instead: not empty, within the
 * cap, no slash, no whitespace, no disguising character. LinkedIn's own slugs are all like that.
 */
export function isProfileSlug(value: string): boolean {
  return value.length > 0 && value.length <= LIMITS.profile && !value.includes('/') && !/\s/.test(value) && !DISGUISING_ANY.test(value);
}

/** Multi-line plain text (the user's note): keeps line breaks, removes disguising characters, capped. */
export function plainText(value: string, max: number): string {
  return cap(value.replace(/\r\n?/g, '\n').replace(DISGUISING, ''), max);
}
