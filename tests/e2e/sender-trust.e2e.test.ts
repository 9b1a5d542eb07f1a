// Who may tell the background what, in the real browser: a web page cannot reach it at all; a
// content script may only report what its own tab shows, and everything it says about answers,
// notes, settings, other tabs or stored data is dropped without an answer; extension pages may ask
// for those (the control that shows the dropped messages were well-formed, not merely malformed).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import {
  EXPECTED,
  executionContexts,
  inContentScript,
  FIXTURE_URLS,
  getServiceWorker,
  launchWithExtension,
  openPopupFor,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
  type FixtureName,
} from './harness';

const FIXTURE_A: FixtureName = 'fixture-sdui-2026.html';
const FIXTURE_B: FixtureName = 'fixture-ember-2022.html';
const MARCUS = 'marcus-feld-hr';
const FORGED_PROFILE = 'forged-person-from-content-script';
const POLL = { timeout: 10_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let tabA: Page;
let tabB: Page;
let tabIdA: number;
let tabIdB: number;
let worker: Worker;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  tabA = await browser.context.newPage();
  await tabA.goto(FIXTURE_URLS[FIXTURE_A]);
  await waitForBadgeCount(tabA, EXPECTED.fixtures[FIXTURE_A].people.length);
  tabB = await browser.context.newPage();
  await tabB.goto(FIXTURE_URLS[FIXTURE_B]);
  await waitForBadgeCount(tabB, EXPECTED.fixtures[FIXTURE_B].people.length);
  tabIdA = await tabIdOf(browser.context, browser.extensionId, FIXTURE_URLS[FIXTURE_A]);
  tabIdB = await tabIdOf(browser.context, browser.extensionId, FIXTURE_URLS[FIXTURE_B]);
  worker = await getServiceWorker(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
});

type Stored = Record<string, unknown>;
const localStorage = (): Promise<Stored> => worker.evaluate(() => chrome.storage.local.get(null));
const sessionStorage = (): Promise<Stored> => worker.evaluate(() => chrome.storage.session.get(null));

interface Reply {
  answered: boolean;
  reply: unknown;
  error?: string;
}

/** Sends `message` to the background from the content script of `page`; says whether anything answered. */
function sendFromContentScript(page: Page, message: object): Promise<Reply> {
  return inContentScript(
    browser,
    page,
    `chrome.runtime.sendMessage(${JSON.stringify(message)}).then(
      (reply) => ({ answered: reply !== undefined, reply: reply === undefined ? null : reply }),
      (error) => ({ answered: false, reply: null, error: String(error && error.message || error) }))`,
  ) as Promise<Reply>;
}

/** Sends `message` to the background from an extension page (the options page). */
async function sendFromExtensionPage(message: object): Promise<unknown> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  } finally {
    await page.close();
  }
}

async function listedProfiles(tabId: number): Promise<string[]> {
  const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
  try {
    await popup.locator('#inviter-list [data-profile]').first().waitFor(POLL);
    return await popup.$$eval('#inviter-list [data-profile]', (items) => items.map((i) => i.getAttribute('data-profile') ?? ''));
  } finally {
    await popup.close();
  }
}

/** A save as the popup sends it, against Marcus as stored (seen, never answered: revision 0). */
const FORGED_SAVE = {
  type: 'change-inviter',
  profile: MARCUS,
  answers: { knows: 'yes', trusts: 'yes' },
  cleared: [],
  note: 'forged',
  basis: { revision: 0, answers: {}, note: '' },
};

