// Issue 13 in a real browser: markup nobody here wrote, kind by kind (docs/linkedin-dom.md, "Markup
// other projects captured"). Each kind is shown by the fixtures that hold it; on each, every person
// of that kind gets exactly one badge and every Page, group, newsletter and event invitation none
// (the answer key, tests/fixtures/linkedin/expected.json, says who the people are; which card is of
// which kind is read off the markup here, not from the detector). The same markup served at the
// Sent page and the feed gets no badge. And where detection cannot follow (a language nobody knows
// with unlabelled controls, unlabelled controls without the inviter's picture: the documented
// limits), the popup still says the layout was not recognised and copies its anonymised page report.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BADGE,
  EXPECTED,
  FIXTURE_URLS,
  LINKEDIN_ORIGIN,
  fixtureDocument,
  launchWithExtension,
  popupSayingUnrecognised,
  readBadges,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
  type FixtureName,
} from './harness';

/** What a card of a pending person shows, read off the markup (the detector is not asked). */
interface PersonCard {
  profile: string;
  badges: number;
  /** The profile link holds more than the name (kind 1). */
  wrapped: boolean;
  /** No control of the card has an accessible name of its own (kind 2). */
  unlabelled: boolean;
  /** No list item around the card (kind 3). */
  unlisted: boolean;
  /** Accept shows without Ignore (kind 4). */
  loneAccept: boolean;
  /** The card's controls carry English labels not seen before 2026 (kind 4). */
  newWording: boolean;
}

interface CardsOnPage {
  people: PersonCard[];
  /** Page, group, newsletter and event invitations: a target link, or a picture outside every profile link. */
  nonPerson: { text: string; badges: number }[];
  lang: string;
}

type Kind = 'wrapped' | 'unlabelled' | 'unlisted' | 'wording' | 'nonPerson';

/** The fixtures showing each kind, in the languages they are in. */
const KINDS: readonly { kind: Kind; title: string; fixtures: readonly FixtureName[] }[] = [
  {
    kind: 'wrapped',
    title: 'kind 1: profile links wrapping more than the name (English, German, unknown language)',
    fixtures: [
      'fixture-ember-2020-wrapped-links.html',
      'fixture-sdui-2026-de-wrapped-unlabelled.html',
      'fixture-sdui-2026-invented-language.html',
    ],
  },
  {
    kind: 'unlabelled',
    title: 'kind 2: controls without an accessible name (French, German)',
    fixtures: ['fixture-sdui-2026-fr-unlabelled.html', 'fixture-sdui-2026-de-wrapped-unlabelled.html'],
  },
  {
    kind: 'unlisted',
    title: 'kind 3: cards without a list item (English, German, unknown language)',
    fixtures: [
      'fixture-sdui-2025-unlisted.html',
      'fixture-sdui-2026-de-wrapped-unlabelled.html',
      'fixture-sdui-2026-invented-language.html',
    ],
  },
  {
    kind: 'wording',
    title: 'kind 4: new wordings and an Accept alone (English, German)',
    fixtures: ['fixture-sdui-2025-unlisted.html', 'fixture-ember-2020-wrapped-links.html', 'fixture-sdui-2026-de-wrapped-unlabelled.html'],
  },
  {
    kind: 'nonPerson',
    title: 'kind 5: non-person invitations in any language (Spanish, French, German, unknown language)',
    fixtures: [
      'fixture-mynetwork-strip-es.html',
      'fixture-sdui-2026-fr-unlabelled.html',
      'fixture-sdui-2026-de-wrapped-unlabelled.html',
      'fixture-sdui-2026-invented-language.html',
    ],
  },
];

