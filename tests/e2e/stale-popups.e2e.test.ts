// A popup left open never writes back a copy it did not see (issue 12). Each attack leaves a popup
// open on a person while that person's record changes elsewhere: another popup saves answers, the
// options page imports a file, the options page deletes everything. The open popup must show what is
// stored now (the background's `store-changed` broadcast, ui/store-changes.ts), and its next save
// sends only what the user changed there (`change-inviter`, checked against the record's revision),
// so nothing written elsewhere is lost and nothing deleted comes back.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  getServiceWorker,
  openPopupFor,
  popupForm,
  popupStatus,
  profileIn,
  readInNewPopup,
  useFixtureSession,
  type FixtureSession,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');
const PRIYA = profileIn(FIXTURE, 'Priya Raman');
const TOM = profileIn(FIXTURE, 'Tom Becker');
const POLL = { timeout: 10_000 };
const SAVED = 'Saved on this device';
const REFRESHED = 'Changed meanwhile in another Know & Trust window, by an import or a deletion: this now shows what is stored.';

const session = useFixtureSession(FIXTURE);

/** A popup for the session's tab, open on `profile`'s questions. */
async function popupOn(current: FixtureSession, profile: string): Promise<Page> {
  const popup = await openPopupFor(current.browser.context, current.browser.extensionId, current.tabId);
  await popup.click(`#inviter-list [data-profile="${profile}"]`);
  await popup.locator('textarea#note').waitFor();
  return popup;
}

async function optionsPage(current: FixtureSession): Promise<Page> {
  const options = await current.browser.context.newPage();
  await options.goto(`chrome-extension://${current.browser.extensionId}/options.html`);
  return options;
}

/** The record as the background keeps it (read by the service worker, the only writer). */
async function storedRecord(current: FixtureSession, profile: string): Promise<unknown> {
  const worker = await getServiceWorker(current.browser.context, current.browser.extensionId);
  return worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, `inviter:${profile}`);
}

const readBack = (current: FixtureSession, profile: string) => readInNewPopup(current.browser, current.tabId, profile, popupForm);

describe('a popup left open while the record changes elsewhere', () => {
  test('two popups on one person: answers saved in the first, a note saved in the second; both stay', async () => {
    const current = session.current;
    const first = await popupOn(current, MARCUS);
    const second = await popupOn(current, MARCUS);
    await first.check('input[name="knows"][value="yes"]');
    await first.check('input[name="trusts"][value="yes"]');
    // The second popup, untouched, follows what the first stored, and says so.
    await expect.poll(() => popupForm(second), POLL).toEqual({ answers: { knows: 'yes', trusts: 'yes' }, note: '' });
    expect(await popupStatus(second)).toBe(REFRESHED);

    const note = 'Met him at the 2025 offsite; ask about the audit first.';
    await second.fill('textarea#note', note);
    await second.press('textarea#note', 'Tab');
    await expect.poll(() => popupStatus(second), POLL).toBe(SAVED);
    await expect.poll(() => readBack(current, MARCUS), POLL).toEqual({ answers: { knows: 'yes', trusts: 'yes' }, note });
    // And the first popup now shows the note the second one wrote.
    await expect.poll(() => popupForm(first), POLL).toEqual({ answers: { knows: 'yes', trusts: 'yes' }, note });
    await first.close();
    await second.close();
  });

  test('during an import: the popup shows the imported record, and its next save keeps the imported fields', async () => {
    const current = session.current;
    const popup = await popupOn(current, PRIYA);
    expect(await popupForm(popup)).toEqual({ answers: {}, note: '' });
    const options = await optionsPage(current);
    // A file the user exported elsewhere: the store as it is, plus answers and a note about Priya.
    const file = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }))) as {
      inviters: Array<Record<string, unknown>>;
    };
    const imported = 'From my other laptop: we shipped the 2023 pipeline together.';
    const now = Date.now();
    file.inviters = file.inviters.filter((record) => record['profile'] !== PRIYA);
    file.inviters.push({
      profile: PRIYA,
      name: 'Priya Raman',
      headline: 'Senior Data Engineer',
      answers: { knows: 'yes', trusts: 'no' },
      note: imported,
      firstSeen: now - 86_400_000,
      lastSeen: now - 86_400_000,
      updatedAt: now,
    });
    await options.setInputFiles('#import-file', {
      name: 'know-and-trust-other-laptop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await options.check('input[name="import-mode"][value="merge"]');
    await options.click('#import');
    await expect.poll(() => options.locator('#data-status').textContent(), POLL).toMatch(/^Imported/);

    await expect.poll(() => popupForm(popup), POLL).toEqual({ answers: { knows: 'yes', trusts: 'no' }, note: imported });
    expect(await popupStatus(popup)).toBe(REFRESHED);
    // The user changes one answer in the popup: only that answer is written.
    await popup.check('input[name="trusts"][value="unsure"]');
    await expect.poll(() => popupStatus(popup), POLL).toBe(SAVED);
    await expect.poll(() => readBack(current, PRIYA), POLL).toEqual({ answers: { knows: 'yes', trusts: 'unsure' }, note: imported });
    expect(await storedRecord(current, PRIYA)).toMatchObject({ name: 'Priya Raman', headline: 'Senior Data Engineer', note: imported });
    await popup.close();
    await options.close();
  });

  test('during a delete-all: the popup shows nothing stored, and one click does not bring the deleted note back', async () => {
    const current = session.current;
    const popup = await popupOn(current, TOM);
    const note = 'Recruiter: wants my CV for a role I do not want.';
    await popup.fill('textarea#note', note);
    await popup.press('textarea#note', 'Tab');
    await expect.poll(() => popupStatus(popup), POLL).toBe(SAVED);
    expect(await storedRecord(current, TOM)).toMatchObject({ note });

    const options = await optionsPage(current);
    await options.click('#delete-all');
    await options.click('#confirm-delete-yes');
    await expect.poll(() => options.locator('#data-status').textContent(), POLL).toMatch(/deleted/i);

    await expect.poll(() => popupForm(popup), POLL).toEqual({ answers: {}, note: '' });
    expect(await popupStatus(popup)).toBe(REFRESHED);
    await popup.check('input[name="knows"][value="no"]');
    await expect.poll(() => popupStatus(popup), POLL).toBe(SAVED);
    await expect.poll(() => readBack(current, TOM), POLL).toEqual({ answers: { knows: 'no' }, note: '' });
    expect(JSON.stringify(await storedRecord(current, TOM))).not.toContain('CV');
    await popup.close();
    await options.close();
  });
});
