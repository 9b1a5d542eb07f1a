// The post's scenarios, walked through the real popup with "Northwind Analytics" as the user's
// company (added from the popup itself, where the insider question says none is listed), checking at every answer what the popup suggests and what the badge on LinkedIn's page
// says: the HR manager, the owner and a colleague are never waved through before every question
// that matters is answered, and "no suggestion yet" always names the next question.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readBadge, EXPECTED, localeMessages, openPopupFor, profileIn, useFixtureSession, waitForBadgeVerdict } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const messages = localeMessages('en');
const en = (key: string) => messages[key]!.message;
const NEXT_TEXT: Record<string, string> = {
  knows: en('reasonNextKnows'),
  trusts: en('reasonNextTrusts'),
  insider: en('reasonNextInsider'),
  visibilityWorry: en('reasonNextVisibilityWorry'),
  hesitates: en('reasonNextHesitates'),
};
const VERDICT_TEXT: Record<string, string> = {
  accept: en('verdictAccept'),
  'leave-pending': en('verdictLeavePending'),
  undecided: en('verdictUndecided'),
};

const person = (name: string) => profileIn(FIXTURE, name);
const PRIYA = person('Priya Raman'); // Senior Data Engineer at Northwind Analytics: a colleague
const MARCUS = person('Marcus Feld'); // HR Manager at Northwind Analytics
const ELENA = person('Elena Vasquez'); // CEO & Founder at Northwind Analytics: the owner
const TOM = person('Tom Becker'); // a recruiter elsewhere
const SAM = person('Sam Okafor'); // no headline
const LI = EXPECTED.fixtures[FIXTURE].people.at(-1)!.profile;

// No company listed yet: the second test adds it from the popup, as a new user would.
const launched = useFixtureSession(FIXTURE);
const POLL = { timeout: 10_000 };

/** What the badge shows for one person, inside its closed shadow root: verdict, accessible name, text. */
async function badgeOf(profile: string) {
  const badge = await readBadge(launched.current.linkedin, profile);
  return { verdict: badge?.verdict ?? null, label: badge?.label ?? '', text: badge?.text ?? '' };
}

async function expectState(popup: Page, profile: string, verdict: string, next: string | null, step: string): Promise<void> {
  await expect.poll(() => popup.locator('#advice').getAttribute('data-verdict'), { ...POLL, message: step }).toBe(verdict);
  expect(await popup.locator('#advice .verdict').textContent(), step).toBe(VERDICT_TEXT[verdict]);
  await waitForBadgeVerdict(launched.current.linkedin, profile, verdict);
  if (next) {
    expect(await popup.locator('#advice .summary').textContent(), step).toBe(NEXT_TEXT[next]);
    // The badge says which question comes next, in its text and in its accessible name.
    await expect.poll(async () => (await badgeOf(profile)).label, { ...POLL, message: step }).toContain(NEXT_TEXT[next]);
    expect((await badgeOf(profile)).text, step).toContain(NEXT_TEXT[next]);
  } else {
    await expect.poll(async () => (await badgeOf(profile)).text, { ...POLL, message: step }).toContain(VERDICT_TEXT[verdict]);
    expect((await badgeOf(profile)).label, step).toContain(VERDICT_TEXT[verdict]);
    expect(await popup.locator('#advice .summary').textContent(), step).not.toMatch(/^Next:/);
  }
}

type Step = [question: string, value: string, verdict: string, next: string | null];

async function walk(profile: string, steps: Step[]): Promise<Page> {
  const popup = await openPopupFor(launched.current.browser.context, launched.current.browser.extensionId, launched.current.tabId);
  await popup.click(`#inviter-list [data-profile="${profile}"]`);
  await expectState(popup, profile, 'undecided', 'knows', `${profile}: nothing answered`);
  for (const [question, value, verdict, next] of steps) {
    await popup.check(`input[name="${question}"][value="${value}"]`);
    await expectState(popup, profile, verdict, next, `${profile}: ${question} = ${value}`);
  }
  return popup;
}

const adviceText = (popup: Page) => popup.locator('#advice-why').textContent();

