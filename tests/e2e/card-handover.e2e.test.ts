// The card hand-over (protocol.ts, tab-cards) in the real browser, on every invitations-page
// fixture: a tab's content script hands its cards to the background as markup, Chrome's worker has
// them read in its offscreen document, and the answer names the fixture's people, in page order,
// each with a path that leads to where our badge stands in the live card; the popup then lists
// them. This is the background half of issue 11's design; the page half (invitations.js without
// the readers) comes next, and then every browser test goes through it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageKindOf, invitationCards } from '../../src/linkedin/pages';
import {
  EXPECTED,
  FIXTURE_URLS,
  getServiceWorker,
  inContentScript,
  launchWithExtension,
  popupListing,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
  type FixtureName,
} from './harness';

// Every fixture of an invitations page (a profile page shows no list of cards).
const FIXTURES = (Object.keys(EXPECTED.fixtures) as FixtureName[]).filter(
  (name) => EXPECTED.fixtures[name].people.length > 0 && !pageKindOf(new URL(FIXTURE_URLS[name]).pathname).startsWith('profile'),
);

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
});
afterAll(async () => {
  await browser?.close();
});

interface HandedOver {
  profiles: (string | null)[];
  /** Per card read: whether its path leads to the element our badge stands right before. */
  placed: boolean[];
  error?: string;
}

/**
 * In the content script's isolated world: hands over every outermost list item card and, for a
 * badge in no list item (issue 13's cards), the smallest box around it holding a profile link
 * (the rule linkedin/invitations.ts finds those cards by); then follows each path.
 */
function handOverExpression(page: string): string {
  return `(async () => {
    const CARD = ${JSON.stringify(invitationCards.card)};
    const BADGE = '[data-know-trust-profile]';
    const cards = [...document.querySelectorAll(CARD)].filter((card) => !card.parentElement?.closest(CARD));
    for (const host of document.querySelectorAll(BADGE)) {
      if (host.closest(CARD)) continue;
      let box = host.parentElement;
      while (box && !box.querySelector('a[href*="/in/"]')) box = box.parentElement;
      if (box) cards.push(box);
    }
    cards.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const reply = await chrome.runtime.sendMessage({
      type: 'tab-cards', page: ${JSON.stringify(page)}, lang: document.documentElement.lang,
      cards: cards.map((card) => card.outerHTML), removed: [], reset: true, unrecognised: false,
    });
    if (!reply || !Array.isArray(reply.cards)) return { profiles: [], placed: [], error: JSON.stringify(reply) };
    const at = (root, path) => {
      let el = root;
      for (const index of path) {
        el = [...el.children].filter((child) => !child.matches(BADGE))[index];
        if (!el) return null;
      }
      return el;
    };
    return {
      profiles: reply.cards.map((reading) => reading ? reading.profile : null),
      placed: reply.cards.flatMap((reading, i) => {
        if (!reading) return [];
        const box = at(cards[i], reading.controls);
        return [!!box && !!box.previousElementSibling && box.previousElementSibling.matches(BADGE)
          && box.previousElementSibling.getAttribute('data-know-trust-profile') === reading.profile];
      }),
    };
  })()`;
}

describe('cards handed over from a tab are read in Chrome’s offscreen document', () => {
  test('there are list fixtures to hand over', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
  });

  test.each(FIXTURES)('%s: every person, in order, each with the place of their badge', async (fixture) => {
    const linkedin = await browser.context.newPage();
    try {
      const url = FIXTURE_URLS[fixture];
      await linkedin.goto(url);
      const people = EXPECTED.fixtures[fixture].people.map((person) => person.profile);
      await waitForBadgeCount(linkedin, people.length);
      const result = (await inContentScript(browser, linkedin, handOverExpression(pageKindOf(new URL(url).pathname)))) as HandedOver;
      expect(result.error).toBeUndefined();
      expect(result.profiles.filter((profile) => profile !== null)).toEqual(people);
      // Cards that are no person's invitation (suggestions, a company's page) are read as none.
      expect(result.profiles.length).toBeGreaterThanOrEqual(people.length);
      expect(result.placed).toEqual(people.map(() => true));
      // The reading went where Chrome's worker has a DOM: its one offscreen document.
      const worker = await getServiceWorker(browser.context, browser.extensionId);
      const documents = await worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).map(
          (c) => c.documentUrl,
        ),
      );
      expect(documents).toEqual([`chrome-extension://${browser.extensionId}/offscreen.html`]);
      // The tab's contents are what was read: the popup lists the same people.
      const tabId = await tabIdOf(browser.context, browser.extensionId, url);
      expect((await popupListing(browser, tabId)).sort()).toEqual([...people].sort());
    } finally {
      await linkedin.close();
    }
  });
});
