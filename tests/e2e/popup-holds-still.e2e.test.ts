// The popup holds still under the pointer: after each answer, the control just clicked and the
// control the user will click next are exactly where they were, while the suggestion, its reasons
// and tips and the save state change. Measured in the real popup (380 × 600, as Chromium opens it).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPopupFor, profileIn, useFixtureSession } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const person = (name: string) => profileIn(FIXTURE, name);
const MARCUS = person('Marcus Feld'); // HR, pre-filled from the headline when the company is listed
const TOM = person('Tom Becker'); // a custom message on his card: the longest view

const launched = useFixtureSession(FIXTURE);
const POLL = { timeout: 10_000 };

const choice = (question: string, value: string) => `input[name="${question}"][value="${value}"]`;

/** Where a control is on the popup's page (document coordinates, so scrolling does not count as moving). */
async function where(popup: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return popup.evaluate((sel) => {
    const label = document.querySelector(sel)?.closest('label') ?? document.querySelector(sel);
    if (!label) return null;
    const box = label.getBoundingClientRect();
    return { x: box.left + scrollX, y: box.top + scrollY };
  }, selector);
}

/** Waits until the answer is saved and every change it causes has been drawn. */
async function settled(popup: Page, verdict: string): Promise<void> {
  await expect.poll(() => popup.locator('#advice').getAttribute('data-verdict'), POLL).toBe(verdict);
  await expect.poll(() => popup.locator('#status').textContent(), POLL).toBe('Saved on this device');
  await popup.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

type Step = [question: string, value: string, verdict: string];

/**
 * Answers step by step; before each answer notes where that control and the next step's control
 * are, and after it (saved, redrawn) requires both to be in the same place. Returns every move seen.
 */
async function answerAndMeasure(popup: Page, steps: Step[]): Promise<string[]> {
  const moves: string[] = [];
  for (const [i, [question, value, verdict]] of steps.entries()) {
    const watched = [choice(question, value)];
    const following = steps[i + 1];
    if (following) watched.push(choice(following[0], following[1]));
    const before = await Promise.all(watched.map((sel) => where(popup, sel)));
    await popup.click(choice(question, value));
    await settled(popup, verdict);
    const after = await Promise.all(watched.map((sel) => where(popup, sel)));
    for (const [j, sel] of watched.entries()) {
      // A follow-up question that did not exist before the answer appears below it: nothing to compare.
      if (before[j] === null) continue;
      const [b, a] = [before[j]!, after[j]];
      if (!a || Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5)
        moves.push(`${question}=${value}: ${sel} moved from ${JSON.stringify(b)} to ${JSON.stringify(a)}`);
    }
  }
  return moves;
}

describe('the popup holds still while the user answers', () => {
  test('an HR manager, every answer and back again: no control moves under the pointer', async () => {
    const popup = await openPopupFor(launched.current.browser.context, launched.current.browser.extensionId, launched.current.tabId);
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics'] } }));
    await popup.reload();
    await popup.click(`#inviter-list [data-profile="${MARCUS}"]`);
    const moves = await answerAndMeasure(popup, [
      ['knows', 'yes', 'undecided'],
      ['trusts', 'yes', 'undecided'],
      ['visibilityWorry', 'no', 'undecided'],
      ['hesitates', 'no', 'accept'],
      ['visibilityWorry', 'yes', 'leave-pending'],
      ['hesitates', 'yes', 'leave-pending'],
      ['visibilityWorry', 'no', 'leave-pending'],
      ['hesitates', 'no', 'accept'],
      ['trusts', 'unsure', 'leave-pending'],
      ['trusts', 'yes', 'accept'],
      ['knows', 'no', 'leave-pending'],
      ['knows', 'yes', 'accept'],
    ]);
    expect(moves).toEqual([]);
    await popup.close();
  });

  test('an outsider with a message, and the insider answer changed both ways: nothing moves', async () => {
    const popup = await openPopupFor(launched.current.browser.context, launched.current.browser.extensionId, launched.current.tabId);
    await popup.click(`#inviter-list [data-profile="${TOM}"]`);
    const moves = await answerAndMeasure(popup, [
      ['knows', 'yes', 'undecided'],
      ['trusts', 'unsure', 'leave-pending'],
      ['trusts', 'yes', 'undecided'],
      ['insider', 'no', 'accept'],
      ['insider', 'colleague', 'undecided'],
      ['visibilityWorry', 'yes', 'leave-pending'],
      ['insider', 'no', 'accept'],
      ['knows', 'no', 'leave-pending'],
    ]);
    expect(moves).toEqual([]);
    await popup.close();
  });
});