function readCards(page: Page, people: { name: string; profile: string }[]): Promise<CardsOnPage> {
  return page.evaluate(
    ([badge, people]) => {
      const profileOf = (a: Element): string | null => {
        const match = /^\/in\/([^/]+)/.exec(new URL((a as HTMLAnchorElement).href).pathname);
        return match ? decodeURIComponent(match[1]!) : null;
      };
      // The card: the nearest box around the element that also holds a control of LinkedIn's.
      const cardOf = (el: Element): Element | null => {
        let at: Element | null = el.parentElement;
        while (at && !at.querySelector('button')) at = at.parentElement;
        return at;
      };
      const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const badgesIn = (el: Element): number => el.querySelectorAll(badge).length;
      const controlsOf = (card: Element): Element[] =>
        [...card.querySelectorAll('button, a')].filter((c) => !c.matches('a[href*="/in/"], a[href*="/messaging/"]') && !c.closest(badge));
      const result = people.flatMap(({ name, profile }) => {
        const link = [...document.querySelectorAll('a[href*="/in/"]')].find((a) => profileOf(a) === profile && text(a) !== '');
        const card = link && cardOf(link);
        if (!link || !card) return [];
        const controls = controlsOf(card);
        const labels = controls.map((c) => c.getAttribute('aria-label') ?? '');
        return [
          {
            profile,
            badges: badgesIn(card),
            wrapped: text(link) !== name,
            unlabelled: labels.every((l) => l === ''),
            unlisted: !link.closest('[role="listitem"], li'),
            loneAccept: controls.length === 1,
            newWording: labels.some((l) => / to connect\.?$|'s invitation|\.$/.test(l)),
          },
        ];
      });
      const targets =
        'a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"], a[href*="/groups/"], a[href*="/newsletters/"], a[href*="/events/"]';
      const logos = [...document.querySelectorAll('img, [role="img"]')].filter((p) => !p.closest('a[href*="/in/"]') && !p.closest(badge));
      const nonPerson = [...new Set([...document.querySelectorAll(targets), ...logos].map(cardOf))]
        .filter((card): card is Element => card !== null && card !== document.body)
        .map((card) => ({ text: text(card).slice(0, 100), badges: badgesIn(card) }));
      return { people: result, nonPerson, lang: document.documentElement.lang };
    },
    [BADGE, people] as const,
  );
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The exceptions thrown on each opened page, in any of its worlds (CDP reports the content
 * scripts' isolated world too): "never an exception into the page".
 */
const thrownOn = new WeakMap<Page, string[]>();

/** The fixture open at its LinkedIn address, with as many badges as its answer key has people. */
async function open(fixture: FixtureName): Promise<Page> {
  const page = await browser.context.newPage();
  const thrown: string[] = [];
  const cdp = await browser.context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    thrown.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  await cdp.send('Runtime.enable');
  thrownOn.set(page, thrown);
  await page.goto(FIXTURE_URLS[fixture]);
  await waitForBadgeCount(page, EXPECTED.fixtures[fixture].people.length);
  return page;
}

const shows: Record<Exclude<Kind, 'nonPerson'>, (card: PersonCard) => boolean> = {
  wrapped: (c) => c.wrapped,
  unlabelled: (c) => c.unlabelled,
  unlisted: (c) => c.unlisted,
  wording: (c) => c.loneAccept || c.newWording,
};

describe.each(KINDS)('$title', ({ kind, fixtures }) => {
  test.each(fixtures)('%s: every person badged once, every non-person card none', async (fixture) => {
    const expected = EXPECTED.fixtures[fixture];
    const page = await open(fixture);
    try {
      // Exactly the answer key's people, once each, in page order: nobody else has a badge.
      expect((await readBadges(page)).map((b) => b.profile)).toEqual(expected.people.map((p) => p.profile));
      const cards = await readCards(page, expected.people);
      expect(cards.people.map((c) => c.profile)).toEqual(expected.people.map((p) => p.profile));
      for (const card of cards.people) expect(card.badges, card.profile).toBe(1);
      if (kind === 'nonPerson') {
        // Every non-person invitation the answer key counts is on the page, and none has a badge.
        expect(cards.nonPerson.length).toBe(expected.nonPersonInvitations);
        expect(cards.nonPerson.filter((c) => c.badges > 0)).toEqual([]);
        expect(cards.lang).not.toMatch(/^en/);
      } else {
        // The fixture really shows the kind (otherwise the badges above prove nothing about it).
        expect(cards.people.filter(shows[kind]).length, `people of kind ${kind}`).toBeGreaterThan(0);
        expect(cards.nonPerson.filter((c) => c.badges > 0)).toEqual([]);
      }
      expect(thrownOn.get(page), 'exceptions on the page, in any world').toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the same markup where nothing is read', () => {
  // Served at the Sent page and the feed: LinkedIn's own markup there never gets a badge.
  const places = [
    { fixture: 'fixture-sdui-2026-de-wrapped-unlabelled.html', url: `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/sent/?markup=de` },
    { fixture: 'fixture-sdui-2026-invented-language.html', url: `${LINKEDIN_ORIGIN}/feed/?markup=xx` },
  ] as const;

  beforeAll(async () => {
    for (const { fixture, url } of places) {
      await browser.context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureDocument(fixture) }),
      );
    }
  });

  test('the Sent page and the feed get no badge', async () => {
    const pages = await Promise.all(places.map(() => browser.context.newPage()));
    for (const [i, { url }] of places.entries()) await pages[i]!.goto(url);
    for (const p of pages) expect(await p.locator('button').count()).toBeGreaterThan(0);
    // No sleep to wait for "nothing": the content script has had its turn once a received page,
    // opened after these, has been badged.
    const received = await open('fixture-sdui-2026-de-wrapped-unlabelled.html');
    for (const p of pages) expect(await p.locator(BADGE).count(), p.url()).toBe(0);
    await received.close();
    for (const p of pages) await p.close();
  });
});

// The documented limits: what the markup holds, changed as the limit says, served at an address of
// its own. Nothing is badged, and the popup's page report takes over.
const LIMITS = [
  {
    why: 'a language nobody knows, controls without labels',
    fixture: 'fixture-sdui-2026-invented-language.html',
    url: `${FIXTURE_URLS['fixture-sdui-2026-invented-language.html']}&limit=unlabelled`,
    change: (html: string) => html.replace(/<button aria-label="[^"]*"/g, '<button'),
    gone: 'button[aria-label]',
    listItems: 7,
  },
  {
    why: 'controls without labels, and no picture of the inviter',
    fixture: 'fixture-sdui-2026-fr-unlabelled.html',
    url: `${FIXTURE_URLS['fixture-sdui-2026-fr-unlabelled.html']}&limit=no-photo`,
    change: (html: string) => html.replace(/<figure[^>]*>(?:<img[^>]*>|<svg[^>]*><\/svg>)<\/figure>/g, ''),
    gone: 'a[href*="/in/"] img, a[href*="/in/"] [role="img"]',
    listItems: 6,
  },
] as const;

describe.each(LIMITS)('limit: $why', ({ fixture, url, change, gone, listItems }) => {
  let linkedin: Page;
  let tabId: number;

  beforeAll(async () => {
    await browser.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: change(fixtureDocument(fixture)) }),
    );
    linkedin = await browser.context.newPage();
    await linkedin.goto(url);
    tabId = await tabIdOf(browser.context, browser.extensionId, url);
  });

  afterAll(async () => {
    await linkedin?.close();
  });

  test('no badge; the popup says the layout was not recognised and copies an anonymised page report', async () => {
    // The change did what the limit says: the controls are there, the labels or pictures are not.
    expect(await linkedin.locator('button').count()).toBeGreaterThan(listItems);
    expect(await linkedin.locator(gone).count()).toBe(0);
    const shown = await popupSayingUnrecognised(browser, tabId);
    expect(await linkedin.locator(BADGE).count()).toBe(0);
    await shown.click('#copy-report');
    const text = shown.locator('#report-text');
    await text.waitFor({ state: 'visible', timeout: 10_000 });
    const report = await text.inputValue();
    expect(report).toMatch(/^Know & Trust page report\n/);
    expect(report).toContain('page: invitation-manager');
    expect(report).toContain('data-testid="lazy-column"');
    expect(report.match(/role="listitem"/g)?.length).toBe(listItems);
    const secrets = EXPECTED.fixtures[fixture].people.flatMap((p) => [p.name, ...p.name.split(' '), p.profile]).filter((s) => s.length > 2);
    expect(secrets.filter((s) => report.includes(s))).toEqual([]);
    expect(report).not.toMatch(/licdn|linkedin\.com/);
    await shown.close();
  });
});
