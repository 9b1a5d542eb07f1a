import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { elementAt } from '../linkedin/card-markup';
import { findInvitations } from '../linkedin/invitations';
import { invitationCards } from '../linkedin/pages';
import { answerKey, loadFixture } from '../../tests/helpers/fixture-documents';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { handleContentMessage } = await import('./handlers');
const store = await import('./store');

// The hand-over (protocol.ts, tab-cards) end to end in the background, with the reader it uses
// where it has a DOM (Firefox's background page; jsdom's DOMParser here): every card of a page
// handed over as markup comes back read as the page itself would read it, the tab's contents and
// the verdicts follow as they follow a tab-report, and what is no invitation stays out of both.
// Chrome's offscreen path is card-reader.test.ts's, and the real browsers' is the e2e tests'.

const FIXTURE = 'fixture-sdui-2026.html';

/** Every card of the fixture's invitation list (invitations and the rest), as the page hands them over. */
function cardsOf(doc: Document): Element[] {
  return [...doc.querySelectorAll(invitationCards.card)].filter((card) => !card.parentElement?.closest(invitationCards.card));
}

const handOver = (tabId: number, cards: string[], extra: { removed?: string[]; reset?: boolean } = {}) =>
  handleContentMessage(
    {
      type: 'tab-cards',
      page: 'invitation-manager',
      lang: 'en',
      cards,
      removed: extra.removed ?? [],
      reset: extra.reset ?? true,
      unrecognised: false,
    },
    tabId,
    1000,
  );

describe('tab-cards: cards handed over as markup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await store.changeSettings({ companies: [answerKey.userCompany] });
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    fakeBrowser.i18n.getMessage = ((key: string) => key) as never;
  });

  it('reads each card as the page reads it, in order, and says where its badge goes', async () => {
    const doc = loadFixture(FIXTURE);
    const live = findInvitations(doc);
    const cards = cardsOf(doc);
    // The list holds more than invitations (a suggestion, a company's invitation): they are handed over too.
    expect(cards.length).toBeGreaterThan(live.length);
    const reply = await handOver(
      3,
      cards.map((card) => card.outerHTML),
    );
    expect(reply.cards).toHaveLength(cards.length);
    cards.forEach((card, i) => {
      const found = live.find((one) => one.card === card);
      const reading = reply.cards[i];
      if (!found) return expect(reading).toBeNull();
      expect(reading).toMatchObject({ profile: found.invitation.profile, name: found.invitation.name });
      expect(reading && elementAt(card, reading.controls)).toBe(found.controls);
    });
    const expected = answerKey.fixtures[FIXTURE]!.people.map((person) => person.profile);
    expect(reply.cards.filter((reading) => reading !== null).map((reading) => reading.profile)).toEqual(expected);
    // The tab shows what was read, as a tab-report of the same invitations would have it.
    expect((await store.getTabContents(3))?.invitations).toEqual(live.map((found) => found.invitation));
    expect(Object.keys(reply.verdicts)).toEqual(expected);
    expect(reply.verdicts['marcus-feld-hr']).toBe('undecided');
  });

  it('reads what is not one card as no card, and reads the others all the same', async () => {
    const doc = loadFixture(FIXTURE);
    const [first, second] = findInvitations(doc);
    const reply = await handOver(3, [
      '',
      'plain text',
      `${first!.card.outerHTML}${second!.card.outerHTML}`,
      // Over the cap: refused whole, even though an invitation is in it.
      first!.card.outerHTML.replace('</', `<!--${'x'.repeat(70_000)}--></`),
      second!.card.outerHTML,
    ]);
    expect(reply.cards.map((reading) => reading?.profile ?? null)).toEqual([null, null, null, null, second!.invitation.profile]);
    expect((await store.getTabContents(3))?.invitations.map((i) => i.profile)).toEqual([second!.invitation.profile]);
  });

  it('takes an inviter away when their card, handed over again, no longer holds an invitation', async () => {
    const doc = loadFixture(FIXTURE);
    const [first, second] = findInvitations(doc);
    await handOver(3, [first!.card.outerHTML, second!.card.outerHTML]);
    // Accepted on LinkedIn: the card now says so, without Accept and Ignore.
    for (const control of first!.card.querySelectorAll('button')) control.remove();
    const reply = await handOver(3, [first!.card.outerHTML], { removed: [first!.invitation.profile], reset: false });
    expect(reply.cards).toEqual([null]);
    expect((await store.getTabContents(3))?.invitations.map((i) => i.profile)).toEqual([second!.invitation.profile]);
  });

  it('counts two cards of one inviter (a re-render shows both a moment) as one invitation, the later one', async () => {
    const doc = loadFixture(FIXTURE);
    const [first] = findInvitations(doc);
    const older = first!.card.outerHTML;
    // LinkedIn re-renders the card with the inviter's new headline.
    const headline = [...first!.card.querySelectorAll('*')].find(
      (el) => el.children.length === 0 && el.textContent === first!.invitation.headline,
    );
    headline!.textContent = 'Head of People at Northwind Analytics';
    const changed = findInvitations(first!.card, 'en')[0]?.invitation;
    expect(changed).not.toEqual(first!.invitation);
    const reply = await handOver(3, [older, first!.card.outerHTML]);
    expect(reply.cards.map((reading) => reading?.profile)).toEqual([first!.invitation.profile, first!.invitation.profile]);
    const shown = (await store.getTabContents(3))?.invitations ?? [];
    expect(shown).toHaveLength(1);
    expect(shown[0]).toEqual(changed);
  });
});
