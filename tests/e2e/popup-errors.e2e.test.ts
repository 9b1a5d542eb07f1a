// A real error, said in the user's words: storage.local filled to its quota, the popup's next save
// fails in the background with Chromium's own "Resource::kQuotaBytes quota exceeded", and the popup
// says what did not happen and what to do (src/ui/errors.ts), in English and in French, never the
// browser's words.
import { describe, expect, test } from 'vitest';
import { fillStorage, launchOnFixture, openPopupFor, profileIn } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const TOM = profileIn(FIXTURE, 'Tom Becker');

const SAID: Record<'en' | 'fr', string> = {
  en:
    'Your answers were not saved; they are still in this form. Storage is full: Know & Trust has used all the space this browser ' +
    'gives it. Shorten long notes, then try again; the options page shows the space used, under “Your data”.',
  fr:
    'Vos réponses n’ont pas été enregistrées\u202F; elles sont toujours dans ce formulaire. Le stockage est plein\u00A0: Know & Trust ' +
    'a utilisé toute la place que ce navigateur lui accorde. Raccourcissez les notes longues, puis réessayez\u202F; la page des ' +
    'options indique l’espace utilisé, sous «\u00A0Vos données\u00A0».',
};

describe('the popup says a full storage in the user’s language', () => {
  test.each(['en', 'fr'] as const)('%s: a save refused for quota is said as what to do', async (lang) => {
    const { browser, tabId } = await launchOnFixture(FIXTURE, { lang });
    try {
      const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
      await popup.click(`#inviter-list [data-profile="${TOM}"]`);
      // storage.local a few bytes short of its quota: the next record written does not fit.
      const refused = await fillStorage(browser);
      expect(refused).toMatch(/quota/i);
      await popup.click('input[name="knows"][value="yes"]');
      await expect.poll(() => popup.locator('#status').textContent(), { timeout: 10_000 }).toBe(SAID[lang]);
      await expect(popup.locator('#status').getAttribute('class')).resolves.toContain('error');
    } finally {
      await browser.close();
    }
  });
});
