// Never clicks. Before the extension acts on a LinkedIn page, the page's own (main) world gets
// capturing listeners for every input event, and wrappers around click(), submit() and
// requestSubmit(). Then a full flow on every fixture: detect, answer in the popup (accept for some,
// leave pending for others), click badges, LinkedIn re-rendering the cards, popup-only mode on and
// off from the options page. LinkedIn's Accept and Ignore controls (or any other control of theirs)
// receive no event, nothing calls click() or submits, no synthetic event is dispatched anywhere on
// the page, and the page never navigates. The content script runs in an isolated world, where the
// wrappers cannot see it; a click() or dispatchEvent from there still reaches the main world's
// listeners as an untrusted event, which is why every untrusted event counts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BADGE,
  EXPECTED,
  FIXTURE_URLS,
  launchWithExtension,
  openPopupFor,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
  waitForBadgeVerdict,
  type FixtureName,
} from './harness';
import { fixtureBody } from './page-actions';

const FIXTURES = Object.keys(FIXTURE_URLS) as FixtureName[];
const POLL = { timeout: 10_000 };

interface Log {
  /** Events whose target is (inside) one of LinkedIn's Accept or Ignore controls. */
  acceptIgnore: string[];
  /** Events whose target is (inside) any other LinkedIn control: buttons, links, fields, forms. */
  otherControls: string[];
  /** Events anywhere on the page that no user made (dispatched by script). */
  untrusted: string[];
  /** HTMLElement.prototype.click() calls made in the main world. */
  clickCalls: string[];
  /** Form submissions: submit events, submit()/requestSubmit() calls. */
  submits: string[];
  /** Navigations the document started (Navigation API), same-document ones included. */
  navigations: string[];
}

/** Runs in the page's main world at document start, before any content script. */
function installRecorder(): void {
  const log: Log = { acceptIgnore: [], otherControls: [], untrusted: [], clickCalls: [], submits: [], navigations: [] };
  Object.defineProperty(window, '__neverClicks', { value: log });
  // "zork"/"blip": Accept and Ignore of the invented language (fixture-sdui-2026-invented-language.html).
  const VERB =
    /^(?:accept|ignore|annehmen|ignorieren|accepter|ignorer|aceptar|ignorar|zork|blip)\b|\b(?:accept|ignore|annehmen|ignorieren|accepter|ignorer|aceptar|ignorar|zork|blip)$/i;
  const CONTROL = 'button, a, input, select, textarea, label, form, [role="button"], [role="link"], [tabindex]';
  const describe = (el: Element) =>
    `<${el.localName}${el.getAttribute('aria-label') ? ` aria-label="${el.getAttribute('aria-label')}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 40)}`;
  const isAcceptIgnore = (el: Element) =>
    el.matches('button, a, [role="button"]') &&
    (VERB.test((el.getAttribute('aria-label') ?? '').trim()) || VERB.test((el.textContent ?? '').trim()));
  const acceptIgnoreAround = (el: Element): Element | null => {
    for (let at: Element | null = el; at; at = at.parentElement) if (isAcceptIgnore(at)) return at;
    return null;
  };
  const TYPES = [
    'click',
    'auxclick',
    'dblclick',
    'contextmenu',
    'mousedown',
    'mouseup',
    'pointerdown',
    'pointerup',
    'touchstart',
    'touchend',
    'keydown',
    'keypress',
    'keyup',
    'submit',
    'focus',
    'focusin',
    'blur',
    'input',
    'beforeinput',
    'change',
    'select',
    'reset',
    'invalid',
  ];
  for (const type of TYPES) {
    window.addEventListener(
      type,
      (event) => {
        const target = event.target;
        const el = target instanceof Element ? target : null;
        const what = `${type}${event.isTrusted ? '' : ' (synthetic)'} on ${el ? describe(el) : String(target)}`;
        if (!event.isTrusted) log.untrusted.push(what);
        if (type === 'submit') log.submits.push(what);
        if (!el || el.closest('[data-know-trust-profile]')) return; // our badge: the user's own clicks
        const control = acceptIgnoreAround(el);
        if (control) log.acceptIgnore.push(`${what} [${describe(control)}]`);
        else if (el.closest(CONTROL)) log.otherControls.push(what);
      },
      true,
    );
  }
  const click = HTMLElement.prototype.click;
  HTMLElement.prototype.click = function (this: HTMLElement) {
    log.clickCalls.push(describe(this));
    return click.call(this);
  };
  const submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
    log.submits.push(`submit() on ${describe(this)}`);
    return submit.call(this);
  };
  const requestSubmit = HTMLFormElement.prototype.requestSubmit;
  HTMLFormElement.prototype.requestSubmit = function (this: HTMLFormElement, submitter?: HTMLElement | null) {
    log.submits.push(`requestSubmit() on ${describe(this)}`);
    return requestSubmit.call(this, submitter);
  };
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const e = event as Event & { destination?: { url: string }; navigationType?: string };
    log.navigations.push(`${e.navigationType} ${e.destination?.url}`);
  });
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let tabId: number;
/** Everything recorded, per fixture, gathered before each document goes away. */
const recorded: Record<string, Log> = {};
/** Main-frame navigations of the LinkedIn tab, as Playwright saw them. */
const mainFrameUrls: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  linkedin = await browser.context.newPage();
  await linkedin.addInitScript(installRecorder);
  linkedin.on('framenavigated', (frame) => {
    if (frame === linkedin.mainFrame()) mainFrameUrls.push(frame.url());
  });
});

