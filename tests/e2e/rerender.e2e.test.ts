// LinkedIn's React list loads invitations in batches inside the scrolling <main>, re-renders cards
// and whole lists, and removes cards that were accepted. Each pending invitation keeps exactly one
// badge through all of it, re-attached within one frame; removed cards leave nothing behind.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECTED, FIXTURE_URLS, launchWithExtension, serveFixtures, waitForBadgeCount } from './harness';
import { badgeProfiles, changeAndRead } from './page-actions';

const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.map((p) => p.profile);
const LIST = '[data-testid="lazy-column"]';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  page = await browser.context.newPage();
  await page.goto(FIXTURE_URLS[FIXTURE]);
  await waitForBadgeCount(page, PEOPLE.length);
  // Keep a pristine copy of every card wrapper (without our badges) to render batches from.
  await page.evaluate((list) => {
    const wrappers = [...document.querySelectorAll(`${list} > [componentkey^="auto-component-"]`)];
    const clean = wrappers.map((w) => {
      const copy = w.cloneNode(true) as Element;
      copy.querySelectorAll('[data-know-trust-profile]').forEach((b) => b.remove());
      return copy;
    });
    (window as unknown as { cards: Element[] }).cards = clean;
  }, LIST);
});

afterAll(async () => {
  await browser?.close();
});

/** Counts of badges per profile: every value must be 1. */
function perProfile(profiles: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of profiles) counts[p] = (counts[p] ?? 0) + 1;
  return counts;
}
const once = (profiles: string[]) => Object.fromEntries(profiles.map((p) => [p, 1]));

describe('re-renders and lazy loading', () => {
  test('an empty list filled in batches of cards, as the user scrolls <main>', async () => {
    expect(await changeAndRead(page, `document.querySelector(${JSON.stringify(LIST)}).replaceChildren();`)).toEqual([]);
    const seen: string[][] = [];
    // Three batches: cards 0–2, 3–5, 6–9 (the last holds the Page/newsletter/accepted cards).
    for (const [from, to] of [
      [0, 3],
      [3, 6],
      [6, 10],
    ]) {
      seen.push(
        await changeAndRead(
          page,
          `const list = document.querySelector(${JSON.stringify(LIST)});
           const loader = list.querySelector('[data-testid="loader"]');
           for (const card of window.cards.slice(arg[0], arg[1])) list.insertBefore(card.cloneNode(true), loader);
           document.querySelector('main').scrollTop = 1e6;`,
          [from, to],
        ),
      );
    }
    expect(seen).toEqual([PEOPLE.slice(0, 3), PEOPLE.slice(0, 6), PEOPLE]);
  });

  test('a card replaced by a fresh render gets its badge back, once', async () => {
    const after = await changeAndRead(
      page,
      `const old = document.querySelector('[componentkey="urn:li:invitation:7345678901234567002"]').parentElement;
       old.replaceWith(window.cards[1].cloneNode(true));`,
    );
    expect(perProfile(after)).toEqual(once(PEOPLE));
  });

  test('the whole list re-rendered, twice in a row: one badge per person', async () => {
    const rerender = `document.querySelector(${JSON.stringify(LIST)}).replaceChildren(...window.cards.map((c) => c.cloneNode(true)));`;
    expect(perProfile(await changeAndRead(page, rerender + rerender))).toEqual(once(PEOPLE));
  });

  test('a card re-rendered in place keeps its badge and gains no second one', async () => {
    // React reusing the card element but replacing its inner content.
    const after = await changeAndRead(
      page,
      `const card = document.querySelector('[componentkey="urn:li:invitation:7345678901234567004"]');
       const fresh = window.cards[3].querySelector('[role="listitem"]');
       card.replaceChildren(...[...fresh.cloneNode(true).childNodes]);`,
    );
    expect(perProfile(after)).toEqual(once(PEOPLE));
  });

  test('accepted and removed cards leave nothing behind', async () => {
    // Priya accepted on LinkedIn: her card turns into "is now a connection" (no Accept control).
    // Tom's card removed (ignored). Both badges go; the others stay.
    const after = await changeAndRead(
      page,
      `const priya = document.querySelector('[componentkey="urn:li:invitation:7345678901234567001"]');
       priya.querySelector('button[aria-label^="Accept"]').parentElement.replaceChildren(Object.assign(document.createElement('a'), { textContent: 'Message', href: '/messaging/' }));
       priya.querySelector('span').textContent = ' is now a connection';
       document.querySelector('[componentkey="urn:li:invitation:7345678901234567004"]').parentElement.remove();`,
    );
    expect(after).toEqual(PEOPLE.filter((p) => p !== 'priya-raman-4b2a1c' && p !== 'tom-becker-recruiting-77c1'));
    expect(await badgeProfiles(page)).toEqual(after);
  });
});
