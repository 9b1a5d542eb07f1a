// The extension reloaded or updated while a LinkedIn tab is open ("Extension context invalidated"):
// the old content script removes its badges and stops quietly, nothing is thrown into the page's
// console, and the page picks up the new version on its next load.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { EXPECTED, enableDeveloperMode, getServiceWorker, launchOnFixture, waitForBadgeCount, type launchWithExtension } from './harness';
import { changeAndRead, frames } from './page-actions';

const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.length;

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let cdp: CDPSession;
const consoleProblems: string[] = [];

beforeAll(async () => {
  ({ browser, linkedin } = await launchOnFixture(FIXTURE));
  await enableDeveloperMode(browser.context);
  // CDP sees every execution context of the tab, the content script's isolated world included,
  // where Playwright's page events would only show the page's own.
  cdp = await browser.context.newCDPSession(linkedin);
  cdp.on('Runtime.exceptionThrown', (e) =>
    consoleProblems.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning' || e.type === 'assert')
      consoleProblems.push(`console.${e.type}: ${JSON.stringify(e.args.map((a) => a.value ?? a.description))}`);
  });
  cdp.on('Log.entryAdded', (e) => {
    // The fixture's images are refused by the test's router (no network): those network entries are ours, not the script's.
    if (e.entry.source === 'network') return;
    if (e.entry.level === 'error' || e.entry.level === 'warning') consoleProblems.push(`log ${e.entry.level}: ${e.entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
});

afterAll(async () => {
  await browser?.close();
});

describe('extension reloaded with a LinkedIn tab open', () => {
  test('the old content script takes its badges away and stays silent, even as the page keeps changing', async () => {
    const worker = await getServiceWorker(browser.context, browser.extensionId);
    // The worker is torn down by its own call: the evaluation may never answer.
    void worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await waitForBadgeCount(linkedin, 0);

    // LinkedIn keeps rendering: a card re-rendered, a new batch, the page navigating in-app.
    expect(
      await changeAndRead(
        linkedin,
        `const list = document.querySelector('[data-testid="lazy-column"]');
         list.append(list.firstElementChild.cloneNode(true));
         history.pushState({}, '', '/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/');`,
      ),
    ).toEqual([]);
    await frames(linkedin, 10);
    expect(consoleProblems).toEqual([]);
  });

  test('a fresh load of the page gets the new version and its badges', async () => {
    await linkedin.goto(new URL('/mynetwork/invitation-manager/received/', linkedin.url()).href);
    await waitForBadgeCount(linkedin, PEOPLE);
    expect(consoleProblems).toEqual([]);
  });
});
