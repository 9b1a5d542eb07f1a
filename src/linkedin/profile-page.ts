import type { Invitation } from '../core/types';
import { fromEveryLanguage } from './languages';
import { controlsBox } from './controls';
import { accessibleName, linesOf, withoutBidiControls } from './dom-text';
import { hasAcceptVerb, hasIgnoreVerb, isBareVerb } from './labels';
import { profileSlug } from './profile-slug';
import * as sel from './selectors';

// The inviter's own profile page (docs/linkedin-dom.md, "The inviter's profile page"; issue 14,
// part 1). People rarely decide on the invitations list: they open the inviter's profile first.
// When its owner has sent the user a pending invitation, LinkedIn's top card shows Accept and
// Ignore instead of Connect; that pair, in the top card and for the page's owner only, is what
// this file looks for. Everything else on a profile is left alone: the sticky header that repeats
// the pair, the side rails full of other people's cards and controls, the cover video's player
// bar, a profile where the user sent the invitation ("Pending"), one they can invite ("Connect"),
// a connection's ("Message").
//
// The owner is the page's address, not anything the page's text says: `/in/<slug>/` is who the
// user opened. The pair is found by its verbs in any language we know the buttons of, and where
// a control carries a sentence (English "Accept <Name>’s request to connect", German
// "Kontaktanfrage von <Name> annehmen"), the sentence must name the owner shown in the top card.

/** What a profile with a pending invitation from its owner shows, as the badge and popup need it. */
export interface ProfileInvitation {
  /** The top card: the badge's card. */
  card: Element;
  /** Around the top card's Accept and Ignore: the badge goes right before it. */
  controls: Element;
  /**
   * The owner, as an invitation (no age, no message: a profile shows neither), with what only the
   * top card shows: `degree` ("2nd", "2.", "2e" beside the name, or '') and `verified` (LinkedIn's mark).
   */
  invitation: Invitation & { degree: string; verified: boolean };
}

/** `/in/<slug>/` and nothing under it (overlays, details, activity are other pages). */
const PROFILE_PATH = /^\/in\/[^/]+\/?$/;

/** The slug of the profile a path shows, or '' when the path is not a profile's main page. */
export function profileOwner(pathname: string): string {
  return PROFILE_PATH.test(pathname) ? profileSlug(pathname) : '';
}

const MUTUAL: readonly RegExp[] = fromEveryLanguage((l) => l.mutual);
/** The degree LinkedIn writes after the name: "· 2nd", "· 3rd+", "· 2.", "· 2e", "· 2º". */
const DEGREE = /·\s*(\d+\S*)\s*$/u;
const DEGREE_LINE = /^·\s*(\d+\S*)$/u;

/**
 * The top card of the profile at `pathname`, when its owner's invitation to the user is pending;
 * null on every other page and state. Never throws: a profile we do not understand gets no badge.
 */
export function findProfileInvitation(doc: Document, pathname: string): ProfileInvitation | null {
  try {
    const owner = profileOwner(pathname);
    if (!owner) return null;
    const card = topCard(doc);
    if (!card) return null;
    const heading = card.querySelector(sel.profileName);
    const name = heading ? withoutBidiControls(heading.textContent ?? '') : '';
    if (!name) return null;
    const pair = pendingPair(card, name);
    if (!pair) return null;
    const { headline, mutual, degree } = facts(card, name);
    const verified = card.querySelector(sel.verifiedMark) !== null;
    return {
      card,
      controls: controlsBox(card, pair.accept, pair.ignore),
      invitation: { profile: owner, name, headline, mutual, age: '', message: '', degree, verified },
    };
  } catch {
    return null;
  }
}

/** The first top card on the page; where the hooks are gone, the section around the main heading. */
function topCard(doc: Document): Element | null {
  return doc.querySelector(sel.profileTopCard) ?? doc.querySelector(`${sel.mainElement} ${sel.profileName}`)?.closest('section') ?? null;
}

/**
 * Exactly one accept-like and one ignore-like control in the top card, each either the bare verb
 * or a label naming the owner. Two of either (a rail card moved inside, a widget) and no pair is
 * taken: a wrong "accept" badge is worse than none.
 */
function pendingPair(card: Element, name: string): { accept: Element; ignore: Element } | null {
  const folded = name.toLowerCase();
  const names = (label: string): boolean => isBareVerb(label) || withoutBidiControls(label).toLowerCase().includes(folded);
  const controls = [...card.querySelectorAll(sel.actionControl)].map((el) => ({
    el,
    label: accessibleName(el),
    text: el.textContent ?? '',
  }));
  const accepts = controls.filter((c) => hasAcceptVerb(c.label) || hasAcceptVerb(c.text));
  const ignores = controls.filter((c) => hasIgnoreVerb(c.label) || hasIgnoreVerb(c.text));
  const [accept] = accepts;
  const [ignore] = ignores;
  if (accepts.length !== 1 || ignores.length !== 1 || !accept || !ignore || accept.el === ignore.el) return null;
  return names(accept.label) && names(ignore.label) ? { accept: accept.el, ignore: ignore.el } : null;
}

/** Headline, mutual connections and degree, read by the shape of the lines after the name. */
function facts(card: Element, name: string): { headline: string; mutual: string; degree: string } {
  const lines = linesOf(card, sel.notContent).map((l) => withoutBidiControls(l.text));
  const at = lines.findIndex((line) => line.startsWith(name));
  if (at === -1) return { headline: '', mutual: '', degree: '' };
  // The degree stands on the name's line or just after it ("Mira Castellanos · 2nd", or the name in its own <h1>).
  const own = DEGREE.exec(lines[at]?.slice(name.length) ?? '');
  const next = own ? null : DEGREE_LINE.exec(lines[at + 1] ?? '');
  const after = lines.slice(at + (next ? 2 : 1));
  const mutual = after.find((line) => MUTUAL.some((re) => re.test(line))) ?? '';
  // The headline is the first line after the name's: location, followers and mutual lines come later.
  const headline = after.find((line) => line !== mutual) ?? '';
  return { headline, mutual, degree: own?.[1] ?? next?.[1] ?? '' };
}
