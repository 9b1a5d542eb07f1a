// 3,000 pending invitations on one tab: more than one message may carry (500), so the content
// script reports them in chunks the background merges. Every badge must carry the verdict the
// background gives it (a few people answered first), and the popup must list all 3,000.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  answerFromPage,
  readBadges,
  LINKEDIN_ORIGIN,
  fixtureDocument,
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

/**
 * The 2026 fixture with its lazy column holding COUNT copies of its first card, one person each
 * (person-0 … person-2999), as the benchmark builds its pages (bench/pages.mjs), made here so the
 * test stands on its own.
 */
function pageWith(count: number): string {
  const html = fixtureDocument('fixture-sdui-2026.html');
  const open = html.indexOf('<div data-testid="lazy-column"');
  const start = html.indexOf('>', open) + 1;
  // The first card's wrapper: from the list's opening tag to the next wrapper of the same indent.
  const firstCard = /<div[^>]*>\s*<div role="listitem" componentkey="urn:li:invitation:[\s\S]*?\n {14}<\/div>\n/.exec(html.slice(start));
  if (!firstCard) throw new Error('fixture-sdui-2026.html has no first card where this test expects it');
  const card = firstCard[0];
  for (const needle of ['priya-raman-4b2a1c', 'Priya Raman']) if (!card.includes(needle)) throw new Error(`the first card lacks ${needle}`);
  const cards = Array.from({ length: count }, (_, i) =>
    card.replaceAll('priya-raman-4b2a1c', `person-${i}`).replaceAll('Priya Raman', `Person ${i}`).replaceAll('/priya/', `/p${i}/`),
  ).join('');
  // The list's own content is replaced up to its closing tag (the first </div> at the list's indent).
  const listIndent = /\n( *)<div data-testid="lazy-column"/.exec(html)![1]!;
  const end = html.indexOf(`\n${listIndent}</div>`, start);
  return html.slice(0, start) + '\n' + cards + html.slice(end);
}

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
  const body = pageWith(COUNT);
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