describe('the post’s scenarios, through the real popup and badge', () => {
  test('nothing answered: every badge names the first question', async () => {
    for (const { profile } of EXPECTED.fixtures[FIXTURE].people) {
      await expect.poll(async () => (await badgeOf(profile)).text, POLL).toBe(`Know & Trust · ${NEXT_TEXT.knows}`);
      expect((await badgeOf(profile)).verdict).toBe('undecided');
    }
  });

  test('with no company listed, the insider question says so; adding it from the popup pre-fills HR for the HR manager', async () => {
    const popup = await openPopupFor(launched.current.browser.context, launched.current.browser.extensionId, launched.current.tabId);
    await popup.click(`#inviter-list [data-profile="${MARCUS}"]`);
    const prompt = popup.locator('fieldset[data-question="insider"] #company-prompt-text');
    expect(await prompt.textContent()).toBe(en('popupNoCompanies'));
    expect(await popup.locator('input[name="insider"]:checked').count()).toBe(0);
    await popup.click('#add-company-button');
    expect(await prompt.textContent()).toBe(en('popupCompanyEmpty'));
    await popup.fill('#add-company', 'Northwind Analytics');
    await popup.press('#add-company', 'Enter');
    await expect.poll(() => prompt.textContent(), POLL).toBe(en('popupCompanyAddedPrefilled').replace('$COMPANY$', 'Northwind Analytics'));
    expect(await popup.isChecked('input[name="insider"][value="hr"]')).toBe(true);
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'get-settings' }))).toMatchObject({
      companies: ['Northwind Analytics'],
    });
    await popup.close();
    // A popup opened now knows the company: no prompt, the pre-filled answer and its hint.
    const again = await openPopupFor(launched.current.browser.context, launched.current.browser.extensionId, launched.current.tabId);
    await again.click(`#inviter-list [data-profile="${MARCUS}"]`);
    expect(await again.locator('#company-prompt').count()).toBe(0);
    expect(await again.locator('fieldset[data-question="insider"] .hint').textContent()).toBe(en('popupSuggested'));
    await again.close();
  });

  test('an outsider known and trusted: accepted once "do they work at your company?" is answered', async () => {
    const popup = await walk(TOM, [
      ['knows', 'yes', 'undecided', 'trusts'],
      ['trusts', 'yes', 'undecided', 'insider'],
      ['insider', 'no', 'accept', null],
    ]);
    expect(await adviceText(popup)).toContain(en('reasonKnowTrust'));
    await popup.close();
  });

  test('a stranger: "no" to "do you know them?" leaves it pending at once, and says nothing of declining', async () => {
    const popup = await walk(SAM, [['knows', 'no', 'leave-pending', null]]);
    const text = (await adviceText(popup)) ?? '';
    expect(text).toContain(en('tipPendingNotifiesNobody'));
    expect(text).not.toMatch(/declin|refus|reject|report|colleague/i);
    await popup.close();
  });

  test('known but not trusted, or not sure: leave pending', async () => {
    const popup = await walk(LI, [
      ['knows', 'yes', 'undecided', 'trusts'],
      ['trusts', 'no', 'leave-pending', null],
      ['trusts', 'unsure', 'leave-pending', null],
    ]);
    await popup.close();
  });

  test('the HR manager, trusted, not worried, not hesitating: accept only after both follow-ups; worried: leave pending', async () => {
    const popup = await walk(MARCUS, [
      ['knows', 'yes', 'undecided', 'trusts'],
      // Pre-filled HR from the headline: know + trust is not enough.
      ['trusts', 'yes', 'undecided', 'visibilityWorry'],
      ['visibilityWorry', 'no', 'undecided', 'hesitates'],
      ['hesitates', 'no', 'accept', null],
    ]);
    expect(await popup.isChecked('input[name="insider"][value="hr"]')).toBe(true);
    const text = (await adviceText(popup)) ?? '';
    expect(text).toContain(en('tipStayProfessional'));
    expect(text).toContain(en('tipTurnOffProfileUpdates'));
    await popup.check('input[name="visibilityWorry"][value="yes"]');
    await expectState(popup, MARCUS, 'leave-pending', null, 'Marcus worried');
    expect(await adviceText(popup)).toContain(en('tipPendingNeverOffendsInsider'));
    await popup.close();
  });

  test('the owner, trusted then not: no suggestion with the follow-ups blank, leave pending when not trusted', async () => {
    const popup = await walk(ELENA, [
      ['knows', 'yes', 'undecided', 'trusts'],
      ['trusts', 'yes', 'undecided', 'visibilityWorry'],
      ['trusts', 'no', 'leave-pending', null],
      ['trusts', 'yes', 'undecided', 'visibilityWorry'],
    ]);
    expect(await popup.isChecked('input[name="insider"][value="leadership"]')).toBe(true);
    await popup.close();
  });

  test('a trusted colleague the user still hesitates about: take a pause', async () => {
    const popup = await walk(PRIYA, [
      ['knows', 'yes', 'undecided', 'trusts'],
      ['trusts', 'yes', 'undecided', 'visibilityWorry'],
      ['visibilityWorry', 'no', 'undecided', 'hesitates'],
      ['hesitates', 'yes', 'leave-pending', null],
    ]);
    expect(await adviceText(popup)).toContain(en('reasonHesitation'));
    await popup.close();
  });
});
