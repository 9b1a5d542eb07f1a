// Every LinkedIn CSS selector Know & Trust uses, in one place (refined-github style). Each one is
// paired with `<name>_`: the fixtures in tests/fixtures/linkedin/ where it matches and how many
// elements it must match there, checked by selectors.test.ts. In every fixture it does not list it
// must match nothing, so adding a fixture means adding it to the evidence of the selectors that
// match in it, and a selector matching where nobody said it would fails the test. When LinkedIn
// changes its markup, this file and its fixtures are where the change is proved.
//
// Never select on a class in the React ("SDUI") eras: every class there is a per-build hash
// (`_8e1f4c2a`). Ember classes are BEM names that stayed stable for years.
//
// Dated notes say when an era's selectors may go:
//   Ember layout, ~2020–early 2026: drop when no user reports it after 2027-06.
//   React "SDUI" first form, 2025: drop when no user reports it after 2027-06.
//   React "SDUI" lazy column, 2026: current.

/**
 * How many elements a selector matches in each fixture that shows it, by fixture file name (the
 * names declared in tests/fixtures/linkedin/expected.json). An unlisted fixture means zero.
 */
export type Evidence = Readonly<Record<string, number>>;

// ---------------------------------------------------------------- all eras

/**
 * Controls whose accessible name may say Accept or Ignore. `a` too: on "X follows you and is
 * inviting you to connect" cards Accept is a link (sdui-2026 card 3). All eras.
 */
export const actionControl = 'button, a';
export const actionControl_: Evidence = {
  'fixture-ember-2022.html': 45,
  'fixture-mynetwork-strip-ember-2022.html': 29, // not the commented-out 2019 link
  'fixture-mynetwork-strip.html': 30,
  'fixture-sdui-2026.html': 50, // its comment "an <a>, not a <button>" is not markup
  'fixture-sdui-2026-de.html': 38,
  'fixture-ember-2020-wrapped-links.html': 26,
  'fixture-sdui-2026-fr-unlabelled.html': 27,
  'fixture-sdui-2025-unlisted.html': 20,
  'fixture-mynetwork-strip-es.html': 24,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 40,
  'fixture-sdui-2026-invented-language.html': 37,
  'profile/profile-invited-de.html': 31,
  'profile/profile-invited-en.html': 31,
  'profile/profile-invited-es.html': 31,
  'profile/profile-invited-fr.html': 31,
  'profile/profile-connectable-de.html': 29,
  'profile/profile-connectable-en.html': 29,
  'profile/profile-connection-de.html': 28,
  'profile/profile-connection-en.html': 28,
  'profile/profile-connection-fr.html': 28,
  'profile/profile-sent-de.html': 28,
  'profile/profile-sent-en.html': 28,
  'profile/profile-sent-es.html': 28,
};

/** Profile links; the inviter is the first one with text (the photo link has none). All eras. */
export const profileLink = 'a[href*="/in/"]';
export const profileLink_: Evidence = {
  'fixture-ember-2022.html': 14,
  'fixture-mynetwork-strip-ember-2022.html': 12,
  'fixture-mynetwork-strip.html': 12,
  'fixture-sdui-2026.html': 17,
  'fixture-sdui-2026-de.html': 14,
  'fixture-ember-2020-wrapped-links.html': 12,
  'fixture-sdui-2026-fr-unlabelled.html': 9,
  'fixture-sdui-2025-unlisted.html': 8,
  'fixture-mynetwork-strip-es.html': 9,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 16,
  'fixture-sdui-2026-invented-language.html': 14,
  'profile/profile-connectable-de.html': 10,
  'profile/profile-connectable-en.html': 10,
  'profile/profile-connection-de.html': 10,
  'profile/profile-connection-en.html': 10,
  'profile/profile-connection-fr.html': 10,
  'profile/profile-invited-de.html': 10,
  'profile/profile-invited-en.html': 10,
  'profile/profile-invited-es.html': 10,
  'profile/profile-invited-fr.html': 10,
  'profile/profile-sent-de.html': 10,
  'profile/profile-sent-en.html': 10,
  'profile/profile-sent-es.html': 10,
};

/**
 * Links to a Page, showcase, school, group, newsletter or event: only invitations to follow, join,
 * subscribe or attend show them (a person card's headline is plain text). All eras. One per
 * non-person card's picture, plus one in its sentence where the name is linked. The sign that
 * holds in any UI language (issue 13: a group invitation was left alone only by its English
 * sentence, and badged once translated). `/groups/` is proved by the group cards of
 * fixture-ember-2020-wrapped-links, fixture-sdui-2026-fr-unlabelled, fixture-mynetwork-strip-es,
 * fixture-sdui-2026-de-wrapped-unlabelled (German sentence) and fixture-sdui-2026-invented-language
 * (a sentence nobody knows, controls naming the sender).
 */
