// When it fails anyway: LinkedIn shows pending invitations but detection recognised none. The popup
// says the layout was not recognised and offers "copy a page report": a snapshot of the
// invitations area with every name, slug, headline, message and image address replaced.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECTED, FIXTURE_URLS, fixtureDocument, launchWithExtension, popupSayingUnrecognised, serveFixtures, tabIdOf } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const URL_UNKNOWN = `${FIXTURE_URLS[FIXTURE]}?layout=unknown`;
const POLL = { timeout: 10_000 };

/** LinkedIn changed its controls: no accessible name, and words we do not know. */
function withUnknownControls(html: string): string {
  return html
    .replace(/ aria-label="(?:Accept|Ignore)[^"]*"/g, '')
    .replace(/<span>Accept<\/span>/g, '<span>Qwop</span>')
    .replace(/<span>Ignore<\/span>/g, '<span>Zurg</span>');
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  // Registered last, so it answers first for this one address.
  await browser.context.route(URL_UNKNOWN, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withUnknownControls(fixtureDocument(FIXTURE)) }),
  );
  linkedin = await browser.context.newPage();
  await linkedin.goto(URL_UNKNOWN);
  tabId = await tabIdOf(browser.context, browser.extensionId, URL_UNKNOWN);
});

afterAll(async () => {
  await browser?.close();
});

describe('a page layout we do not recognise', () => {
  test('the popup says so and copies an anonymised page report', async () => {
    expect(await linkedin.locator('[data-know-trust-profile]').count()).toBe(0);
    const shown = await popupSayingUnrecognised(browser, tabId);
    expect(await shown.locator('#no-invitations').isVisible()).toBe(false);

    await shown.click('#copy-report');
    const text = shown.locator('#report-text');
    await text.waitFor({ state: 'visible', timeout: 10_000 });
    const report = await text.inputValue();
    expect(report).toMatch(/^Know & Trust page report\n/);
    expect(report).toContain('page: invitation-manager');
    // The structure is there: the lazy column's nine list items (8 invitations, 1 accepted card).
    expect(report).toContain('data-testid="lazy-column"');
    expect(report.match(/role="listitem"/g)?.length).toBe(9);
    // Nobody is exposed.
    const secrets = [
      ...EXPECTED.fixtures[FIXTURE].people.flatMap((p) => [p.name, ...p.name.split(' '), p.profile, encodeURIComponent(p.profile)]),
      'Senior Data Engineer',
      'HR Manager',
      'Hirewell',
      'Spark/Kafka',
      'media.licdn',
      'Jonas Weber',
      'Gino Sample',
      'Contoso',
    ].filter((s) => s.length > 2);
    expect(secrets.filter((s) => report.includes(s))).toEqual([]);
    await expect.poll(() => shown.locator('#status').textContent(), POLL).toMatch(/Copied/);
    // On the clipboard, exactly as shown: pasted by keyboard into a plain text field elsewhere.
    const paste = await browser.context.newPage();
    await paste.setContent('<textarea id="t"></textarea>');
    await paste.focus('#t');
    await paste.keyboard.press('Control+V');
    expect(await paste.inputValue('#t')).toBe(report);
    await paste.close();
  });
});
