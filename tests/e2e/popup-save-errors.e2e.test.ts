// What the popup says when a save does not go as the user expects (issue 12), in a real browser:
// - saves given in quick succession say "Saved" once, when the last has landed, and the status
//   line is busy (aria-busy) until then, so nobody closes the popup on a "Saved" that is not yet true;
// - a field changed elsewhere, by a write whose news never reached this popup, comes back from the
//   background as a conflict: the stored value stands, the form shows it, and the popup says so;
// - a save that fails (storage full) is tried again, then the popup says the answer is not saved,
//   keeps it in the form, offers "Try saving again", and does not let Back drop it unsaid; once
//   there is room, that button saves it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fillStorage, freeStorage, openPopupFor, popupForm, popupStatus, profileIn, readInNewPopup, useFixtureSession } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');
const TOM = profileIn(FIXTURE, 'Tom Becker');
const PRIYA = profileIn(FIXTURE, 'Priya Raman');
const POLL = { timeout: 10_000 };
const SAVED = 'Saved on this device';
const CONFLICT =
  'Not saved: this changed meanwhile in another Know & Trust window or through an import. The form now shows what is stored; ' +
  'answer again if you still want to change it.';
const RETRYING = 'Not saved yet: trying again…';
const NOT_SAVED = /^Your answers were not saved; they are still in this form\. Storage is full/;

const session = useFixtureSession(FIXTURE);

async function popupOn(profile: string): Promise<Page> {
  const { browser, tabId } = session.current;
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  await popup.click(`#inviter-list [data-profile="${profile}"]`);
  await popup.locator('textarea#note').waitFor();
  return popup;
}

/** Starts writing down every text the popup's status line shows, in order. */
function recordStatuses(popup: Page): Promise<void> {
  return popup.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    const line = document.getElementById('status')!;
    new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, { childList: true, characterData: true, subtree: true });
  });
}
const statuses = (popup: Page) => popup.evaluate(() => (window as unknown as { statuses: string[] }).statuses);

describe('the popup’s save outcomes', () => {
  test('an answer changed elsewhere meanwhile comes back as a conflict, and the popup says so', async () => {
    const { browser, tabId } = session.current;
    const popup = await popupOn(MARCUS);
    expect(await popupForm(popup)).toEqual({ answers: {}, note: '' });
    // Another window stored Marcus's answers, and its news never reached this popup: written
    // straight into storage from the options page (a trusted page), so no store-changed follows.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(async (key) => {
      const record = (await chrome.storage.local.get(key))[key] as { updatedAt: number };
      await chrome.storage.local.set({
        [key]: { ...record, answers: { knows: 'no' }, note: 'written elsewhere', updatedAt: Date.now() },
      });
    }, `inviter:${MARCUS}`);
    await options.close();

    // One click, as the user gives it (check() would click again once the form shows what is stored).
    await popup.click('input[name="knows"][value="yes"]');
    await expect.poll(() => popupStatus(popup), POLL).toBe(CONFLICT);
    expect(await popup.locator('#status').getAttribute('class')).toContain('error');
    // The stored answer stands, and the form shows what is stored: nothing of the other window lost.
    await expect.poll(() => popupForm(popup), POLL).toEqual({ answers: { knows: 'no' }, note: 'written elsewhere' });
    await expect
      .poll(() => readInNewPopup(browser, tabId, MARCUS, popupForm), POLL)
      .toEqual({ answers: { knows: 'no' }, note: 'written elsewhere' });
    await popup.close();
  });

  test('answers and a note given in quick succession say "Saved" only once the last save has landed', async () => {
    const { browser, tabId } = session.current;
    const popup = await popupOn(PRIYA);
    await recordStatuses(popup);
    // Given in one turn of the popup's event loop, so all three saves are queued before one lands.
    await popup.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[name="knows"][value="yes"]')!.click();
      document.querySelector<HTMLInputElement>('input[name="trusts"][value="yes"]')!.click();
      const note = document.querySelector<HTMLTextAreaElement>('textarea#note')!;
      note.focus();
      note.value = 'Three saves queued at once.';
      note.dispatchEvent(new Event('input', { bubbles: true }));
      note.blur();
      if (document.getElementById('status')!.getAttribute('aria-busy') !== 'true') throw new Error('not busy while saving');
    });
    await popup.locator('#status:not([aria-busy])').waitFor(POLL);
    const said = await statuses(popup);
    expect(said.at(-1)).toBe(SAVED);
    expect(said.filter((text) => text === SAVED)).toHaveLength(1);
    await expect
      .poll(() => readInNewPopup(browser, tabId, PRIYA, popupForm), POLL)
      .toEqual({ answers: { knows: 'yes', trusts: 'yes' }, note: 'Three saves queued at once.' });
    await popup.close();
  });

  test('a save that fails is tried again, then said to be not saved, with "Try saving again", which saves it', async () => {
    const { browser, tabId } = session.current;
    const popup = await popupOn(TOM);
    expect(await fillStorage(browser)).toMatch(/quota/i);
    await recordStatuses(popup);
    await popup.check('input[name="knows"][value="no"]');
    await expect.poll(() => popupStatus(popup), POLL).toMatch(NOT_SAVED);
    // Sent once, then twice more after a pause, each refused, before the popup gave up.
    const said = await statuses(popup);
    expect(said.slice(0, -1)).toEqual(['Saving…', RETRYING, RETRYING]);
    expect(said.at(-1)).toMatch(NOT_SAVED);
    const again = popup.locator('#save-again');
    expect(await again.isVisible()).toBe(true);
    expect(await again.textContent()).toBe('Try saving again');
    // The answer stays in the form; Back does not leave it unsaid, but points at the button.
    expect(await popupForm(popup)).toEqual({ answers: { knows: 'no' }, note: '' });
    await popup.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id), POLL).toBe('save-again');
    expect(await popup.locator('textarea#note').isVisible()).toBe(true);

    // There is room again: the button saves what the form holds.
    await freeStorage(browser);
    await again.click();
    await expect.poll(() => popupStatus(popup), POLL).toBe(SAVED);
    expect(await again.isVisible()).toBe(false);
    await expect.poll(() => readInNewPopup(browser, tabId, TOM, popupForm), POLL).toEqual({ answers: { knows: 'no' }, note: '' });
    await popup.close();
  });
});
