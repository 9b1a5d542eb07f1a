// The options page sets the user's companies; the popup then pre-fills "Do they work at your
// company?" from each headline, as expected.json says. The whole flow (options, choosing an
// inviter, answering, writing a note, going back) works with the keyboard alone, and LinkedIn's
// Accept and Ignore controls never receive an event from the extension meanwhile.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECTED, launchOnFixture, openPopupFor, waitForBadgeVerdict, type launchWithExtension } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const PRIYA = 'priya-raman-4b2a1c';
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
  // Count every event that reaches LinkedIn's Accept/Ignore controls from here on.
  await linkedin.evaluate(() => {
    const w = window as unknown as { controlEvents: string[] };
    w.controlEvents = [];
    for (const type of ['click', 'pointerdown', 'mousedown', 'keydown', 'submit', 'focus']) {
      window.addEventListener(
        type,
        (event) => {
          const target = event.target as Element | null;
          const label = target?.closest?.('button, a')?.getAttribute('aria-label') ?? '';
          if (/^(Accept|Ignore)\b/.test(label)) w.controlEvents.push(`${type} ${label}`);
        },
        true,
      );
    }
  });
});

afterAll(async () => {
  await browser?.close();
});

const focusedAttr = (page: Page, attr: string) => page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, attr);

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
async function tabTo(page: Page, selector: string, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `Tab never reached ${selector}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
  );
}

describe('options and keyboard', () => {
  test('companies saved with the keyboard pre-fill the insider answer of every expected person', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await tabTo(options, '#companies');
    await options.keyboard.type(EXPECTED.userCompany);
    await tabTo(options, '#save-companies');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('#companies-status').textContent(), POLL).toBe('Saved on this device.');
    await options.close();

    for (const person of EXPECTED.fixtures[FIXTURE].people) {
      const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
      await popup.click(`#inviter-list [data-profile="${person.profile}"]`);
      const checked = await popup.$$eval('input[name="insider"]:checked', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(checked, person.name).toEqual(person.insider === null ? [] : [person.insider]);
      await popup.close();
    }
  });

  test('choosing an inviter, answering, writing a note and going back, by keyboard only', async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.locator(`#inviter-list [data-profile="${PRIYA}"]`).waitFor(POLL);
    await tabTo(popup, `[data-profile="${PRIYA}"]`);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id), POLL).toBe('inviter-name');

    await tabTo(popup, 'input[name="knows"]');
    await popup.keyboard.press('Space'); // the first choice: yes
    await tabTo(popup, 'input[name="trusts"]');
    await popup.keyboard.press('Space'); // yes
    // Priya's headline names the user's company: "A colleague" is pre-filled and focused first.
    await tabTo(popup, 'input[name="insider"]');
    expect(await focusedAttr(popup, 'value')).toBe('colleague');
    await popup.keyboard.press('ArrowLeft'); // → "No": not an insider after all
    expect(await popup.isChecked('input[name="insider"][value="no"]')).toBe(true);
    await expect.poll(() => popup.locator('#advice').getAttribute('data-verdict'), POLL).toBe('accept');

    await tabTo(popup, 'textarea#note');
    await popup.keyboard.type('Typed without a mouse.');
    await popup.keyboard.press('Escape');
    // Back on the list, redrawn from storage: Priya's suggestion is now accept, and focus is back on her.
    await expect.poll(() => popup.locator(`[data-profile="${PRIYA}"] .chip`).getAttribute('class'), POLL).toContain('accept');
    await expect.poll(() => focusedAttr(popup, 'data-profile'), POLL).toBe(PRIYA);
    await waitForBadgeVerdict(linkedin, PRIYA, 'accept');

    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.inputValue('textarea#note'), POLL).toBe('Typed without a mouse.');
    await popup.close();
  });

  test("LinkedIn's Accept and Ignore controls received no event during the flows above", async () => {
    expect(await linkedin.evaluate(() => (window as unknown as { controlEvents: string[] }).controlEvents)).toEqual([]);
  });
});
