// Issue 14, parts 2–4, through the real extension in Chromium: invitations left pending listed
// oldest first in the popup (on a tab that is not LinkedIn) and in the options, dismissed with
// the keyboard and undone; the insider questions asked again when a report shows a headline that
// now names the user's company and when the user adds a company in the options, with the badge's
// words read inside its closed shadow root; the decision timeline and its cap; the visible words
// in English, French, German and Spanish.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import {
  FIXTURE_URLS,
  answerFromPage,
  answerInNewPopup,
  getServiceWorker,
  launchWithExtension,
  openPopupFor,
  openTabWithId,
  profileIn,
  readBadge,
  readFixture,
  say,
  tabIdOf,
  useFixtureSession,
  waitForBadgeCount,
  waitForBadgeVerdict,
} from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const LOCALES = ['en', 'fr', 'de', 'es'] as const;
const en = (key: string, ...subs: string[]) => say('en', key, ...subs);

const DAY = 24 * 60 * 60 * 1000;
const POLL = { timeout: 10_000 };
const TOM = profileIn(FIXTURE, 'Tom Becker'); // Senior Technical Recruiter at Hirewell Talent Partners – …
const LI = profileIn(FIXTURE, '李明 🚀'); // 产品经理 @ 星河科技 | Product Manager
const TOM_HEADLINE = 'Senior Technical Recruiter at Hirewell Talent Partners – Hiring Data & ML Engineers';
const TOM_MOVED = 'Senior Technical Recruiter at Northwind Analytics';

/** A stored record as version 2 keeps it (core/schema.ts InviterRecordSchema). */
function record(profile: string, name: string, answers: Record<string, string>, firstSeen: number, extra: Record<string, unknown> = {}) {
  return {
    profile,
    name,
    headline: '',
    answers,
    note: '',
    firstSeen,
    lastSeen: firstSeen,
    updatedAt: firstSeen + 1,
    history: [],
    dismissedAt: 0,
    ...extra,
  };
}

async function seed(context: Parameters<typeof getServiceWorker>[0], extensionId: string, records: ReturnType<typeof record>[]) {
  const worker = await getServiceWorker(context, extensionId);
  await worker.evaluate(
    async (records) => chrome.storage.local.set(Object.fromEntries(records.map((r) => [`inviter:${r.profile}`, r]))),
    records,
  );
}

const pendingNames = (page: Page) => page.locator('#pending-list .pending-person:visible .pending-shown .name').allTextContents();

