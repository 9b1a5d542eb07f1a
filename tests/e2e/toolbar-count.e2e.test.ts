// The toolbar button shows how many invitations on the tab still have no answers, and follows the
// answers given in the popup; on a page without invitations it shows nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECTED, FEED_URL, answerFromPage, getServiceWorker, launchOnFixture, type launchWithExtension } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
});

afterAll(async () => {
  await browser?.close();
});

async function button(): Promise<{ text: string; title: string }> {
  const worker = await getServiceWorker(browser.context, browser.extensionId);
  return worker.evaluate(
    async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }),
    tabId,
  );
}

async function answer(profile: string, answers: Record<string, string>): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await answerFromPage(page, profile, answers);
  await page.close();
}

describe('toolbar button', () => {
  test('counts the invitations without answers on the tab, and follows the answers', async () => {
    const people = EXPECTED.fixtures[FIXTURE].people.length;
    await expect
      .poll(button, POLL)
      .toEqual({ text: String(people), title: `Know & Trust: invitations waiting for your answers on this page: ${people}` });
    await answer('marcus-feld-hr', { knows: 'yes', trusts: 'no' });
    await expect.poll(async () => (await button()).text, POLL).toBe(String(people - 1));
    // Answering only one of the two founding questions leaves the invitation without a suggestion.
    await answer('priya-raman-4b2a1c', { knows: 'yes' });
    await expect.poll(async () => (await button()).text, POLL).toBe(String(people - 1));
  });

  test('shows nothing once the tab has left the invitations', async () => {
    await linkedin.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(button, POLL).toEqual({ text: '', title: 'Know & Trust: your LinkedIn invitations' });
    expect(new URL(linkedin.url()).href).toBe(FEED_URL);
  });
});
