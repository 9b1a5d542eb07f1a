// Issue 14, part 1, the popup's side: on the inviter's own profile page the popup opens straight on
// that person's questions, with what the top card says about them (headline, degree, mutual
// connections, verified mark); on a profile with no pending invitation it says so plainly. The
// tab's contents are seeded as the background keeps them (storage.session `tab:<id>`, what a tab
// report of page 'profile' leaves there: core/storage-items.ts), so this does not wait for the
// profile page's own report; tests/e2e/profile-page.e2e.test.ts covers that side.
import { afterAll, describe, expect, test } from 'vitest';
import { getServiceWorker, launchWithExtension, localeMessages, openPopupFor, openTabWithId } from './harness';

const LOCALES = ['en', 'fr', 'de', 'es'] as const;

const OWNER = {
  profile: 'marcus-feld-hr',
  name: 'Marcus Feld',
  headline: 'HR Manager at Northwind Analytics',
  mutual: 'Elena Vasquez and 3 other mutual connections',
  age: '',
  message: '',
  degree: '2nd',
  verified: true,
};

describe.each(LOCALES)('the popup on a LinkedIn profile page (%s)', (locale) => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  test('opens on the owner’s questions with the top card’s facts; says so where no invitation is pending', async () => {
    browser = await launchWithExtension({ lang: locale });
    const m = localeMessages(locale);
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const { tabId: invited } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const { tabId: plain } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    await worker.evaluate(
      async ({ invited, plain, owner }) => {
        await chrome.storage.session.set({
          [`tab:${invited}`]: { page: 'profile', invitations: [owner], unrecognised: false },
          [`tab:${plain}`]: { page: 'profile', invitations: [], unrecognised: false },
        });
      },
      { invited, plain, owner: OWNER },
    );

    const popup = await openPopupFor(browser.context, browser.extensionId, invited);
    await popup.locator('#inviter-detail').waitFor({ state: 'visible' });
    expect(await popup.locator('#list-view').isHidden()).toBe(true);
    expect(await popup.locator('#inviter-name').textContent()).toBe('Marcus Feld');
    expect(await popup.locator('.person-headline').textContent()).toBe(OWNER.headline);
    expect(await popup.locator('.person-meta').textContent()).toBe(`2nd · ${OWNER.mutual}`);
    expect(await popup.locator('.person-verified').textContent()).toBe(m['popupVerified']!.message);
    expect(await popup.locator('fieldset[data-question="knows"]').count()).toBe(1);
    // Back leads to the tab's one inviter, as on an invitations page.
    await popup.click('#inviter-detail .back');
    expect(await popup.locator('#inviter-list [data-profile="marcus-feld-hr"]').count()).toBe(1);

    const none = await openPopupFor(browser.context, browser.extensionId, plain);
    await none.locator('#profile-no-invitation').waitFor({ state: 'visible' });
    expect(await none.locator('#profile-no-invitation').textContent()).toBe(m['popupProfileNoInvitation']!.message);
    expect(await none.locator('#inviter-detail').isHidden()).toBe(true);
    expect(await none.locator('#not-linkedin').isHidden()).toBe(true);
  });
});