describe('invitations waiting for a decision, the re-ask, the timeline (en)', () => {
  const launched = useFixtureSession(FIXTURE);

  test('the popup on a tab that is not LinkedIn lists those left pending, oldest first; dismissed with the keyboard, kept as an answer, undone', async () => {
    const { browser } = launched.current;
    const now = Date.now();
    await seed(browser.context, browser.extensionId, [
      record('pend-cy', 'Cy Recent', { knows: 'no' }, now - 3 * DAY, { note: 'Met at the fair.' }),
      record('pend-ada', 'Ada Oldest', { knows: 'yes', trusts: 'unsure' }, now - 70 * DAY),
      record('pend-bo', 'Bo Middle', { knows: 'no' }, now - 36 * DAY),
      record('pend-done', 'Dee Dismissed', { knows: 'no' }, now - 90 * DAY, { dismissedAt: now - DAY }),
      record('pend-open', 'Eve Undecided', { knows: 'yes' }, now - 100 * DAY),
    ]);
    const { page: blank, tabId } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await expect.poll(() => pendingNames(popup), POLL).toEqual(['Ada Oldest', 'Bo Middle', 'Cy Recent']);
    expect(await popup.locator('#not-linkedin').isVisible()).toBe(true);
    expect(await popup.locator('#pending-heading').textContent()).toBe(en('pendingHeading'));
    const rows = popup.locator('#pending-list .pending-person');
    expect(await rows.locator('.pending-for').allTextContents()).toEqual([
      en('pendingForMonths_other', '2'),
      en('pendingForWeeks_other', '5'),
      en('pendingForDays_other', '3'),
    ]);
    expect(await rows.nth(0).locator('.chip').textContent()).toBe(en('verdictLeavePending'));
    expect(await rows.nth(0).locator('.pending-reason').textContent()).toBe(en('reasonUnsureTrust'));
    expect(await rows.nth(2).locator('.pending-note').textContent()).toBe('Met at the fair.');
    expect(await popup.locator('#pending-view .hint[data-i18n="pendingRetention"]').textContent()).toBe(en('pendingRetention'));

    // Keyboard only: focus Bo's dismiss button, Enter; focus lands on Undo.
    const bo = popup.locator('#pending-list [data-profile="pend-bo"]');
    await bo.locator('button.dismiss').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => bo.locator('.pending-dismissed').isVisible(), POLL).toBe(true);
    expect(await bo.locator('.pending-dismissed [role="status"]').textContent()).toBe(en('pendingDismissed', 'Bo Middle'));
    expect(await popup.evaluate(() => document.activeElement?.className)).toContain('undo');
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const stored = await worker.evaluate(async () => (await chrome.storage.local.get('inviter:pend-bo'))['inviter:pend-bo']);
    expect(stored).toMatchObject({ answers: { knows: 'no' } });
    expect((stored as { dismissedAt: number }).dismissedAt).toBeGreaterThan(0);

    const again = await openPopupFor(browser.context, browser.extensionId, tabId);
    await expect.poll(() => pendingNames(again), POLL).toEqual(['Ada Oldest', 'Cy Recent']);
    await again.close();

    // Undo with the keyboard (Space): Bo is back in the list, in his place.
    await popup.keyboard.press('Space');
    await expect.poll(() => bo.locator('.pending-shown').isVisible(), POLL).toBe(true);
    const third = await openPopupFor(browser.context, browser.extensionId, tabId);
    await expect.poll(() => pendingNames(third), POLL).toEqual(['Ada Oldest', 'Bo Middle', 'Cy Recent']);
    await Promise.all([third.close(), popup.close(), blank.close()]);
  });

  test('the options page lists them in the same order and dismisses there too', async () => {
    const { browser } = launched.current;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => pendingNames(options), POLL).toEqual(['Ada Oldest', 'Bo Middle', 'Cy Recent']);
    await options.locator('#pending-list [data-profile="pend-ada"] button.dismiss').click();
    await expect.poll(() => options.locator('#pending-list [data-profile="pend-ada"] .pending-dismissed').isVisible(), POLL).toBe(true);
    const fresh = await browser.context.newPage();
    await fresh.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => pendingNames(fresh), POLL).toEqual(['Bo Middle', 'Cy Recent']);
    await Promise.all([options.close(), fresh.close()]);
  });

  test('a report showing a headline that now names the user’s company asks the insider questions again: popup and badge say so', async () => {
    const { browser, tabId, linkedin } = launched.current;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics'] } }));
    await options.close();
    const popup = await answerInNewPopup(launched.current, tabId, TOM, [
      ['knows', 'yes'],
      ['trusts', 'yes'],
      ['insider', 'no'],
    ]);
    await waitForBadgeVerdict(linkedin, TOM, 'accept');
    await popup.close();

    // The same page, Tom's headline now naming Northwind Analytics: a new report of him.
    const url = `${FIXTURE_URLS[FIXTURE]}?moved=1`;
    const body = readFixture(FIXTURE).replace(TOM_HEADLINE.replace('&', '&amp;'), TOM_MOVED);
    expect(body).toContain(TOM_MOVED);
    await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForBadgeCount(page, 6);
    // A new page's badge says 'undecided' before the background answers: wait for the re-ask's wording.
    await expect.poll(async () => (await readBadge(page, TOM))?.text, POLL).toContain(en('reasonNextNowInsider'));
    const badge = await readBadge(page, TOM);
    expect(badge?.verdict).toBe('undecided');
    expect(badge?.text).toContain(en('reasonNextNowInsider'));
    expect(badge?.label).toContain(en('reasonNextNowInsider'));
    // The tab that showed him before follows without a reload.
    await waitForBadgeVerdict(linkedin, TOM, 'undecided');
    expect((await readBadge(linkedin, TOM))?.text).toContain(en('reasonNextNowInsider'));

    const movedTab = await tabIdOf(browser.context, browser.extensionId, url);
    const second = await openPopupFor(browser.context, browser.extensionId, movedTab);
    await second.click(`#inviter-list [data-profile="${TOM}"]`);
    expect(await second.locator('#advice').getAttribute('data-verdict')).toBe('undecided');
    expect(await second.locator('#advice .summary').textContent()).toBe(en('reasonNextNowInsider'));
    expect(await second.locator('#reask .reask-then').textContent()).toBe(en('popupReaskThen', TOM_HEADLINE));
    expect(await second.locator('#reask .reask-now').textContent()).toBe(en('popupReaskNow', TOM_MOVED));
    expect(await second.locator('input[name="insider"]:checked').count()).toBe(0);
    // The timeline: the re-ask on top, then the answers, newest first.
    const kinds = await second.locator('.timeline li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(kinds).toEqual(['reasked', 'answered', 'answered', 'answered']);
    expect(await second.locator('.timeline li').first().locator('.timeline-what').textContent()).toBe(
      en('timelineReasked', TOM_HEADLINE, TOM_MOVED),
    );
    expect(await second.locator('#timeline-heading').textContent()).toBe(en('timelineHeading'));

    // Answered now: the advice goes on, and the badge with it.
    await second.check('input[name="insider"][value="hr"]');
    await waitForBadgeVerdict(page, TOM, 'undecided');
    await expect.poll(async () => (await readBadge(page, TOM))?.text, POLL).toContain(en('reasonNextVisibilityWorry'));
    await Promise.all([second.close(), page.close()]);
  });

  test('adding a company in the options that a stored headline names asks again, and the badge says so', async () => {
    const { browser, tabId, linkedin } = launched.current;
    const popup = await answerInNewPopup(launched.current, tabId, LI, [
      ['knows', 'yes'],
      ['trusts', 'yes'],
      ['insider', 'no'],
    ]);
    await waitForBadgeVerdict(linkedin, LI, 'accept');
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.inputValue('#companies'), POLL).toBe('Northwind Analytics');
    await options.fill('#companies', 'Northwind Analytics\n星河科技');
    await options.click('#save-companies');
    await waitForBadgeVerdict(linkedin, LI, 'undecided');
    expect((await readBadge(linkedin, LI))?.text).toContain(en('reasonNextNowInsider'));
    await options.close();

    const again = await openPopupFor(browser.context, browser.extensionId, tabId);
    await again.click(`#inviter-list [data-profile="${LI}"]`);
    expect(await again.locator('#advice .summary').textContent()).toBe(en('reasonNextNowInsider'));
    expect(await again.locator('#reask .reask-now').textContent()).toBe(en('popupReaskNow', '产品经理 @ 星河科技 | Product Manager'));
    await again.close();
  });

  test('the history keeps at most 20 entries, the first one among them; the popup shows the newest five; export and import carry it', async () => {
    const { browser, tabId } = launched.current;
    const SAM = profileIn(FIXTURE, 'Sam Okafor');
    const page = await openPopupFor(browser.context, browser.extensionId, tabId);
    for (let i = 0; i < 26; i++) await answerFromPage(page, SAM, { knows: 'yes', trusts: i % 2 === 0 ? 'unsure' : 'no' });
    await page.close();
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const history = (await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `inviter:${SAM}`)) as {
      history: Array<{ answers: Record<string, string> }>;
    };
    expect(history.history).toHaveLength(20);
    expect(history.history[0]!.answers).toEqual({ knows: 'yes', trusts: 'unsure' });
    expect(history.history.at(-1)!.answers).toEqual({ knows: 'yes', trusts: 'no' });
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.click(`#inviter-list [data-profile="${SAM}"]`);
    expect(await popup.locator('.timeline li').count()).toBe(5);

    // The export carries the whole history; importing the file back ("replace") keeps it.
    type Exported = { inviters: Array<{ profile: string; history: unknown[]; dismissedAt: number }> };
    const file = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }))) as Exported;
    const exported = file.inviters.find((r) => r.profile === SAM)!;
    expect(exported.history).toEqual(history.history);
    expect(file.inviters.find((r) => r.profile === 'pend-ada')?.dismissedAt).toBeGreaterThan(0);
    await worker.evaluate(async (key) => chrome.storage.local.remove(key), `inviter:${SAM}`);
    const outcome = await popup.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'import-data', text, mode: 'merge' }),
      JSON.stringify(file),
    );
    expect(outcome).toMatchObject({ ok: true });
    const back = (await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `inviter:${SAM}`)) as typeof history;
    expect(back.history).toEqual(history.history);
    await popup.close();
  });
});

