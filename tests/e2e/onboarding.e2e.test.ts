// On install, a page explains the idea in four short points, states the privacy promise, and
// leads to setting the user's companies.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './harness';

const POLL = { timeout: 10_000 };
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let onboarding: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  const isOnboarding = (p: Page) => p.url() === `chrome-extension://${browser.extensionId}/onboarding.html`;
  onboarding =
    browser.context.pages().find(isOnboarding) ??
    (await browser.context.waitForEvent('page', { predicate: isOnboarding, timeout: 10_000 }));
});

afterAll(async () => {
  await browser?.close();
});

describe('onboarding', () => {
  test('opens by itself on install, with the four points and the privacy promise', async () => {
    await expect.poll(() => onboarding.locator('h1').textContent(), POLL).toBe('Welcome to Know & Trust');
    const points = await onboarding.locator('ol.points > li').allTextContents();
    expect(points.map((p) => p.split('.')[0])).toEqual(['Know and trust', 'Company insiders', 'Never decline', 'Hesitation']);
    expect(await onboarding.locator('.promise').textContent()).toMatch(/Nothing leaves this device.*never clicks/s);
  });

  test("sets the user's companies, as the options page then shows", async () => {
    await onboarding.fill('#companies', 'Northwind Analytics\nContoso');
    await onboarding.click('#save-companies');
    await expect.poll(() => onboarding.locator('#companies-status').textContent(), POLL).toBe('Saved on this device.');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.inputValue('#companies'), POLL).toBe('Northwind Analytics\nContoso');
  });
});