export const pageLink =
  'a[href*="/company/"], a[href*="/showcase/"], a[href*="/school/"], a[href*="/groups/"], a[href*="/newsletters/"], a[href*="/events/"]';
export const pageLink_: Evidence = {
  'fixture-ember-2022.html': 4,
  'fixture-mynetwork-strip-ember-2022.html': 2,
  'fixture-mynetwork-strip.html': 2,
  'fixture-sdui-2026.html': 4,
  'fixture-sdui-2026-de.html': 2,
  'fixture-ember-2020-wrapped-links.html': 2,
  'fixture-sdui-2026-fr-unlabelled.html': 4,
  'fixture-sdui-2025-unlisted.html': 2,
  'fixture-mynetwork-strip-es.html': 4,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 4,
  'fixture-sdui-2026-invented-language.html': 4,
};

/**
 * A picture inside a profile link: the inviter's photo (an <img>, or an <svg role="img"> where the
 * member has none), or a badge beside the name ("Verified", also an <svg role="img">), which
 * person-photo.ts tells apart by where it stands in the link. What tells a person's card from a
 * Page's when its controls name nobody (bare "Accept"/"Ignore" without aria-label: issue 13). All
 * eras. Proved by the unlabelled people of fixture-sdui-2026-fr-unlabelled (an <img>, and an <svg>
 * for Inès Haddad) and fixture-sdui-2026-de-wrapped-unlabelled (Aylin Müller: an <svg> photo). The
 * counts below include the badges it also matches: Amara Nwosu's in fixture-ember-2020-wrapped-links,
 * Aylin Müller's, and Paulo Reis's in fixture-sdui-2026-invented-language.
 */
export const personPhoto = 'a[href*="/in/"] img, a[href*="/in/"] [role="img"]';
export const personPhoto_: Evidence = {
  'fixture-ember-2020-wrapped-links.html': 7,
  'fixture-ember-2022.html': 6,
  'fixture-mynetwork-strip-ember-2022.html': 5,
  'fixture-mynetwork-strip-es.html': 3,
  'fixture-mynetwork-strip.html': 6,
  'fixture-sdui-2025-unlisted.html': 3,
  'fixture-sdui-2026-de.html': 6,
  'fixture-sdui-2026-fr-unlabelled.html': 3,
  'fixture-sdui-2026.html': 9,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 8,
  'fixture-sdui-2026-invented-language.html': 7,
  'profile/profile-connectable-de.html': 5,
  'profile/profile-connectable-en.html': 5,
  'profile/profile-connection-de.html': 5,
  'profile/profile-connection-en.html': 5,
  'profile/profile-connection-fr.html': 5,
  'profile/profile-invited-de.html': 5,
  'profile/profile-invited-en.html': 5,
  'profile/profile-invited-es.html': 5,
  'profile/profile-invited-fr.html': 5,
  'profile/profile-sent-de.html': 5,
  'profile/profile-sent-en.html': 5,
  'profile/profile-sent-es.html': 5,
};

/**
 * Any picture of a card: one outside every profile link, where no member's photo is (personPhoto,
 * person-photo.ts), is a Page's, group's, newsletter's or event's logo. All eras. Needed for the
 * invitations that link no target at all: the newsletters of fixture-sdui-2026-fr-unlabelled,
 * fixture-sdui-2026-de-wrapped-unlabelled and fixture-sdui-2026-invented-language, left alone by
 * their logo only (no sentence of a known language there).
 */
export const picture = 'img, [role="img"]';
export const picture_: Evidence = {
  'fixture-ember-2020-wrapped-links.html': 8,
  'fixture-ember-2022.html': 9,
  'fixture-mynetwork-strip-ember-2022.html': 6,
  'fixture-mynetwork-strip-es.html': 5,
  'fixture-mynetwork-strip.html': 7,
  'fixture-sdui-2025-unlisted.html': 4,
  'fixture-sdui-2026-de.html': 8,
  'fixture-sdui-2026-fr-unlabelled.html': 6,
  'fixture-sdui-2026.html': 11,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 11,
  'fixture-sdui-2026-invented-language.html': 10,
  'profile/profile-connectable-de.html': 7,
  'profile/profile-connectable-en.html': 7,
  'profile/profile-connection-de.html': 7,
  'profile/profile-connection-en.html': 7,
  'profile/profile-connection-fr.html': 7,
  'profile/profile-invited-de.html': 7,
  'profile/profile-invited-en.html': 7,
  'profile/profile-invited-es.html': 7,
  'profile/profile-invited-fr.html': 7,
  'profile/profile-sent-de.html': 7,
  'profile/profile-sent-en.html': 7,
  'profile/profile-sent-es.html': 7,
};

