// Page text is hostile. One inviter's visible name, the name inside the Accept/Ignore labels, the
// headline and the custom message hold markup (as LinkedIn would show it: as text), a script tag,
// control characters, a right-to-left override and 100 KB of filler; the profile slug stays valid.
// The invitation is still found; everywhere the extension shows that text it is text (no element
// made from it, nothing run); and what is stored is plain, capped and free of disguising characters.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { LIMITS, plainLine } from '../../src/core/text';
import {
  readBadge,
  BADGE,
  EXPECTED,
  FIXTURE_URLS,
  fixtureDocument,
  getServiceWorker,
  launchWithExtension,
  openPopupFor,
  openTabWithId,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const URL_HOSTILE = `${FIXTURE_URLS[FIXTURE]}?text=hostile`;
const TOM = 'tom-becker-recruiting-77c1';
const POLL = { timeout: 10_000 };

const MARKUP = '<img src=x onerror="window.__xss=(window.__xss||0)+1"> <script>window.__xss=1</script>';
// C0 and C1 controls (none of them whitespace to a regular expression), and RIGHT-TO-LEFT OVERRIDE.
const CONTROLS = '\u0001\u0007\u001b\u007f\u0085\u009b';
const RLO = '\u202e';
const KB100 = (filler: string) => filler.repeat(Math.ceil((100 * 1024) / filler.length)).slice(0, 100 * 1024);

const RAW = {
  name: `Tom ${MARKUP} Becker${CONTROLS}${RLO}moc.live ${KB100('N')}`,
  headline: `${MARKUP} Recruiter${CONTROLS}${RLO}enildaeh ${KB100('H')}`,
  message: `Hi ${MARKUP} there${CONTROLS}${RLO}egassem ${KB100('M')}`,
};
/** What the extension should keep and show: plain, capped, without the disguising characters. */
const SHOWN = {
  name: plainLine(RAW.name, LIMITS.name),
  headline: plainLine(RAW.headline, LIMITS.headline),
  message: plainLine(RAW.message, LIMITS.message),
};
const DISGUISING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Text as LinkedIn puts it in HTML: escaped, so the browser shows it as text, in content and in attributes. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The fixture with Tom Becker's card carrying the hostile texts. */
function hostileFixture(): string {
  const html = fixtureDocument(FIXTURE);
  const start = html.indexOf('<!-- 4. Recruiter');
  const end = html.indexOf('<!-- 5. No headline');
  if (start < 0 || end < start) throw new Error('Tom Becker’s card is not where this test expects it in the fixture');
  const card = html
    .slice(start, end)
    .replaceAll('Tom Becker', escapeHtml(RAW.name))
    .replace('Senior Technical Recruiter at Hirewell Talent Partners – Hiring Data &amp; ML Engineers', escapeHtml(RAW.headline))
    .replace(/Hi! I came across[^<]*/, escapeHtml(RAW.message));
  // Every place the name goes: the visible name, both labels, the picture's label.
  if (card.split(escapeHtml(RAW.name)).length - 1 !== 4) throw new Error('The hostile name did not replace Tom Becker’s name four times');
  if (!card.includes(escapeHtml(RAW.headline)) || !card.includes(escapeHtml(RAW.message)))
    throw new Error('Headline or message not replaced');
  return html.slice(0, start) + card + html.slice(end);
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) => requests.push(request.url()));
  await serveFixtures(browser.context);
  const body = hostileFixture();
  // Registered last, so it answers first for this one address.
  await browser.context.route(URL_HOSTILE, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  linkedin = await browser.context.newPage();
  await linkedin.goto(URL_HOSTILE);
  await waitForBadgeCount(linkedin, EXPECTED.fixtures[FIXTURE].people.length);
  tabId = await tabIdOf(browser.context, browser.extensionId, URL_HOSTILE);
});

afterAll(async () => {
  await browser?.close();
});

