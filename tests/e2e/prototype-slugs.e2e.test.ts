// People whose profile slug is a word of JavaScript's object prototype ("__proto__", "constructor",
// "prototype") are badged, listed and answered like anyone else (issue 12): every map keyed by slug,
// in the content script, the background and the messages between them, has no prototype to collide with.
import { describe, expect, test } from 'vitest';
import {
  answerInNewPopup,
  FIXTURE_URLS,
  getServiceWorker,
  openPopupFor,
  profileIn,
  readBadge,
  readFixture,
  useFixtureSession,
  waitForBadgeCount,
  waitForBadgeVerdict,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const launched = useFixtureSession(FIXTURE);
const POLL = { timeout: 10_000 };
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');
const PRIYA = profileIn(FIXTURE, 'Priya Raman');

describe('profile slugs that are words of the object prototype', () => {
  const SLUGS = ['__proto__', 'constructor', 'prototype'];
  const URL_PROTO = `${FIXTURE_URLS[FIXTURE]}?proto=1`;

  test('are badged, listed and answered like anyone else', async () => {
    const { browser } = launched.current;
    // Priya, Marcus and Elena get the three slugs (their links only: the answer key's names stay).
    const renamed: Record<string, string> = { [PRIYA]: SLUGS[0]!, [MARCUS]: SLUGS[1]!, [profileIn(FIXTURE, 'Elena Vasquez')]: SLUGS[2]! };
    let body = readFixture(FIXTURE);
    for (const [from, to] of Object.entries(renamed)) body = body.replaceAll(`/in/${from}/`, `/in/${to}/`);
    await browser.context.route(URL_PROTO, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const page = await browser.context.newPage();
    await page.goto(URL_PROTO);
    await waitForBadgeCount(page, 6);
    const names = new Map([
      [SLUGS[0]!, 'Priya Raman'],
      [SLUGS[1]!, 'Marcus Feld'],
      [SLUGS[2]!, 'Elena Vasquez'],
    ]);
    // Each badge names its own person and, once the background answered, the first question.
    for (const slug of SLUGS) {
      await expect.poll(async () => (await readBadge(page, slug))?.text, { ...POLL, message: slug }).toMatch(/Next:/);
      const badge = (await readBadge(page, slug))!;
      expect(badge.label, slug).toContain(names.get(slug));
      expect(badge.label + badge.text, slug).not.toContain('[object');
      expect(badge.verdict, slug).toBe('undecided');
    }
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const tabId = (await worker.evaluate(
      (url) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === url)?.id ?? null),
      URL_PROTO,
    )) as number;
    const list = await openPopupFor(browser.context, browser.extensionId, tabId);
    for (const slug of SLUGS) expect(await list.locator(`#inviter-list [data-profile="${slug}"]`).count(), slug).toBe(1);
    await list.close();
    await (await answerInNewPopup(launched.current, tabId, '__proto__', [['knows', 'no']])).close();
    await waitForBadgeVerdict(page, '__proto__', 'leave-pending');
    const popup = await answerInNewPopup(launched.current, tabId, 'constructor', [
      ['knows', 'yes'],
      ['trusts', 'yes'],
      ['insider', 'no'],
    ]);
    await waitForBadgeVerdict(page, 'constructor', 'accept');
    await popup.close();
    expect((await readBadge(page, 'prototype'))?.verdict).toBe('undecided');
    await page.close();
  });
});