/**
 * A dialog (LinkedIn's own "Take care when connecting" one holds the person's link and an Accept):
 * never a card, even where cards have no list item around them (issue 13: the card is then the
 * smallest box around the control holding one person's links, which the dialog would be). All
 * eras. Proved by the dialog of fixture-sdui-2025-unlisted, open over Lena Fischer's card.
 */
export const dialog = '[role="dialog"], [role="alertdialog"], dialog';
export const dialog_: Evidence = {
  'fixture-sdui-2025-unlisted.html': 1,
};

/**
 * Text that is page chrome, not content: buttons ("… more", "Reply to Tom"), Ember's clamp
 * ellipsis and its screen-reader-only copies. All eras (the last two are Ember classes).
 */
export const notContent = 'button, [role="button"], .lt-line-clamp__ellipsis, .visually-hidden';
export const notContent_: Evidence = {
  'fixture-ember-2022.html': 29,
  'fixture-mynetwork-strip-ember-2022.html': 16,
  'fixture-mynetwork-strip.html': 14,
  'fixture-sdui-2026.html': 19,
  'fixture-sdui-2026-de.html': 18,
  'fixture-ember-2020-wrapped-links.html': 12,
  'fixture-sdui-2026-fr-unlabelled.html': 12,
  'fixture-sdui-2025-unlisted.html': 10,
  'fixture-mynetwork-strip-es.html': 10,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 17,
  'fixture-sdui-2026-invented-language.html': 16,
  'profile/profile-invited-de.html': 17,
  'profile/profile-invited-en.html': 17,
  'profile/profile-invited-es.html': 17,
  'profile/profile-invited-fr.html': 17,
  'profile/profile-connectable-de.html': 14,
  'profile/profile-connectable-en.html': 14,
  'profile/profile-connection-de.html': 13,
  'profile/profile-connection-en.html': 13,
  'profile/profile-connection-fr.html': 13,
  'profile/profile-sent-de.html': 13,
  'profile/profile-sent-en.html': 13,
  'profile/profile-sent-es.html': 13,
};

/** "Reply to Tom" / "Message" links to messaging: chrome, never a headline. React 2026. */
export const replyLink = 'a[href*="/messaging/"]';
export const replyLink_: Evidence = {
  'fixture-sdui-2026.html': 2,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 1,
  'fixture-sdui-2026-invented-language.html': 1,
  'profile/profile-connection-de.html': 1,
  'profile/profile-connection-en.html': 1,
  'profile/profile-connection-fr.html': 1,
};

/** Generic list item: the card of last resort when no era-specific card is around. All eras. */
export const cardListItem = 'li';
export const cardListItem_: Evidence = {
  'fixture-ember-2022.html': 8,
  'fixture-mynetwork-strip-ember-2022.html': 7, // 6 invitation cards + 1 "People you may know"
  'fixture-sdui-2026.html': 5, // navigation items only
  'fixture-sdui-2026-de.html': 2, // navigation items only
  'fixture-ember-2020-wrapped-links.html': 7,
  'profile/profile-connectable-de.html': 6,
  'profile/profile-connectable-en.html': 6,
  'profile/profile-connection-de.html': 6,
  'profile/profile-connection-en.html': 6,
  'profile/profile-connection-fr.html': 6,
  'profile/profile-invited-de.html': 6,
  'profile/profile-invited-en.html': 6,
  'profile/profile-invited-es.html': 6,
  'profile/profile-invited-fr.html': 6,
  'profile/profile-sent-de.html': 6,
  'profile/profile-sent-en.html': 6,
  'profile/profile-sent-es.html': 6,
};

// ---------------------------------------------------------------- React "SDUI", 2025–2026

/**
 * The card in both React eras: 9 invitation rows + 1 suggestion in sdui-2026, 6 + 1 in the strip.
 * React "SDUI", 2025–26: current.
 */
export const cardReact = '[role="listitem"]';
export const cardReact_: Evidence = {
  'fixture-mynetwork-strip.html': 7,
  'fixture-sdui-2026.html': 10,
  'fixture-sdui-2026-de.html': 8,
  'fixture-sdui-2026-fr-unlabelled.html': 6,
  'fixture-mynetwork-strip-es.html': 5,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 8,
  'fixture-sdui-2026-invented-language.html': 7,
};

