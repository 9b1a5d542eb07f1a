// 3,000 pending invitations on one tab: more than one message may carry (500), so the content
// script reports them in chunks the background merges. Every badge must carry the verdict the
// background gives it (a few people answered first), and the popup must list all 3,000.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  answerFromPage,
  invitationsPageWith,
  readBadges,
  LINKEDIN_ORIGIN,
  launchWithExtension,
  openPopupFor,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
  type launchWithExtension as Launch,
} from './harness';

const COUNT = 3000;
const URL_3000 = `${LINKEDIN_ORIGIN}/mynetwork/invitation-manager/received/?invitations=${COUNT}`;
const POLL = { timeout: 120_000, interval: 500 };

/** Answers given first (from an extension page, as the popup would), and the verdicts they make. */
const ANSWERED: Record<string, { answers: Record<string, string>; verdict: string }> = {
  'person-0': { answers: { knows: 'no' }, verdict: 'leave-pending' },
  'person-1499': { answers: { knows: 'yes', trusts: 'yes', insider: 'no' }, verdict: 'accept' },
  'person-2999': { answers: { knows: 'yes', trusts: 'unsure' }, verdict: 'leave-pending' },
};

let browser: Awaited<ReturnType<typeof Launch>>;
let linkedin: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  const body = invitationsPageWith(COUNT);
  // Registered after serveFixtures, so it is asked first.
  await browser.context.route(URL_3000, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  for (const [profile, { answers }] of Object.entries(ANSWERED)) {
    await answerFromPage(extensionPage, profile, answers);
  }
  await extensionPage.close();
  linkedin = await browser.context.newPage();
  await linkedin.goto(URL_3000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe(`${COUNT} invitations on one tab`, () => {
  test('every card gets one badge, and every badge the verdict the background gives it', async () => {
    await waitForBadgeCount(linkedin, COUNT, 120_000);
    // A badge drawn before the background answered says "no suggestion yet" without naming the next
    // question; once its chunk's answer is in, it names it. So every badge below has had its answer.
    await expect
      .poll(async () => (await readBadges(linkedin)).filter((b) => b.verdict === 'undecided' && !/Next:/.test(b.label)).length, POLL)
      .toBe(0);
    const badges = (await readBadges(linkedin)).map((b) => [b.profile, b.verdict] as const);
    expect(badges.map(([profile]) => profile)).toEqual(Array.from({ length: COUNT }, (_, i) => `person-${i}`));
    for (const [profile, verdict] of badges) expect(verdict, profile).toBe(ANSWERED[profile]?.verdict ?? 'undecided');
  });

  test(`the popup lists all ${COUNT}, in page order`, async () => {
    const tabId = await tabIdOf(browser.context, browser.extensionId, URL_3000);
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.locator('#inviter-list [data-profile]').count(), POLL).toBe(COUNT);
    const listed = await popup.$$eval('#inviter-list [data-profile]', (items) => items.map((i) => i.getAttribute('data-profile')));
    expect(listed).toEqual(Array.from({ length: COUNT }, (_, i) => `person-${i}`));
    await popup.close();
  });
});
