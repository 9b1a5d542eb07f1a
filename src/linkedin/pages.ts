import type { PageKind } from '../core/page-kinds';
import * as sel from './selectors';

// The registry of LinkedIn pages (docs/linkedin-dom.md, "Pages and their scope"): for each kind of page,
// the paths it lives at, what it lists, where its invitation cards are and what a page report
// snapshots there. The content script, the popup and the page report ask this file rather than
// comparing page kinds themselves, so that supporting a new page starts here (its name goes in
// core/page-kinds.ts, which the record type below holds this registry to).
//
// LinkedIn is a single-page app, so the content script asks pageKindOf() again on every in-app
// navigation: it must be cheap and must never throw. Only the fixed path segments are compared
// case-insensitively; the filter after /received/ (PEOPLE_WITH_MUTUAL_CONNECTION…) can be anything.

export interface LinkedInPage {
  /** Pathnames of the page (no query, no hash). No path may belong to two pages (pages.test.ts). */
  paths: readonly RegExp[];
  /**
   * What the page lists: received invitations (read and badged), the user's sent ones (never
   * badged, but the popup says where the user is), one member's profile (badged only when its
   * owner's invitation is pending: content/profile-watcher.ts), or nothing Know & Trust reads.
   */
  lists: 'received-invitations' | 'sent-invitations' | 'inviter-profile' | 'nothing';
  /** Where one invitation card is, around its Accept control; null where no card is read. */
  cards: InvitationCards | null;
  /** The area a page report snapshots, strongest first; every page falls back to its main landmark. */
  reportArea: readonly string[];
}

export interface InvitationCards {
  /** The era-specific cards: the nearest one around a control is its card. */
  card: string;
  /** The card of last resort, only when no era-specific card is around. */
  lastResort: string;
  /**
   * The lists that hold the cards, in every era: once one is on the page, the content script
   * observes only inside it (and whether it is still there), never the whole document.
   */
  list: string;
}

/** The cards of an invitation list, in every layout era (selectors.ts); the manager and the strip share them. */
const INVITATION_LIST_CARDS: InvitationCards = {
  card: /* @__PURE__ */ [sel.cardReact, sel.cardReact2025, sel.cardEmber].join(', '),
  lastResort: sel.cardListItem,
  list: /* @__PURE__ */ [sel.invitationsStrip, sel.invitationsList].join(', '),
};

/**
 * Where each page lives and what it lists: the part of the registry that the loader needs
 * (content/loader.ts, on every LinkedIn page), kept apart from the selectors so that the loader's
 * bundle holds these few patterns and nothing else of LinkedIn's pages (build.test.ts checks it).
 */
const WHERE: { readonly [kind in PageKind]: Pick<LinkedInPage, 'paths' | 'lists'> } = {
  // The Sent tab lives under the manager path; its own pattern keeps it apart, and it is never badged.
  sent: { paths: [/^\/mynetwork\/invitation-manager\/sent(?:\/.*)?$/i], lists: 'sent-invitations' },
  // The bare manager path, and /received/ with or without a filter segment.
  'invitation-manager': { paths: [/^\/mynetwork\/invitation-manager(?:\/received(?:\/.*)?)?\/?$/i], lists: 'received-invitations' },
  'network-strip': { paths: [/^\/mynetwork(?:\/grow)?\/?$/i], lists: 'received-invitations' },
  // A member's profile, its main page only (/in/<slug>/details/… and overlays are other pages).
  profile: { paths: [/^\/in\/[^/]+\/?$/i], lists: 'inviter-profile' },
  // Everything else on linkedin.com: the content script stays idle there.
  other: { paths: [], lists: 'nothing' },
};

/** One page's entry: where it is (WHERE), its cards and its report area. */
const page = (kind: PageKind, cards: InvitationCards | null, reportArea: readonly string[]): LinkedInPage => ({
  ...WHERE[kind],
  cards,
  reportArea,
});

// Marked pure so that a bundle using only the paths (the loader) leaves the rest out.
export const PAGES: { readonly [kind in PageKind]: LinkedInPage } = {
  sent: /* @__PURE__ */ page('sent', null, []),
  'invitation-manager': /* @__PURE__ */ page('invitation-manager', INVITATION_LIST_CARDS, [sel.invitationsList]),
  // The outer strip section first: it keeps the "Invitations (6)" header the list inside lacks.
  'network-strip': /* @__PURE__ */ page('network-strip', INVITATION_LIST_CARDS, [sel.invitationsStrip, sel.invitationsList]),
  // No list cards: the profile page's one card is its top card (profile-page.ts finds it).
  profile: /* @__PURE__ */ page('profile', null, []),
  other: /* @__PURE__ */ page('other', null, []),
};

const KINDS = Object.keys(WHERE) as PageKind[];

export function pageKindOf(pathname: string): PageKind {
  if (typeof pathname !== 'string') return 'other';
  // A caller might hand us location.pathname + search by mistake: the query never changes the page kind.
  const path = pathname.split(/[?#]/, 1)[0] ?? '';
  return KINDS.find((kind) => WHERE[kind].paths.some((re) => re.test(path))) ?? 'other';
}

/** True on the pages where pending invitations are read and badged. */
export function readsInvitations(kind: PageKind): boolean {
  return WHERE[kind].lists === 'received-invitations';
}

/** True on a member's profile page: its owner's pending invitation, if any, is badged there. */
export function showsInviterProfile(kind: PageKind): boolean {
  return WHERE[kind].lists === 'inviter-profile';
}

/** True on the page of invitations the user sent: nothing is badged, but the popup says where they are. */
export function listsSentInvitations(kind: PageKind): boolean {
  return WHERE[kind].lists === 'sent-invitations';
}

/**
 * The cards of every page that reads invitations, merged. The content script re-reads only the cards
 * a change of the page touched, without asking which page it is on, so a card is whatever any
 * reading page calls one.
 */
export const invitationCards: InvitationCards = /* @__PURE__ */ (() => {
  const all = KINDS.map((kind) => PAGES[kind].cards).filter((c): c is InvitationCards => c !== null);
  const merged = (pick: (c: InvitationCards) => string): string => [...new Set(all.map(pick))].join(', ');
  return { card: merged((c) => c.card), lastResort: merged((c) => c.lastResort), list: merged((c) => c.list) };
})();
