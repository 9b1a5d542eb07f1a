// The toolbar popup, opened for a tab (popup.html?tab=<id>), lists the inviters on that tab; answering
// the questions about one shows the advice there and, without a reload, on that person's badge on
// the LinkedIn page. Opened for a tab that is not LinkedIn, it says so and still finds stored inviters.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  readBadges,
  EXPECTED,
  launchOnFixture,
  type launchWithExtension,
  openPopupFor,
  openTabWithId,
  readInNewPopup,
  waitForBadgeVerdict,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const MARCUS = 'marcus-feld-hr';
const NOTE = 'Our HR manager. Met at the 2025 offsite; friendly, but reports to the board.';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
});

afterAll(async () => {
  await browser?.close();
});

/** The inviters the popup lists and shows, in its order. */
function listedProfiles(popup: Page): Promise<(string | null)[]> {
  return popup
    .locator('#inviter-list [data-profile]')
    .filter({ visible: true })
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-profile')));
}

async function answer(popup: Page, question: string, value: string): Promise<void> {
  await popup.check(`input[name="${question}"][value="${value}"]`);
}

function adviceOf(popup: Page): Promise<string | null> {
  return popup.locator('#advice').getAttribute('data-verdict');
}

const POLL = { timeout: 10_000 };

describe('popup', () => {
  test('answering about an inviter changes the advice in the popup and the badge on the page, live', async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    const expectedProfiles = EXPECTED.fixtures[FIXTURE].people.map((p) => p.profile);
    await expect.poll(async () => (await listedProfiles(popup)).sort(), POLL).toEqual([...expectedProfiles].sort());

    await popup.click(`#inviter-list [data-profile="${MARCUS}"]`);
    await answer(popup, 'knows', 'yes');
    await answer(popup, 'trusts', 'yes');
    await answer(popup, 'insider', 'no');
    await expect.poll(() => adviceOf(popup), POLL).toBe('accept');
    await waitForBadgeVerdict(linkedin, MARCUS, 'accept');

    await answer(popup, 'trusts', 'no');
    await expect.poll(() => adviceOf(popup), POLL).toBe('leave-pending');
    await waitForBadgeVerdict(linkedin, MARCUS, 'leave-pending');
    // Only Marcus was answered: everyone else is still undecided.
    expect((await readBadges(linkedin)).filter((b) => b.verdict !== 'undecided').map((b) => b.profile)).toEqual([MARCUS]);

    await popup.fill('textarea#note', NOTE);
    await popup.press('textarea#note', 'Tab'); // leave the field, as a user does before closing the popup
    await popup.close();

    // Reopened, the popup shows what was stored: the answers and the note.
    await expect
      .poll(
        () =>
          readInNewPopup(browser, tabId, MARCUS, async (reopened) => ({
            knows: await reopened.isChecked('input[name="knows"][value="yes"]'),
            trustsNo: await reopened.isChecked('input[name="trusts"][value="no"]'),
            insiderNo: await reopened.isChecked('input[name="insider"][value="no"]'),
            note: await reopened.inputValue('textarea#note'),
          })),
        POLL,
      )
      .toEqual({ knows: true, trustsNo: true, insiderNo: true, note: NOTE });
  });

  test('opened for a tab that is not LinkedIn, it says so and search finds the stored inviter', async () => {
    // Relies on the test above having stored answers about Marcus Feld.
    const { page: blank, tabId: blankTabId } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const popup = await openPopupFor(browser.context, browser.extensionId, blankTabId);
    await popup.locator('#not-linkedin').waitFor({ state: 'visible', timeout: 10_000 });

    await popup.fill('input#search', 'Marcus');
    await expect.poll(() => listedProfiles(popup), POLL).toEqual([MARCUS]);
    await popup.close();
    await blank.close();
  });
});