const xssOf = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/** Elements made from markup anywhere in an extension page: images, scripts other than its own, frames, objects. */
const madeElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('img, picture, svg image, iframe, frame, object, embed, script, link[rel="import"], [onerror], [onload]')]
      .filter((el) => !(el instanceof HTMLScriptElement && /^chrome-extension:\/\/[^/]+\/(?:popup|options)\.js$/.test(el.src)))
      .map((el) => el.outerHTML.slice(0, 120)),
  );

/** Element names in the whole page, inside the page's shadow roots too (closed ones included), as CDP sees them. */
async function elementCountsWithShadows(page: Page): Promise<Record<string, number>> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    type DomNode = { nodeName: string; shadowRootType?: string; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const counts: Record<string, number> = {};
    const walk = (node: DomNode) => {
      counts[node.nodeName] = (counts[node.nodeName] ?? 0) + 1;
      // Chromium's own user-agent shadow roots (a broken image's alt text) are not the page's.
      const shadows = (node.shadowRoots ?? []).filter((s) => s.shadowRootType !== 'user-agent');
      for (const child of [...(node.children ?? []), ...shadows, ...(node.contentDocument ? [node.contentDocument] : [])]) walk(child);
    };
    walk(root);
    return counts;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function expectPlainAndCapped(value: unknown, shown: string, limit: number, what: string): void {
  expect(typeof value, what).toBe('string');
  const text = value as string;
  expect(text.length, `${what} length`).toBeLessThanOrEqual(limit);
  expect(DISGUISING.test(text), `${what} holds control or bidi characters`).toBe(false);
  expect(text, what).toBe(shown);
}

describe('hostile text on an invitation card', () => {
  test('the hostile card is detected, with the right profile, and its badge names the inviter as text', async () => {
    const card = linkedin.locator('[role="listitem"]', { has: linkedin.locator(`a[href*="/in/${TOM}/"]`) });
    expect(await card.locator(BADGE).count()).toBe(1);
    expect(await card.locator(BADGE).getAttribute('data-know-trust-profile')).toBe(TOM);
    // The card really shows the markup as text (the fixture is what this test thinks it is).
    expect(await card.locator('strong').first().textContent()).toBe(RAW.name);
    const label = (await readBadge(linkedin, TOM))?.label ?? '';
    expect(label).toContain(MARKUP);
    expect(label).toContain('Tom');
    expect(label.includes(RLO), 'the badge label keeps the right-to-left override').toBe(false);
    // The accessible name holds the same capped plain text as everything else: no control character, no 100 KB.
    expect(label).toContain(SHOWN.name);
    expect(label.length).toBeLessThan(SHOWN.name.length + 200);
    expect([...CONTROLS].filter((c) => label.includes(c))).toEqual([]);
  });

  test('nothing of it runs or becomes an element on LinkedIn’s page, inside the badges’ closed shadow roots included', async () => {
    expect(await xssOf(linkedin)).toBeUndefined();
    const counts = await elementCountsWithShadows(linkedin);
    const servedImages = (hostileFixture().match(/<img\b/g) ?? []).length;
    expect(counts['IMG'] ?? 0).toBe(servedImages);
    expect(counts['SCRIPT'] ?? 0).toBe(0);
    // The badges are there to be looked into: one shadow root per badge.
    expect(counts['#document-fragment'] ?? 0).toBeGreaterThanOrEqual(EXPECTED.fixtures[FIXTURE].people.length);
  });

  test('what is stored is plain text, capped, without control or bidi characters', async () => {
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const record = (await worker.evaluate((key) => chrome.storage.local.get(key), `inviter:${TOM}`))[`inviter:${TOM}`] as Record<
      string,
      unknown
    >;
    expect(record, 'stored record of the hostile inviter').toBeDefined();
    expect(record['profile']).toBe(TOM);
    expectPlainAndCapped(record['name'], SHOWN.name, LIMITS.name, 'stored name');
    // Merely seen (nothing answered), the inviter keeps no headline in storage (the retention rule, PRIVACY.md).
    expect(record['headline'] ?? '', 'stored headline of a merely-seen inviter').toBe('');

    const tab = (await worker.evaluate((key) => chrome.storage.session.get(key), `tab:${tabId}`))[`tab:${tabId}`] as {
      invitations: Array<Record<string, unknown>>;
    };
    const invitation = tab.invitations.find((i) => i['profile'] === TOM);
    expect(invitation, 'the tab’s stored invitation of the hostile inviter').toBeDefined();
    expectPlainAndCapped(invitation!['name'], SHOWN.name, LIMITS.name, 'tab name');
    expectPlainAndCapped(invitation!['headline'], SHOWN.headline, LIMITS.headline, 'tab headline');
    expectPlainAndCapped(invitation!['message'], SHOWN.message, LIMITS.message, 'tab message');
    // Markup kept as the text it was, not dropped or mangled.
    expect(SHOWN.name).toContain(MARKUP);
  });

  test('the popup shows name, headline and message as text, in the list and in the questions', async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    const item = popup.locator(`#inviter-list [data-profile="${TOM}"]`);
    await item.waitFor(POLL);
    expect(await item.locator('.name').textContent()).toBe(SHOWN.name);
    expect(await item.locator('.headline').textContent()).toBe(SHOWN.headline);
    expect(await madeElements(popup)).toEqual([]);

    await item.click();
    await expect.poll(() => popup.locator('#inviter-name').textContent(), POLL).toBe(SHOWN.name);
    expect(await popup.locator('.person-headline').textContent()).toBe(SHOWN.headline);
    expect(await popup.locator('#inviter-detail blockquote').textContent()).toBe(SHOWN.message);
    expect(await madeElements(popup)).toEqual([]);
    expect(await xssOf(popup)).toBeUndefined();

    // Answered, the inviter is among the stored ones a search finds from any other tab.
    await popup.check('input[name="knows"][value="yes"]');
    const storedAnswers = async () => {
      const worker = await getServiceWorker(browser.context, browser.extensionId);
      const stored = await worker.evaluate((key) => chrome.storage.local.get(key), `inviter:${TOM}`);
      return (stored[`inviter:${TOM}`] as { answers: object }).answers;
    };
    await expect.poll(storedAnswers, POLL).toEqual({ knows: 'yes' });
    await popup.close();
  });

  test('searched for from another tab, the stored inviter is shown as text too', async () => {
    const { page: blank, tabId: blankTabId } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const popup = await openPopupFor(browser.context, browser.extensionId, blankTabId);
    await popup.locator('#not-linkedin').waitFor({ state: 'visible', ...POLL });
    await popup.fill('input#search', 'onerror');
    const item = popup.locator(`#inviter-list [data-profile="${TOM}"]`);
    await item.waitFor(POLL);
    expect(await item.locator('.name').textContent()).toBe(SHOWN.name);
    await item.click();
    await expect.poll(() => popup.locator('#inviter-name').textContent(), POLL).toBe(SHOWN.name);
    expect(await madeElements(popup)).toEqual([]);
    expect(await xssOf(popup)).toBeUndefined();
    await popup.close();
    await blank.close();
  });

  test('the options page and its export hold the inviter as text', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#companies').waitFor(POLL);
    const download = options.waitForEvent('download', POLL);
    await options.click('button#export');
    const exported = JSON.stringify(JSON.parse(fs.readFileSync(await (await download).path(), 'utf8')));
    // The export is JSON: the name is one JSON string, escaped as JSON and nothing else.
    expect(exported).toContain(JSON.stringify(SHOWN.name));
    expect(DISGUISING.test(exported)).toBe(false);
    expect(await madeElements(options)).toEqual([]);
    expect(await xssOf(options)).toBeUndefined();
    await options.close();
  });

  test('no page or extension context asked for the markup’s image', async () => {
    // `x` resolves against the page (or extension page) that would have made the <img>.
    const asked = requests.filter((url) => new URL(url).pathname.endsWith('/x'));
    expect(asked).toEqual([]);
    // The requests were recorded at all: the hostile page itself is among them.
    expect(requests).toContain(URL_HOSTILE);
    expect(await xssOf(linkedin)).toBeUndefined();
  });
});
