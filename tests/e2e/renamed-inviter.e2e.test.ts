// A page may not rename a person the user answered or wrote about (issue 12): the popup keeps the
// name the user knew and says beside it what LinkedIn shows now, instead of swapping the name silently.
import { describe, expect, test } from 'vitest';
import {
  answerInNewPopup,
  FIXTURE_URLS,
  popupForm,
  profileIn,
  readFixture,
  readInNewPopup,
  tabIdOf,
  useFixtureSession,
  waitForBadgeCount,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const launched = useFixtureSession(FIXTURE);
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');
const RENAMED = 'Marcus Feldmann-Rossi';

describe('a person the user answered, shown by LinkedIn under another name', () => {
  test('keeps the name the user knew, and the popup says what LinkedIn shows now', async () => {
    const { browser, tabId } = launched.current;
    await (await answerInNewPopup(launched.current, tabId, MARCUS, [['knows', 'yes']])).close();
    await expect
      .poll(() => readInNewPopup(browser, tabId, MARCUS, async (popup) => (await popupForm(popup)).answers['knows']), { timeout: 10_000 })
      .toBe('yes');

    // The same page, Marcus's card (link, labels, picture text) now naming him otherwise.
    const url = `${FIXTURE_URLS[FIXTURE]}?renamed=1`;
    const body = readFixture(FIXTURE).replaceAll('Marcus Feld', RENAMED);
    await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForBadgeCount(page, 6);
    const renamedTab = await tabIdOf(browser.context, browser.extensionId, url);
    const shown = await readInNewPopup(browser, renamedTab, MARCUS, async (popup) => ({
      name: await popup.locator('#inviter-name').textContent(),
      hint: await popup.locator('.shown-as').textContent({ timeout: 5_000 }),
    }));
    expect(shown).toEqual({ name: 'Marcus Feld', hint: `LinkedIn now shows this person as “${RENAMED}”.` });
    await page.close();
  });
});