/**
 * The card of the first React form (no role="listitem" is known there); the 2025–26 strip still
 * wraps each row in one. React "SDUI" first form, 2025: drop when no user reports it after 2027-06.
 */
export const cardReact2025 = '[data-view-name="pending-invitation"]';
export const cardReact2025_: Evidence = {
  'fixture-mynetwork-strip.html': 6,
  'fixture-mynetwork-strip-es.html': 5,
};

/** The custom message; its inner "… more" button is chrome. React "SDUI", 2025–26: current. */
export const messageReact = '[data-testid="expandable-text-box"]';
export const messageReact_: Evidence = {
  'fixture-mynetwork-strip.html': 1,
  'fixture-sdui-2026.html': 1,
  'fixture-sdui-2026-de.html': 1,
};

// ---------------------------------------------------------------- Ember, ~2020 – early 2026
// Ember layout, ~2020–early 2026: drop when no user reports it after 2027-06.

/** The Ember card, on the manager page and in the strip. */
export const cardEmber = 'li.invitation-card';
export const cardEmber_: Evidence = {
  'fixture-ember-2022.html': 8,
  'fixture-mynetwork-strip-ember-2022.html': 6,
  'fixture-ember-2020-wrapped-links.html': 6,
};

/** Headline fast path: every Ember card but the one without a headline. */
export const headlineEmber = '.invitation-card__subtitle';
export const headlineEmber_: Evidence = {
  'fixture-ember-2022.html': 7,
  'fixture-mynetwork-strip-ember-2022.html': 5,
};

/** Mutual-connections fast path (also on the strip's "People you may know" card, outside any invitation). */
export const mutualEmber = '.member-insights';
export const mutualEmber_: Evidence = {
  'fixture-ember-2022.html': 5,
  'fixture-mynetwork-strip-ember-2022.html': 5,
};

/** Age fast path ("2 days ago"); the Ember strip shows no age. */
export const ageEmber = '.time-badge';
export const ageEmber_: Evidence = {
  'fixture-ember-2022.html': 8,
};

/** The custom message (Elena's and Tom's in the manager, Tom's in the strip). */
export const messageEmber = '.invitation-card__custom-message';
export const messageEmber_: Evidence = {
  'fixture-ember-2022.html': 2,
  'fixture-mynetwork-strip-ember-2022.html': 1,
};

/** The whole text of a clamped message, kept screen-reader-only beside the clamped lines. */
export const messageEmberFull = '.lt-line-clamp__raw-line';
export const messageEmberFull_: Evidence = {
  'fixture-ember-2022.html': 1,
};

// ---------------------------------------------------------------- page report (page-report.ts)
// The area a "copy a page report" snapshot covers, strongest first. These are what a user files
// when detection finds nothing, so they are as wide as the eras allow: a strip section before the
// list inside it, and the page's main landmark when no known list is left.

/**
 * The My Network strip: the outer section first (it keeps the "Invitations (6)" header). React
 * 2025–26 (`pending-invitations-preview` around `MyNetwork_InvitationsPreview`) and Ember to 2024.
 */
export const invitationsStrip =
  'section[componentkey="pending-invitations-preview"], [componentkey="MyNetwork_InvitationsPreview"], section.mn-invitations-preview';
export const invitationsStrip_: Evidence = {
  'fixture-mynetwork-strip-ember-2022.html': 1,
  'fixture-mynetwork-strip.html': 2, // the section and the div inside it
  'fixture-mynetwork-strip-es.html': 2,
};

/**
 * The invitation list of each era: React 2026 lazy column, React 2025 (no fixture: the 2025 form is
 * known only from public code), Ember `ul` (also inside the Ember strip).
 */
export const invitationsList = '[data-testid="lazy-column"], [componentkey="InvitationManagerPage_InvitationsList"], ul.mn-invitation-list';
export const invitationsList_: Evidence = {
  'fixture-ember-2022.html': 1,
  'fixture-mynetwork-strip-ember-2022.html': 1,
  'fixture-sdui-2026.html': 1,
  'fixture-sdui-2026-de.html': 1,
  'fixture-ember-2020-wrapped-links.html': 1,
  'fixture-sdui-2026-fr-unlabelled.html': 1,
  'fixture-sdui-2025-unlisted.html': 1,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 1,
  'fixture-sdui-2026-invented-language.html': 1,
};