describe('a web page', () => {
  test('has no way to the background: no chrome.runtime in its world, no listener for its messages', async () => {
    // The page's own (main) world: Chromium gives a web page chrome.runtime only when an extension
    // lists it in externally_connectable.
    expect(await tabA.evaluate(() => typeof (window as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');

    // The content scripts listen to nothing a page can send: no `message` (postMessage) or custom
    // event listener of content.js or invitations.js on window or document. Asked from the content script's world,
    // where CDP reports that world's listeners with the script that added them.
    const { cdp, contexts } = await executionContexts(browser, tabA);
    const scripts = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', (event) => scripts.set(event.scriptId, event.url));
    await cdp.send('Debugger.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
    expect(world, 'the content script’s world').toBeDefined();
    const listeners: string[] = [];
    for (const target of ['window', 'document']) {
      const { result } = (await cdp.send('Runtime.evaluate', { contextId: world!.id, expression: target })) as {
        result: { objectId: string };
      };
      const found = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
        listeners: Array<{ type: string; scriptId: string }>;
      };
      for (const l of found.listeners) listeners.push(`${target} ${l.type} ${scripts.get(l.scriptId) ?? l.scriptId}`);
    }
    await cdp.detach();
    // The query itself works: the invitation code's own navigation listener is seen (on an
    // invitations page it follows navigation; the loader's listeners went when it came).
    expect(listeners).toContain(`window popstate chrome-extension://${browser.extensionId}/invitations.js`);
    expect(listeners).not.toContain(`window popstate chrome-extension://${browser.extensionId}/content.js`);
    // Nothing a page can post (message) or make up (a custom event type) is listened to.
    const standard = new Set([
      'popstate',
      'hashchange',
      'pagehide',
      'pageshow',
      'beforeunload',
      'unload',
      'load',
      'DOMContentLoaded',
      'visibilitychange',
      'readystatechange',
      'focus',
      'blur',
      'resize',
      'scroll',
      'click',
      'keydown',
      'keyup',
    ]);
    const untrusted = listeners.filter((l) => !standard.has(l.split(' ')[1]!));
    expect(untrusted, listeners.join('\n')).toEqual([]);
  });

  test('forged messages posted by the page change nothing in storage', async () => {
    const before = await localStorage();
    const beforeSession = await sessionStorage();
    await tabA.evaluate((forged) => {
      for (const message of [
        forged,
        { type: 'save-settings', settings: { popupOnly: true, companies: ['Forged Inc'] } },
        { type: 'delete-all' },
        { type: 'tab-report', page: 'invitation-manager', invitations: [], unrecognised: false },
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('know-trust', { detail: message }));
      }
    }, FORGED_SAVE);
    // A round trip through the page's message queue (every listener has seen the posts), then one
    // through the background (an extension page's request lands after anything queued before it).
    await tabA.evaluate(
      () =>
        new Promise((resolve) => {
          window.addEventListener('message', resolve, { once: true });
          window.postMessage('sync', '*');
        }),
    );
    expect(await sendFromExtensionPage({ type: 'get-inviter', profile: MARCUS })).toMatchObject({ profile: MARCUS, note: '' });
    expect(await localStorage()).toEqual(before);
    expect(await sessionStorage()).toEqual(beforeSession);
    await waitForBadgeCount(tabA, EXPECTED.fixtures[FIXTURE_A].people.length); // popup-only was not switched on
  });
});

describe('the manifest', () => {
  test('opens no door to web pages or other extensions', async () => {
    const manifest = (await worker.evaluate(() => chrome.runtime.getManifest())) as chrome.runtime.Manifest & Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts?.map((c) => c.all_frames)).toEqual([false]);
  });
});

describe('a content script', () => {
  test('cannot save answers or notes: the forged save is dropped without an answer', async () => {
    const before = await localStorage();
    expect(before[`inviter:${MARCUS}`]).toMatchObject({ answers: {}, note: '' });
    const reply = await sendFromContentScript(tabA, FORGED_SAVE);
    expect(reply).toEqual({ answered: false, reply: null });
    // Dropped as it arrived (no answer means the background did not handle it): storage is as it was.
    expect(await localStorage()).toEqual(before);
    expect(JSON.stringify(await localStorage())).not.toContain('forged');
  });

  test('cannot read other tabs, stored notes or settings, nor change settings or stored data', async () => {
    const before = await localStorage();
    const asks: Record<string, object> = {
      'get-tab-view': { type: 'get-tab-view', tabId: tabIdB },
      'search-inviters': { type: 'search-inviters', query: '', limit: 50 },
      'get-inviter': { type: 'get-inviter', profile: MARCUS },
      'get-settings': { type: 'get-settings' },
      'get-page-report': { type: 'get-page-report', tabId: tabIdB },
      'save-settings': { type: 'save-settings', settings: { popupOnly: true, companies: ['Forged Inc'] } },
      'export-data': { type: 'export-data' },
      'storage-use': { type: 'storage-use' },
      'import-data': {
        type: 'import-data',
        mode: 'replace',
        text: JSON.stringify({
          format: 'know-and-trust',
          inviters: [{ profile: MARCUS, name: 'Marcus Feld', note: 'forged', answers: { knows: 'yes' } }],
        }),
      },
      'delete-all': { type: 'delete-all' },
    };
    const replies: Record<string, Reply> = {};
    for (const [name, message] of Object.entries(asks)) replies[name] = await sendFromContentScript(tabA, message);
    expect(replies).toEqual(Object.fromEntries(Object.keys(asks).map((name) => [name, { answered: false, reply: null }])));
    expect(await localStorage()).toEqual(before);
    await waitForBadgeCount(tabA, EXPECTED.fixtures[FIXTURE_A].people.length); // popup-only still off
  });

  test('reports only about its own tab: a tab report naming another tab lands on its own, and cannot touch answers', async () => {
    const marcusBefore = (await localStorage())[`inviter:${MARCUS}`] as { answers: object; note: string };
    const peopleB = EXPECTED.fixtures[FIXTURE_B].people.map((p) => p.profile).sort();
    expect((await listedProfiles(tabIdB)).sort()).toEqual(peopleB);

    const invitation = (profile: string, name: string) => ({
      profile,
      name,
      headline: 'Forged headline',
      mutual: '',
      age: '',
      message: '',
      // Not part of an invitation: must be dropped field by field.
      answers: { knows: 'yes', trusts: 'yes', insider: 'no' },
      note: 'forged',
    });
    const reply = await sendFromContentScript(tabA, {
      type: 'tab-report',
      tabId: tabIdB, // not part of the message: the tab is the sender's own, as the browser says
      page: 'invitation-manager',
      invitations: [invitation(FORGED_PROFILE, 'Forged Person'), invitation(MARCUS, 'Marcus Feld')],
      unrecognised: false,
      answers: { knows: 'yes' },
      note: 'forged',
    });
    // A content script may report what its tab shows: it gets the verdicts of what it reported.
    expect(reply).toMatchObject({ answered: true, reply: { verdicts: { [FORGED_PROFILE]: 'undecided', [MARCUS]: 'undecided' } } });

    // The other tab is untouched, in storage and in its popup.
    const session = await sessionStorage();
    expect(JSON.stringify(session[`tab:${tabIdB}`])).not.toContain(FORGED_PROFILE);
    expect((await listedProfiles(tabIdB)).sort()).toEqual(peopleB);
    // It landed on the sender's own tab…
    expect(JSON.stringify(session[`tab:${tabIdA}`])).toContain(FORGED_PROFILE);
    expect(await listedProfiles(tabIdA)).toContain(FORGED_PROFILE);
    // …as a seen inviter without answers or note, and Marcus's answers and note are as they were.
    const stored = await localStorage();
    expect(stored[`inviter:${FORGED_PROFILE}`]).toMatchObject({ answers: {}, note: '', updatedAt: 0 });
    expect(stored[`inviter:${MARCUS}`]).toMatchObject({ answers: marcusBefore.answers, note: marcusBefore.note });
    expect(JSON.stringify(stored)).not.toContain('forged"');
  });

  test('control: the very same requests from an extension page are answered and do change storage', async () => {
    const saved = await sendFromExtensionPage(FORGED_SAVE);
    expect(saved).toMatchObject({ view: { profile: MARCUS, note: 'forged', answers: { knows: 'yes', trusts: 'yes' } }, conflicts: [] });
    expect((await localStorage())[`inviter:${MARCUS}`]).toMatchObject({ note: 'forged', answers: { knows: 'yes', trusts: 'yes' } });
    expect(await sendFromExtensionPage({ type: 'get-tab-view', tabId: tabIdB })).toMatchObject({ page: 'invitation-manager' });
    expect(await sendFromExtensionPage({ type: 'search-inviters', query: '', limit: 50 })).toMatchObject({ total: 1 });
  });
});