describe.each(LOCALES)('the visible words in %s', (locale) => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  test('pending list, dismiss, re-ask notice and timeline', async () => {
    browser = await launchWithExtension({ lang: locale });
    const now = Date.now();
    const reasked = {
      at: now - DAY,
      kind: 'reasked',
      answers: { knows: 'yes', trusts: 'yes' },
      verdict: 'undecided',
      headline: 'Engineer at Northwind Analytics',
      headlineBefore: 'Engineer at Fabrikam GmbH',
      guessedInsider: 'colleague',
    };
    await seed(browser.context, browser.extensionId, [
      record('pend-ada', 'Ada Lovelace', { knows: 'no' }, now - 36 * DAY),
      record('moved-jo', 'Jo Moved', { knows: 'yes', trusts: 'yes' }, now - 40 * DAY, {
        headline: 'Engineer at Northwind Analytics',
        history: [
          {
            at: now - 2 * DAY,
            kind: 'answered',
            answers: { knows: 'yes', trusts: 'yes', insider: 'no' },
            verdict: 'accept',
            headline: 'Engineer at Fabrikam GmbH',
            guessedInsider: null,
          },
          reasked,
        ],
      }),
    ]);
    const { tabId } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await expect.poll(() => pendingNames(popup), POLL).toEqual(['Ada Lovelace']);
    expect(await popup.locator('#pending-heading').textContent()).toBe(say(locale, 'pendingHeading'));
    expect(await popup.locator('.pending-for').textContent()).toBe(say(locale, 'pendingForWeeks_other', '5'));
    expect(await popup.locator('button.dismiss').textContent()).toBe(say(locale, 'pendingDismiss'));
    expect(await popup.locator('button.dismiss').getAttribute('aria-label')).toBe(say(locale, 'pendingDismissLabel', 'Ada Lovelace'));
    await popup.click('button.dismiss');
    expect(await popup.locator('.pending-dismissed [role="status"]').textContent()).toBe(say(locale, 'pendingDismissed', 'Ada Lovelace'));
    expect(await popup.locator('button.undo').textContent()).toBe(say(locale, 'pendingUndo'));

    await popup.click('#inviter-list [data-profile="moved-jo"]');
    expect(await popup.locator('#advice .summary').textContent()).toBe(say(locale, 'reasonNextNowInsider'));
    expect(await popup.locator('#reask .reask-then').textContent()).toBe(say(locale, 'popupReaskThen', 'Engineer at Fabrikam GmbH'));
    expect(await popup.locator('#timeline-heading').textContent()).toBe(say(locale, 'timelineHeading'));
    // The date in the language shown (its own month names and order).
    const date = await popup.evaluate(({ lang, at }) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(at)), {
      lang: say(locale, 'langCode'),
      at: now - DAY,
    });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(say(locale, 'langCode'));
    expect(await popup.locator('.timeline li time').first().textContent()).toBe(date);
    expect(await popup.locator('.timeline li .timeline-verdict').last().textContent()).toBe(
      say(locale, 'timelineVerdict', say(locale, 'verdictAccept')),
    );
  });
});

describe('a company added from the popup’s own prompt (en)', () => {
  const launched = useFixtureSession(FIXTURE);

  test('the open popup asks the insider question again, with why, and the badge says so', async () => {
    const { tabId, linkedin } = launched.current;
    const popup = await answerInNewPopup(launched.current, tabId, TOM, [
      ['knows', 'yes'],
      ['trusts', 'yes'],
      ['insider', 'no'],
    ]);
    await waitForBadgeVerdict(linkedin, TOM, 'accept');
    // No company listed yet: the insider question offers to add one, here.
    await popup.fill('#add-company', 'Hirewell Talent Partners');
    await popup.click('#add-company-button');
    await popup.locator('#reask').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await popup.locator('#advice .summary').textContent()).toBe(en('reasonNextNowInsider'));
    expect(await popup.locator('input[name="insider"]:checked').count()).toBe(0);
    await waitForBadgeVerdict(linkedin, TOM, 'undecided');
    expect((await readBadge(linkedin, TOM))?.text).toContain(en('reasonNextNowInsider'));
    await popup.close();
  });
});