/** The page's main element, when no known list is found. All eras. */
export const mainElement = 'main';
export const mainElement_: Evidence = {
  'fixture-ember-2022.html': 1,
  'fixture-mynetwork-strip-ember-2022.html': 1,
  'fixture-mynetwork-strip.html': 1,
  'fixture-sdui-2026.html': 1,
  'fixture-sdui-2026-de.html': 1,
  'fixture-ember-2020-wrapped-links.html': 1,
  'fixture-sdui-2026-fr-unlabelled.html': 1,
  'fixture-sdui-2025-unlisted.html': 1,
  'fixture-mynetwork-strip-es.html': 1,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 1,
  'fixture-sdui-2026-invented-language.html': 1,
  'profile/profile-connectable-de.html': 1,
  'profile/profile-connectable-en.html': 1,
  'profile/profile-connection-de.html': 1,
  'profile/profile-connection-en.html': 1,
  'profile/profile-connection-fr.html': 1,
  'profile/profile-invited-de.html': 1,
  'profile/profile-invited-en.html': 1,
  'profile/profile-invited-es.html': 1,
  'profile/profile-invited-fr.html': 1,
  'profile/profile-sent-de.html': 1,
  'profile/profile-sent-en.html': 1,
  'profile/profile-sent-es.html': 1,
};

/** The React screen root inside `<main>`; the fallback when a layout drops `<main>`. React 2026. */
export const mainRole = '[role="main"]';
export const mainRole_: Evidence = {
  'fixture-sdui-2026.html': 1,
  'fixture-sdui-2026-de.html': 1,
  'fixture-sdui-2026-fr-unlabelled.html': 1,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 1,
  'fixture-sdui-2026-invented-language.html': 1,
};

// ---------------------------------------------------------------- the inviter's profile page

/**
 * The profile's top card (React era): the section LinkedIn marks as its primary content, by its
 * `componentkey` ending in Topcard or its `data-view-name` (reported dropped at times, so both).
 * The sticky header that repeats the actions is outside it.
 */
export const profileTopCard = '[componentkey$="Topcard"], [data-view-name="profile-top-card"]';
export const profileTopCard_: Evidence = {
  'profile/profile-connectable-de.html': 1,
  'profile/profile-connectable-en.html': 1,
  'profile/profile-connection-de.html': 1,
  'profile/profile-connection-en.html': 1,
  'profile/profile-connection-fr.html': 1,
  'profile/profile-invited-de.html': 1,
  'profile/profile-invited-en.html': 1,
  'profile/profile-invited-es.html': 1,
  'profile/profile-invited-fr.html': 1,
  'profile/profile-sent-de.html': 1,
  'profile/profile-sent-en.html': 1,
  'profile/profile-sent-es.html': 1,
};

/** The owner's name, read only inside the top card (an invitations page's own h1 is its title). */
export const profileName = 'h1';
export const profileName_: Evidence = {
  'fixture-ember-2020-wrapped-links.html': 1,
  'fixture-ember-2022.html': 1,
  'fixture-sdui-2025-unlisted.html': 1,
  'fixture-sdui-2026-de-wrapped-unlabelled.html': 1,
  'fixture-sdui-2026-de.html': 1,
  'fixture-sdui-2026-fr-unlabelled.html': 1,
  'fixture-sdui-2026-invented-language.html': 1,
  'fixture-sdui-2026.html': 1,
  'profile/profile-connectable-de.html': 1,
  'profile/profile-connectable-en.html': 1,
  'profile/profile-connection-de.html': 1,
  'profile/profile-connection-en.html': 1,
  'profile/profile-connection-fr.html': 1,
  'profile/profile-invited-de.html': 1,
  'profile/profile-invited-en.html': 1,
  'profile/profile-invited-es.html': 1,
  'profile/profile-invited-fr.html': 1,
  'profile/profile-sent-de.html': 1,
  'profile/profile-sent-en.html': 1,
  'profile/profile-sent-es.html': 1,
};

/** LinkedIn's verified mark beside a name. */
export const verifiedMark = '[data-test-icon^="verified"]';
export const verifiedMark_: Evidence = {
  'profile/profile-connectable-de.html': 1,
  'profile/profile-connectable-en.html': 1,
  'profile/profile-connection-de.html': 1,
  'profile/profile-connection-en.html': 1,
  'profile/profile-connection-fr.html': 1,
  'profile/profile-invited-de.html': 1,
  'profile/profile-invited-en.html': 1,
  'profile/profile-invited-es.html': 1,
  'profile/profile-invited-fr.html': 1,
  'profile/profile-sent-de.html': 1,
  'profile/profile-sent-en.html': 1,
  'profile/profile-sent-es.html': 1,
};
