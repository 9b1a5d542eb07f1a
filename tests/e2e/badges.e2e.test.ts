// Every fixture, opened at its LinkedIn URL, gets exactly the badges its answer key
// (tests/fixtures/linkedin/expected.json) lists: one per pending person invitation, in page order,
// each inside that person's card, none on Page / newsletter / event invitations, on "People you may
// know" suggestions or on an invitation already accepted. The Sent page gets none.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BADGE,
  EXPECTED,
  FIXTURE_URLS,
  SENT_URL,
  type FixtureName,
  launchWithExtension,
  readBadges,
  serveFixtures,
  waitForBadgeCount,
} from './harness';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** What the test reads off the page once the badges are there; all judging happens in Node. */
interface PageReport {
  badges: { profile: string | null; cardText: string | null; cardProfiles: string[] }[];
  /** Cards whose link goes to a Page, newsletter or event: invitations, but not from a person to connect. */
  nonPersonCards: { text: string; badges: number }[];
  /** Cards (or, for suggestions, the link wrapping them) of people who are not pending inviters. */
  otherPeople: { profile: string; badges: number }[];
}

function reportBadges(page: Page, expectedProfiles: string[]): Promise<PageReport> {
  return page.evaluate(
    ([badgeSelector, expectedProfiles]) => {
      // A card is one entry of an invitation list: the 2026 layout marks it role="listitem", the Ember one is an <li>.
      const CARD = '[role="listitem"], li';
      const profileOf = (a: HTMLAnchorElement) => {
        const match = /^\/in\/([^/]+)/.exec(new URL(a.href).pathname);
        return match ? decodeURIComponent(match[1]!) : null;
      };
      const profileLinks = (root: Element) =>
        [...root.querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]')].map(profileOf).filter((p): p is string => p !== null);
      const badgesIn = (root: Element) => root.querySelectorAll(badgeSelector).length + (root.matches(badgeSelector) ? 1 : 0);

      // A non-person invitation's card: around its target link (a Page, school, showcase, group,
      // newsletter or event), the list item, or where there is none, the nearest box that also holds a control.
      const TARGETS = ['company', 'school', 'showcase', 'groups', 'newsletters', 'events'].map((t) => `a[href*="/${t}/"]`).join(', ');
      const cardOf = (link: Element) => {
        const item = link.closest(CARD);
        if (item) return item;
        let el: Element | null = link.parentElement;
        while (el && !el.querySelector('button')) el = el.parentElement;
        return el;
      };
      const badges = [...document.querySelectorAll(badgeSelector)].map((badge) => {
        const card = cardOf(badge);
        return {
          profile: badge.getAttribute('data-know-trust-profile'),
          cardText: card ? (card.textContent ?? '').replace(/\s+/g, ' ') : null,
          cardProfiles: card ? [...new Set(profileLinks(card))] : [],
        };
      });
      const nonPersonCards = [...new Set([...document.querySelectorAll(TARGETS)].map(cardOf))]
        .filter((card): card is Element => card !== null && card !== document.body)
        .map((card) => ({ text: (card.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120), badges: badgesIn(card) }));
      const otherPeople = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]')]
        .filter((a) => !expectedProfiles.includes(profileOf(a) ?? ''))
        .map((a) => ({ profile: profileOf(a) ?? a.href, badges: badgesIn(a.closest(CARD) ?? a) }));
      return { badges, nonPersonCards, otherPeople };
    },
    [BADGE, expectedProfiles] as const,
  );
}

describe('badges on the invitation pages', () => {
  for (const [fixture, url] of Object.entries(FIXTURE_URLS) as [FixtureName, string][]) {
    const expected = EXPECTED.fixtures[fixture];

    test(`${fixture} at ${new URL(url).pathname}${new URL(url).search}: one badge per pending person, nothing else`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      await waitForBadgeCount(page, expected.people.length);
      const report = await reportBadges(
        page,
        expected.people.map((p) => p.profile),
      );

      // Exactly the expected people, each once, in the order the page lists them.
      expect(report.badges.map((b) => b.profile)).toEqual(expected.people.map((p) => p.profile));
      report.badges.forEach((badge, i) => {
        const person = expected.people[i]!;
        expect(badge.cardText, `badge of ${person.profile} is not inside an invitation card`).not.toBeNull();
        expect(badge.cardText, `card around the badge of ${person.profile}`).toContain(person.name);
        expect(badge.cardProfiles, `profile links in the card around the badge of ${person.profile}`).toEqual([person.profile]);
      });
      // What each badge says, read inside its closed shadow root (the page cannot).
      const inside = await readBadges(page);
      expect(inside.map((b) => b.profile)).toEqual(expected.people.map((p) => p.profile));
      for (const badge of inside) expect(badge.verdict, `verdict of ${badge.profile} on a fresh profile`).toBe('undecided');

      // The page really has the cards that must stay unbadged (otherwise the checks below prove nothing).
      // Found by their target links; a card that shows none (a newsletter named only in words) is
      // not counted here, but the badges above are exactly the expected people, so it has none either.
      expect(report.nonPersonCards.length).toBeLessThanOrEqual(expected.nonPersonInvitations);
      expect(report.nonPersonCards.length > 0).toBe(expected.nonPersonInvitations > 0);
      expect(report.nonPersonCards.filter((card) => card.badges > 0)).toEqual([]);
      expect(report.otherPeople.length).toBeGreaterThan(0);
      expect(report.otherPeople.filter((person) => person.badges > 0)).toEqual([]);
      await page.close();
    });
  }

  test('the Sent page (invitations the user sent) gets no badge at all', async () => {
    const sent = await browser.context.newPage();
    // Counts every badge ever added, so one drawn and removed again is caught too.
    await sent.addInitScript((selector) => {
      const w = window as unknown as { knowTrustBadgesSeen: number };
      w.knowTrustBadgesSeen = 0;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element) w.knowTrustBadgesSeen += node.matches(selector) ? 1 : node.querySelectorAll(selector).length;
          }
        }
      }).observe(document, { childList: true, subtree: true });
    }, BADGE);
    await sent.goto(SENT_URL);
    // Same markup as the Received page, so a content script that ignored the URL would badge it.
    expect(await sent.locator('[componentkey^="urn:li:invitation:"]').count()).toBeGreaterThan(0);

    // No sleep to wait for "nothing": the content script is known to have had its turn once a
    // Received page, loaded after the Sent page, has been badged.
    const received = await browser.context.newPage();
    await received.goto(FIXTURE_URLS['fixture-sdui-2026.html']);
    await waitForBadgeCount(received, EXPECTED.fixtures['fixture-sdui-2026.html'].people.length);

    expect(await sent.locator(BADGE).count()).toBe(0);
    expect(await sent.evaluate(() => (window as unknown as { knowTrustBadgesSeen: number }).knowTrustBadgesSeen)).toBe(0);
    await received.close();
    await sent.close();
  });
});
