// axe-core, every rule it has (experimental ones too), in the real Chromium: no violation on the
// popup in each of its states, the options page (and its confirmation dialog) or the onboarding
// page, in light and in dark mode. Focus is always visible; badges have accessible names and never
// take focus.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  answerFromPage,
  readBadges,
  EXPECTED,
  FIXTURE_URLS,
  fixtureDocument,
  launchOnFixture,
  openPopupFor,
  openTabWithId,
  tabIdOf,
  type launchWithExtension,
} from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURE = 'fixture-sdui-2026.html';
const UNKNOWN = `${FIXTURE_URLS[FIXTURE]}?layout=unknown`;
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
  await browser.context.route(UNKNOWN, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: fixtureDocument(FIXTURE)
        .replace(/ aria-label="(?:Accept|Ignore)[^"]*"/g, '')
        .replace(/<span>(Accept|Ignore)<\/span>/g, '<span>Qwop</span>'),
    }),
  );
  const options = await openExtensionPage('options.html');
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics'] } }));
  await answerFromPage(options, 'marcus-feld-hr', { knows: 'yes', trusts: 'yes', insider: 'hr', visibilityWorry: 'yes' }, 'A note.');
  await options.close();
});

afterAll(async () => {
  await browser?.close();
});

async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Runs axe on the page as it is; returns its violations as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the extension page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'] },
    });
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

async function inBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await violations(page)).map((v) => `[${colorScheme}] ${v}`));
  }
  return found;
}

describe('accessibility (axe-core, all rules, light and dark)', () => {
  test("popup: the list of the tab's inviters", async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.locator('#inviter-list [data-profile]').first().waitFor(POLL);
    expect(await inBothSchemes(popup)).toEqual([]);
    await popup.close();
  });

  test("popup: one inviter's questions, advice with reasons and tips, the note", async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.click('[data-profile="marcus-feld-hr"]');
    await popup.locator('#advice[data-verdict="leave-pending"]').waitFor(POLL);
    expect(await inBothSchemes(popup)).toEqual([]);
    await popup.close();
  });

  test('popup: another tab, with the search over notes, with and without results', async () => {
    const { page: blank, tabId: blankId } = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    const popup = await openPopupFor(browser.context, browser.extensionId, blankId);
    await popup.locator('#inviter-list [data-profile]').first().waitFor(POLL);
    expect(await inBothSchemes(popup)).toEqual([]);
    await popup.fill('#search', 'nobody like this');
    await expect.poll(() => popup.locator('#list-note').textContent(), POLL).toMatch(/Nobody matches/);
    expect(await inBothSchemes(popup)).toEqual([]);
    await popup.close();
    await blank.close();
  });

  test('popup: a page layout not recognised, with its page report', async () => {
    const page = await browser.context.newPage();
    await page.goto(UNKNOWN);
    const unknownTab = await tabIdOf(browser.context, browser.extensionId, UNKNOWN);
    let popup = await openPopupFor(browser.context, browser.extensionId, unknownTab);
    await expect
      .poll(async () => {
        await popup.close();
        popup = await openPopupFor(browser.context, browser.extensionId, unknownTab);
        await popup.waitForFunction(() => !document.getElementById('status')?.textContent?.startsWith('Reading'));
        return popup.locator('#layout-unrecognised').isVisible();
      }, POLL)
      .toBe(true);
    await popup.click('#copy-report');
    await popup.locator('#report-text').waitFor({ state: 'visible', ...POLL });
    expect(await inBothSchemes(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('options page, and its delete-all confirmation dialog', async () => {
    const options = await openExtensionPage('options.html');
    await expect.poll(() => options.locator('#storage-used').textContent(), POLL).toMatch(/People you answered or wrote about/);
    expect(await inBothSchemes(options)).toEqual([]);
    await options.click('#delete-all');
    expect(await inBothSchemes(options)).toEqual([]);
    await options.keyboard.press('Escape');
    await options.close();
  });

  test('onboarding page', async () => {
    const onboarding = await openExtensionPage('onboarding.html');
    await expect.poll(() => onboarding.locator('h1').textContent(), POLL).toBe('Welcome to Know & Trust');
    expect(await inBothSchemes(onboarding)).toEqual([]);
    await onboarding.close();
  });
});

describe('focus and badges', () => {
  test('every control of the popup, options and onboarding shows where focus is', async () => {
    for (const path of [`popup.html?tab=${tabId}`, 'options.html', 'onboarding.html']) {
      const page = await openExtensionPage(path);
      await page.waitForLoadState('load');
      const seen: string[] = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            what: `${el.tagName.toLowerCase()}#${el.id}`,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (!focus) continue;
        seen.push(focus.what);
        expect(focus.outline, `${path}: ${focus.what} has no visible focus outline`).toBe(true);
      }
      expect(seen.length, path).toBeGreaterThan(0);
      await page.close();
    }
  });

  test('badges have accessible names and never take focus', async () => {
    // The accessible name lives inside the closed shadow root (the page cannot read it; assistive technology can).
    const names = (await readBadges(linkedin)).map((b) => b.label);
    expect(names).toHaveLength(EXPECTED.fixtures[FIXTURE].people.length);
    for (const [i, person] of EXPECTED.fixtures[FIXTURE].people.entries()) expect(names[i]).toContain(person.name);
    // And the browser really computes them: the accessibility tree holds one image per badge, named so.
    const cdp = await linkedin.context().newCDPSession(linkedin);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    await cdp.detach();
    const computed = nodes.filter((n) => n.role?.value === 'image').map((n) => n.name?.value ?? '');
    for (const name of names) expect(computed).toContain(name);
    await linkedin.bringToFront();
    await linkedin.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 60; i++) {
      await linkedin.keyboard.press('Tab');
      expect(await linkedin.evaluate(() => document.activeElement?.hasAttribute('data-know-trust-profile') ?? false)).toBe(false);
    }
  });
});
