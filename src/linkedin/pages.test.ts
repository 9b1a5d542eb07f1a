import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageKind } from '../core/page-kinds';
import { fixtureNames, loadFixture, pageKindOfFixture } from '../../tests/helpers/fixture-documents';
import { invitationCards, listsSentInvitations, PAGES, pageKindOf, readsInvitations } from './pages';

// docs/linkedin-dom.md, "Pages and their scope".
const CASES: readonly [string, PageKind][] = [
  ['/mynetwork/invitation-manager/', 'invitation-manager'],
  ['/mynetwork/invitation-manager', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_SCHOOL', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/FROM_VERIFIED_MEMBER/', 'invitation-manager'],
  ['/mynetwork/', 'network-strip'],
  ['/mynetwork', 'network-strip'],
  ['/mynetwork/grow/', 'network-strip'],
  ['/mynetwork/grow', 'network-strip'],
  // The Sent tab sits under the manager path and must never be badged.
  ['/mynetwork/invitation-manager/sent/', 'sent'],
  ['/mynetwork/invitation-manager/sent', 'sent'],
  ['/mynetwork/invitation-manager/sent/PEOPLE/', 'sent'],
  // A member's profile, its main page only (issue 14).
  ['/in/priya-raman-4b2a1c/', 'profile'],
  ['/in/priya-raman-4b2a1c', 'profile'],
  ['/IN/priya-raman-4b2a1c/', 'profile'],
  ['/in/priya-raman-4b2a1c/details/experience/', 'other'],
  ['/in/priya-raman-4b2a1c/overlay/contact-info/', 'other'],
  ['/in/', 'other'],
  // Everything else.
  ['/', 'other'],
  ['/feed/', 'other'],
  ['/mynetwork/invite-connect/connections/', 'other'],
  ['/mynetwork/catch-up/all/', 'other'],
  ['/mynetwork/invitation-manager-old/', 'other'],
  ['/mynetwork/invitation-manager/sentx/', 'other'],
  ['/mynetwork/growing/', 'other'],
  ['/feed/mynetwork/invitation-manager/', 'other'],
  ['', 'other'],
];

describe('pageKindOf', () => {
  it.each(CASES)('%s → %s', (path, kind) => {
    expect(pageKindOf(path)).toBe(kind);
  });

  it('ignores a query or hash passed along with the path', () => {
    expect(pageKindOf('/mynetwork/invitation-manager/?filterCriteria=null')).toBe('invitation-manager');
    expect(pageKindOf('/mynetwork/invitation-manager/sent/#top')).toBe('sent');
  });

  it('never throws on what is not a path', () => {
    expect(pageKindOf(undefined as unknown as string)).toBe('other');
    expect(pageKindOf('%%%/\u0000')).toBe('other');
  });
});

describe('the page registry', () => {
  it('describes every page kind, and no path belongs to two pages', () => {
    expect(Object.keys(PAGES).sort()).toEqual([...PAGE_KINDS].sort());
    for (const [path] of CASES) {
      const owners = PAGE_KINDS.filter((kind) => PAGES[kind].paths.some((re) => re.test(path)));
      expect(owners.length, path).toBeLessThanOrEqual(1);
    }
  });

  it('says where invitations are read and badged, and where the popup names the Sent page', () => {
    expect(PAGE_KINDS.filter(readsInvitations)).toEqual(['invitation-manager', 'network-strip']);
    expect(PAGE_KINDS.filter(listsSentInvitations)).toEqual(['sent']);
  });

  it('gives every page that reads invitations its cards and its invitations area, and no other page', () => {
    for (const kind of PAGE_KINDS) {
      const page = PAGES[kind];
      expect(page.cards !== null, kind).toBe(readsInvitations(kind));
      expect(page.reportArea.length > 0, kind).toBe(readsInvitations(kind));
    }
  });

  it('merges the cards of the reading pages for the content script, which does not ask the page', () => {
    for (const kind of PAGE_KINDS.filter(readsInvitations)) {
      expect(invitationCards.card.split(', '), kind).toEqual(expect.arrayContaining(PAGES[kind].cards?.card.split(', ') ?? ['?']));
      expect(invitationCards.list.split(', '), kind).toEqual(expect.arrayContaining(PAGES[kind].cards?.list.split(', ') ?? ['?']));
      expect(invitationCards.lastResort.split(', '), kind).toEqual(
        expect.arrayContaining(PAGES[kind].cards?.lastResort.split(', ') ?? ['?']),
      );
    }
  });

  // The fixtures are served at their LinkedIn URLs (tests/fixtures/linkedin/expected.json): each
  // must be a page that reads invitations, and show its invitations area where that page has one.
  it.each(fixtureNames)('%s is served at a page that reads invitations, and shows its area', (fixture) => {
    const kind = pageKindOfFixture(fixture);
    expect(readsInvitations(kind), kind).toBe(true);
    const doc = loadFixture(fixture);
    expect(
      PAGES[kind].reportArea.some((selector) => doc.querySelector(selector) !== null),
      kind,
    ).toBe(true);
    // A card of a known era, or (cards without list items: fixture-sdui-2025-unlisted.html) a known list.
    expect(doc.querySelector(invitationCards.card) ?? doc.querySelector(invitationCards.list)).not.toBeNull();
  });
});