afterAll(async () => {
  await browser?.close();
});

const readLog = (page: Page) => page.evaluate(() => (window as unknown as { __neverClicks: Log }).__neverClicks);

async function answerInPopup(profile: string, answers: Array<[string, string]>): Promise<void> {
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  try {
    // After a badge click the popup may open on that inviter's questions: go back to the list first.
    const item = popup.locator(`#inviter-list [data-profile="${profile}"]`);
    await popup.locator(`#inviter-list [data-profile="${profile}"]:visible, #inviter-detail .back:visible`).first().waitFor(POLL);
    if (await popup.locator('#inviter-detail').isVisible()) await popup.click('#inviter-detail .back');
    await item.click();
    for (const [question, value] of answers) await popup.check(`input[name="${question}"][value="${value}"]`);
    await popup.fill('textarea#note', `Note about ${profile}`);
    await popup.press('textarea#note', 'Escape'); // back to the list, after the last save
    await popup.locator(`#inviter-list [data-profile="${profile}"]`).waitFor(POLL);
  } finally {
    await popup.close();
  }
}

async function setPopupOnly(on: boolean): Promise<void> {
  const options = await browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const box = options.locator('#popup-only');
    await expect.poll(() => box.isEnabled(), POLL).toBe(true);
    if ((await box.isChecked()) !== on) await box.click();
    await expect.poll(() => options.locator('#popup-only-status').textContent(), POLL).toMatch(on ? /is on/ : /is off/);
  } finally {
    await options.close();
  }
}

/** LinkedIn re-rendering the whole list: the body replaced by a fresh copy of the fixture's markup. */
function rerender(page: Page, body: string): Promise<void> {
  return page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  }, body);
}

