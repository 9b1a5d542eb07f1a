// LinkedIn moves between pages with the History API, never reloading. The loader (content.js,
// injected once, when the document was created) must notice and have the invitation code added to
// the tab; from then on that code follows navigation itself: badges appear within one animation
// frame of the cards being in the DOM, disappear with them, and on pages that are not ours nothing
// is read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECTED, FEED_URL, launchWithExtension, serveFixtures } from './harness';
import { badgeProfiles, changeAndRead, fixtureBody, frames, navigateInApp } from './page-actions';

const RECEIVED = '/mynetwork/invitation-manager/received/';
const people = (name: keyof typeof EXPECTED.fixtures) => EXPECTED.fixtures[name].people.map((p) => p.profile);
const FEED_BODY = '<main id="main"><h1>Feed</h1><p>Posts</p></main>';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  page = await browser.context.newPage();
  await page.goto(FEED_URL);
});

afterAll(async () => {
  await browser?.close();
});

/** Puts the 2026 fixture's cards into the current page as a stray block (what a non-invitations page could hold). */
const STRAY_CARDS = `
  const parsed = new DOMParser().parseFromString(arg, 'text/html');
  const block = document.createElement('div');
  block.id = 'stray';
  block.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(block);
`;

describe('single-page navigation', () => {
  test('on the feed nothing is read: invitation-shaped cards there get no badge', async () => {
    expect(await changeAndRead(page, STRAY_CARDS, fixtureBody('fixture-sdui-2026.html'))).toEqual([]);
    await frames(page, 5);
    expect(await badgeProfiles(page)).toEqual([]);
  });

  test('arriving at the invitation manager from the feed by pushState: badges, and within one frame once the code is on the tab', async () => {
    // The first arrival: the loader asks the background for invitations.js, which badges on arrival.
    await navigateInApp(page, RECEIVED, fixtureBody('fixture-sdui-2026.html'));
    await expect.poll(() => badgeProfiles(page), { timeout: 10_000 }).toEqual(people('fixture-sdui-2026.html'));
    // From then on, arriving again (feed, then back by pushState) badges within one frame.
    expect(await navigateInApp(page, '/feed/', FEED_BODY)).toEqual([]);
    expect(await navigateInApp(page, RECEIVED, fixtureBody('fixture-sdui-2026.html'))).toEqual(people('fixture-sdui-2026.html'));
  });

  test('leaving for the feed takes the badges along and stops reading', async () => {
    expect(await navigateInApp(page, '/feed/', FEED_BODY)).toEqual([]);
    // Cards appearing on the feed afterwards are not read: the observer is gone.
    expect(await changeAndRead(page, STRAY_CARDS, fixtureBody('fixture-sdui-2026.html'))).toEqual([]);
  });

  test('coming back with the back button: badges again, as the app re-renders the list', async () => {
    const profiles = await page.evaluate(
      (body) =>
        new Promise<string[]>((resolve) => {
          addEventListener(
            'popstate',
            () => {
              // LinkedIn's router re-renders the page it returns to.
              const parsed = new DOMParser().parseFromString(body, 'text/html');
              document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  resolve(
                    [...document.querySelectorAll('[data-know-trust-profile]')].map((b) => b.getAttribute('data-know-trust-profile') ?? ''),
                  ),
                ),
              );
            },
            { once: true },
          );
          history.back();
        }),
      fixtureBody('fixture-ember-2022.html'),
    );
    expect(new URL(page.url()).pathname).toBe(RECEIVED);
    expect(profiles).toEqual(people('fixture-ember-2022.html'));
  });

  test('switching Received filters: the new list is read, the old badges go', async () => {
    const mutualOnly = fixtureBody('fixture-sdui-2026.html').replace(/<!-- 4\.[\s\S]*?(?=<!-- 7\.)/, '');
    const expected = people('fixture-sdui-2026.html').filter(
      (p) => !['tom-becker-recruiting-77c1', 'sam-okafor-0b9d3e2', '李明-8a1b2c3d'].includes(p),
    );
    expect(await navigateInApp(page, `${RECEIVED}PEOPLE_WITH_MUTUAL_CONNECTION/`, mutualOnly)).toEqual(expected);
    // LinkedIn sometimes renders before it updates the URL: same result.
    expect(await navigateInApp(page, RECEIVED, fixtureBody('fixture-sdui-2026-de.html'), { renderFirst: true })).toEqual(
      people('fixture-sdui-2026-de.html'),
    );
  });

  test('the My Network strip is ours, the Sent page is not', async () => {
    expect(await navigateInApp(page, '/mynetwork/grow/', fixtureBody('fixture-mynetwork-strip.html'))).toEqual(
      people('fixture-mynetwork-strip.html'),
    );
    expect(await navigateInApp(page, '/mynetwork/invitation-manager/sent/', fixtureBody('fixture-sdui-2026.html'))).toEqual([]);
    await frames(page, 5);
    expect(await badgeProfiles(page)).toEqual([]);
  });
});
