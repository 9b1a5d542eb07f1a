// LinkedIn's page must learn nothing of what the user decided (issue 12, PRIVACY.md). Attacked from
// the page's own world, as a LinkedIn script could: every attribute of every badge host, its size,
// its text, a MutationObserver on the whole document while the user answers in the popup, the
// page's text search and selection. Then the badge is clicked by a page script (not the user), which
// must not choose whom the popup opens on.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerInNewPopup, getServiceWorker, profileIn, readBadge, readBadges, useFixtureSession, waitForBadgeVerdict } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const launched = useFixtureSession(FIXTURE);
const POLL = { timeout: 10_000 };
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');
const PRIYA = profileIn(FIXTURE, 'Priya Raman');
const TOM = profileIn(FIXTURE, 'Tom Becker');

/** Everything a script in LinkedIn's page can read about the badges, from the page's own world. */
function whatThePageSees(linkedin: Page) {
  return linkedin.evaluate(() => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-know-trust-profile]')];
    const sel = getSelection();
    sel?.selectAllChildren(document.body);
    const selected = sel?.toString() ?? '';
    sel?.removeAllRanges();
    return {
      badges: hosts.map((host) => {
        const box = host.getBoundingClientRect();
        return {
          attributes: host.getAttributeNames().map((name) => `${name}=${host.getAttribute(name)}`),
          size: `${box.width}x${box.height}`,
          open: host.shadowRoot !== null,
          text: `${host.textContent}|${host.innerText}`,
        };
      }),
      // The words a badge draws, wherever the page might look for them.
      innerText: document.body.innerText.includes('Know & Trust'),
      selected: selected.includes('Know & Trust'),
      // window.find is non-standard but Chromium has it: the page's own text search.
      found: (window as unknown as { find(text: string): boolean }).find('Know & Trust'),
      mutations: (window as unknown as { badgeMutations?: string[] }).badgeMutations ?? ['no observer'],
    };
  });
}

describe("LinkedIn's page cannot tell what the user decided", () => {
  test('no attribute, size, text, search hit or mutation on the page changes while the user answers', async () => {
    const { linkedin, tabId } = launched.current;
    // A page script watching every change below the document, as a curious LinkedIn could.
    await linkedin.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { badgeMutations: string[] }).badgeMutations = seen;
      const isBadge = (node: Node) =>
        node instanceof Element &&
        (node.closest('[data-know-trust-profile]') !== null || node.querySelector('[data-know-trust-profile]') !== null);
      new MutationObserver((records) => {
        for (const r of records)
          if (isBadge(r.target) || [...r.addedNodes, ...r.removedNodes].some(isBadge))
            seen.push(`${r.type} ${r.attributeName ?? ''} on ${(r.target as Element).outerHTML?.slice(0, 80)}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const before = await whatThePageSees(linkedin);

    await (await answerInNewPopup(launched.current, tabId, MARCUS, [['knows', 'no']])).close();
    await waitForBadgeVerdict(linkedin, MARCUS, 'leave-pending');
    const popup = await answerInNewPopup(launched.current, tabId, PRIYA, [
      ['knows', 'yes'],
      ['trusts', 'yes'],
      ['insider', 'no'],
    ]);
    await waitForBadgeVerdict(linkedin, PRIYA, 'accept');
    await popup.close();
    const after = await whatThePageSees(linkedin);

    // The states really differ inside (so the page's view below is tested against three verdicts).
    const inside = await readBadges(linkedin);
    expect(new Set(inside.map((b) => b.verdict))).toEqual(new Set(['accept', 'leave-pending', 'undecided']));
    expect((await readBadge(linkedin, MARCUS))?.label).toContain('Marcus Feld');

    expect(after.mutations).toEqual([]);
    expect(after.badges).toEqual(before.badges);
    for (const [i, badge] of after.badges.entries()) {
      const profile = inside[i]!.profile;
      // The host carries the profile, which the page already knows, and nothing else.
      expect(badge.attributes, profile).toEqual([`data-know-trust-profile=${profile}`]);
      expect(badge.open, profile).toBe(false);
      expect(badge.text, profile).toBe('|');
      // Every badge has one size, whatever it says.
      expect(badge.size, profile).toBe(after.badges[0]!.size);
    }
    expect(after.badges[0]!.size).not.toBe('0x0');
    expect({ innerText: after.innerText, selected: after.selected, found: after.found }).toEqual({
      innerText: false,
      selected: false,
      found: false,
    });
  });

  test("a page script's click on a badge chooses nobody; the user's own click does", async () => {
    const { linkedin, browser, tabId } = launched.current;
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    const selected = () => worker.evaluate((key) => chrome.storage.session.get(key).then((got) => got[key] ?? null), `selected:${tabId}`);
    await linkedin.evaluate((profile) => {
      const host = document.querySelector<HTMLElement>(`[data-know-trust-profile="${profile}"]`)!;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new PointerEvent('click', { bubbles: true, composed: true }));
    }, TOM);
    // Nothing to wait for when nothing happens: give a message time to arrive, then look.
    await linkedin.waitForTimeout(1000);
    expect(await selected()).toBeNull();
    // The user's own click on the same badge is heard (so the check above could have seen one).
    await linkedin.click(`[data-know-trust-profile="${TOM}"]`);
    await expect.poll(selected, POLL).toBe(TOM);
  });
});