describe('never clicks', () => {
  test('the recorder is in place before the content script acts, on every fixture', async () => {
    for (const fixture of FIXTURES) {
      await linkedin.goto(FIXTURE_URLS[fixture]);
      expect(await readLog(linkedin), fixture).toEqual({
        acceptIgnore: [],
        otherControls: [],
        untrusted: [],
        clickCalls: [],
        submits: [],
        navigations: [],
      });
    }
  });

  test.each(FIXTURES)(
    '%s: a full flow sends LinkedIn’s controls no event, no click and no submit, and never navigates',
    async (fixture) => {
      const url = FIXTURE_URLS[fixture];
      const people = EXPECTED.fixtures[fixture].people;
      const navigationsBefore = mainFrameUrls.length;
      await linkedin.goto(url);
      await waitForBadgeCount(linkedin, people.length);
      tabId = await tabIdOf(browser.context, browser.extensionId, 'https://www.linkedin.com/*');

      // Answer: accept and leave pending, in turn, for up to four inviters (a fixture may show three).
      const plans: [[string, string][], string][] = [
        [
          [
            ['knows', 'yes'],
            ['trusts', 'yes'],
            ['insider', 'no'],
          ],
          'accept',
        ],
        [
          [
            ['knows', 'no'],
            ['trusts', 'no'],
          ],
          'leave-pending',
        ],
        [
          [
            ['knows', 'yes'],
            ['trusts', 'unsure'],
          ],
          'leave-pending',
        ],
        [
          [
            ['knows', 'yes'],
            ['trusts', 'yes'],
            ['insider', 'no'],
          ],
          'accept',
        ],
      ];
      const answered = people.slice(0, plans.length).map((p) => p.profile);
      expect(answered.length).toBeGreaterThanOrEqual(2);
      for (const [i, profile] of answered.entries()) await answerInPopup(profile, plans[i]![0]);
      for (const [i, profile] of answered.entries()) await waitForBadgeVerdict(linkedin, profile, plans[i]![1]);
      const [a, b] = answered as [string, string];

      // Badges clicked (each opens the toolbar popup on that inviter).
      for (const profile of [a, b]) await linkedin.click(`${BADGE}[data-know-trust-profile="${profile}"]`);

      // LinkedIn re-renders its cards: new elements, badges drawn again.
      await rerender(linkedin, fixtureBody(fixture));
      await waitForBadgeCount(linkedin, people.length);
      await waitForBadgeVerdict(linkedin, a, 'accept');

      // Popup-only mode on (badges leave) and off (they come back).
      await setPopupOnly(true);
      await waitForBadgeCount(linkedin, 0);
      await setPopupOnly(false);
      await waitForBadgeCount(linkedin, people.length);

      const log = await readLog(linkedin);
      recorded[fixture] = log;
      expect(log.acceptIgnore, 'events on Accept/Ignore').toEqual([]);
      expect(log.otherControls, 'events on other LinkedIn controls').toEqual([]);
      expect(log.clickCalls, 'click() calls').toEqual([]);
      expect(log.untrusted, 'synthetic events').toEqual([]);
      expect(log.submits, 'form submissions').toEqual([]);
      expect(log.navigations, 'navigations started by the page').toEqual([]);
      expect(linkedin.url()).toBe(url);
      expect(mainFrameUrls.slice(navigationsBefore)).toEqual([url]);
      // The controls are still there, none of them gone (an accepted or ignored card would lose them).
      const controls = await linkedin.$$eval(
        'button, a',
        (els) =>
          els.filter((el) =>
            /^(?:accept|ignore|annehmen|ignorieren|accepter|ignorer|aceptar|ignorar|zork|blip)\b|\b(?:accept|ignore|annehmen|ignorieren|accepter|ignorer|aceptar|ignorar|zork|blip)$/i.test(
              (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
            ),
          ).length,
      );
      expect(controls).toBeGreaterThanOrEqual(people.length * 2);
    },
  );

  test('control: the recorder does see a click() and a synthetic click on an Accept control', async () => {
    // Whatever the flow above did, it is in `recorded`; this proves the recorder would have noticed.
    await linkedin.goto(FIXTURE_URLS['fixture-sdui-2026.html']);
    await waitForBadgeCount(linkedin, EXPECTED.fixtures['fixture-sdui-2026.html'].people.length);
    const accept = linkedin.locator('button[aria-label="Accept Marcus Feld’s invitation"]');
    await accept.dispatchEvent('click'); // from Playwright's own world, as an isolated content script would
    await linkedin.evaluate(() =>
      document.querySelector<HTMLElement>('button[aria-label="Ignore an invitation to connect from Marcus Feld"]')?.click(),
    );
    const log = await readLog(linkedin);
    expect(log.acceptIgnore.some((e) => e.startsWith('click (synthetic)') && e.includes('Accept Marcus Feld'))).toBe(true);
    expect(log.acceptIgnore.some((e) => e.includes('Ignore an invitation to connect from Marcus Feld'))).toBe(true);
    expect(log.clickCalls.some((e) => e.includes('Ignore an invitation to connect from Marcus Feld'))).toBe(true);
    expect(log.untrusted.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(recorded).sort()).toEqual([...FIXTURES].sort());
  });
});
