// Reaching into the extension running in a Playwright-driven Chromium: its service worker (stop,
// wake, evaluate), its view of tabs, its popup, and the badges it draws on LinkedIn's pages.
// Shared by tests/e2e/harness.ts, scripts/demo.mjs and the benchmark. Typed by its JSDoc.
/** @import { BrowserContext, CDPSession, Page, Worker } from 'playwright-core' */

/** Selector of the badge host element the content script draws on each pending person invitation. */
export const BADGE = '[data-know-trust-profile]';

/**
 * Runs `use` with a CDP session on some page of the context, then lets the session go.
 * @template T
 * @param {BrowserContext} context @param {(cdp: CDPSession) => Promise<T>} use
 * @returns {Promise<T>}
 */
async function withCDP(context, use) {
  const existing = context.pages().find((p) => !p.isClosed());
  const page = existing ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach().catch(() => {});
    if (!existing) await page.close();
  }
}

/** @param {CDPSession} cdp @param {string} extensionId @returns {Promise<string[]>} */
async function workerTargetIds(cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
    .map((t) => t.targetId);
}

/** @param {number} ms @returns {Promise<void>} */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether the extension's service worker is running now (asks Chromium, not Playwright).
 * @param {BrowserContext} context @param {string} extensionId
 * @returns {Promise<boolean>}
 */
export function isServiceWorkerRunning(context, extensionId) {
  return withCDP(context, async (cdp) => (await workerTargetIds(cdp, extensionId)).length > 0);
}

/**
 * Stops the extension's service worker, as Chromium does to an idle MV3 worker, and returns once
 * Chromium no longer lists it. (Playwright's worker `close` event comes late or never: we poll CDP.)
 * A worker that is starting up, e.g. woken by a closing tab's tabs.onRemoved, ignores a close
 * request, so the request is repeated until the worker is gone.
 * @param {BrowserContext} context @param {string} extensionId
 * @returns {Promise<void>}
 */
export async function stopServiceWorker(context, extensionId) {
  await withCDP(context, async (cdp) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const running = await workerTargetIds(cdp, extensionId);
      if (running.length === 0) return;
      if (Date.now() > deadline) throw new Error('The service worker was still running 10 s after Target.closeTarget');
      for (const targetId of running) {
        await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
      }
      await pause(200);
    }
  });
}

/**
 * Starts the extension's service worker if it is stopped, without sending it any extension message:
 * a plain ServiceWorker `postMessage` from one of the extension's own documents (its manifest,
 * which every build has) starts the worker, whatever listeners the background registered.
 * @param {BrowserContext} context @param {string} extensionId
 * @returns {Promise<void>}
 */
export async function wakeServiceWorker(context, extensionId) {
  if (await isServiceWorkerRunning(context, extensionId)) return;
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration?.active) throw new Error('The extension has no active service worker registration');
      registration.active.postMessage('know-trust-e2e-wake');
    });
    const deadline = Date.now() + 10_000;
    while (!(await isServiceWorkerRunning(context, extensionId))) {
      if (Date.now() > deadline) throw new Error('The service worker did not start within 10 s of being woken');
      await pause(50);
    }
  } finally {
    await page.close();
  }
}

/**
 * A live handle on the extension's service worker, woken first if it was stopped. Chromium reuses the
 * worker's target when it restarts, so Playwright's handle stays valid once the worker runs again;
 * only while the worker is stopped does evaluating on it hang.
 * @param {BrowserContext} context @param {string} extensionId
 * @returns {Promise<Worker>}
 */
export async function getServiceWorker(context, extensionId) {
  await wakeServiceWorker(context, extensionId);
  /** @param {Worker} w */
  const ours = (w) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 }));
}

/**
 * The chrome.tabs id of the one tab whose URL matches `urlPattern` (a tabs.query match pattern).
 * @param {BrowserContext} context @param {string} extensionId @param {string} urlPattern
 * @returns {Promise<number>}
 */
export async function tabIdOf(context, extensionId, urlPattern) {
  const worker = await getServiceWorker(context, extensionId);
  const ids = await worker.evaluate(async (url) => (await chrome.tabs.query({ url })).map((tab) => tab.id), urlPattern);
  if (ids.length !== 1 || typeof ids[0] !== 'number') {
    throw new Error(`Expected exactly one tab matching ${urlPattern}, found ids ${JSON.stringify(ids)}`);
  }
  return ids[0];
}

/**
 * Opens `url` in a new tab created by the extension itself, which gives its tab id even where the
 * extension may not read the tab's URL (about:blank, other sites).
 * @param {BrowserContext} context @param {string} extensionId @param {string} url
 * @returns {Promise<{ page: Page, tabId: number }>}
 */
export async function openTabWithId(context, extensionId, url) {
  const worker = await getServiceWorker(context, extensionId);
  const pageOpened = context.waitForEvent('page', { timeout: 10_000 });
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.create({ url })).id, url);
  const page = await pageOpened;
  await page.waitForLoadState();
  if (typeof tabId !== 'number') throw new Error(`chrome.tabs.create gave no tab id for ${url}`);
  return { page, tabId };
}

/** The toolbar popup's size, roughly, for pages that stand in for it. */
export const POPUP_VIEWPORT = Object.freeze({ width: 380, height: 600 });

/**
 * Opens the toolbar popup's page for a tab, in a popup-sized page of its own.
 * @param {BrowserContext} context @param {string} extensionId @param {number} tabId
 * @returns {Promise<Page>}
 */
export async function openPopupFor(context, extensionId, tabId) {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return page;
}

/**
 * What one badge shows, read inside its *closed* shadow root the way only the browser itself can
 * (CDP's DOM.getDocument with pierce): LinkedIn's page cannot, and tests must, to prove what the user
 * sees and that none of it is on the host, the part the page can read.
 * @typedef {{ profile: string, verdict: string, label: string, title: string, text: string, hostAttributes: string[] }} BadgeInside
 * @typedef {{ nodeType: number, nodeName: string, attributes?: string[], shadowRootType?: string, children?: DomNode[], shadowRoots?: DomNode[] }} DomNode
 */

/** @param {DomNode} node @param {string} name @returns {string | undefined} */
function attributeOf(node, name) {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

/** @param {DomNode} host @param {string} profile @returns {BadgeInside | null} */
function badgeInside(host, profile) {
  const shadow = (host.shadowRoots ?? []).find((s) => s.shadowRootType === 'closed');
  if (!shadow) return null;
  /** @type {DomNode | undefined} */ let verdictEl;
  /** @type {DomNode | undefined} */ let textEl;
  /** @param {DomNode} node */
  const walk = (node) => {
    if (!verdictEl && attributeOf(node, 'data-verdict') !== undefined) verdictEl = node;
    if (!textEl && attributeOf(node, 'data-text') !== undefined) textEl = node;
    for (const child of node.children ?? []) walk(child);
  };
  walk(shadow);
  const list = host.attributes ?? [];
  /** @type {string[]} */ const hostAttributes = [];
  for (let i = 0; i < list.length; i += 2) hostAttributes.push(`${list[i]}=${list[i + 1]}`);
  return {
    profile,
    verdict: (verdictEl && attributeOf(verdictEl, 'data-verdict')) ?? '',
    // The accessible name: role=img named by its title (tests/e2e/accessibility checks what the browser computes).
    label: (verdictEl && (attributeOf(verdictEl, 'aria-label') ?? attributeOf(verdictEl, 'title'))) ?? '',
    title: (verdictEl && attributeOf(verdictEl, 'title')) ?? '',
    // The visible words are generated content (::before) drawn from the label's data-text.
    text: (textEl && attributeOf(textEl, 'data-text')) ?? '',
    hostAttributes,
  };
}

/**
 * The badges on a page, in document order, as the user sees them (from inside their closed shadow roots).
 * @param {Page} page
 * @returns {Promise<BadgeInside[]>}
 */
export async function readBadges(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = /** @type {{ root: DomNode }} */ (await cdp.send('DOM.getDocument', { depth: -1, pierce: true }));
    /** @type {BadgeInside[]} */ const found = [];
    /** @param {DomNode} node */
    const walk = (node) => {
      const profile = attributeOf(node, 'data-know-trust-profile');
      if (profile !== undefined) {
        const read = badgeInside(node, profile);
        if (read) found.push(read);
        return;
      }
      for (const child of node.children ?? []) walk(child);
      for (const child of node.shadowRoots ?? []) walk(child);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * What `profile`'s first badge on the page shows, or null if there is none.
 * @param {Page} page @param {string} profile
 * @returns {Promise<BadgeInside | null>}
 */
export async function readBadge(page, profile) {
  return (await readBadges(page)).find((b) => b.profile === profile) ?? null;
}

/**
 * Waits until the page shows exactly `count` badges. On timeout the error lists the badges that are
 * there, so a failure says what the content script drew instead.
 * @param {Page} page @param {number} count @param {number} [timeout] ms
 * @returns {Promise<void>}
 */
export async function waitForBadgeCount(page, count, timeout = 20_000) {
  try {
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length === n, /** @type {const} */ ([BADGE, count]), {
      timeout,
    });
  } catch (error) {
    const found = await readBadges(page).catch(() => 'page unreadable');
    throw new Error(`Expected ${count} badges on ${page.url()} within ${timeout} ms; found ${JSON.stringify(found)}`, {
      cause: error,
    });
  }
}

/**
 * Waits until the badge for `profile` on the page carries `verdict`; on timeout says what it carries.
 * @param {Page} page @param {string} profile @param {string} verdict @param {number} [timeout] ms
 * @returns {Promise<void>}
 */
export async function waitForBadgeVerdict(page, profile, verdict, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await readBadges(page).catch(() => null);
    if (found?.some((b) => b.profile === profile && b.verdict === verdict)) return;
    if (Date.now() > until) {
      const seen = found ? found.map((b) => ({ profile: b.profile, verdict: b.verdict })) : 'page unreadable';
      throw new Error(`Expected the badge of ${profile} to say ${verdict} within ${timeout} ms; badges: ${JSON.stringify(seen)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Writes `count` answered inviters with notes straight into storage.local, as version-1 records
 * (profiles `<prefix>-00000`…, names `<Name> 0`…), for the tests and the benchmark with many inviters.
 * @param {Worker} worker the extension's service worker
 * @param {number} count
 * @param {{ prefix?: string, name?: string }} [options]
 * @returns {Promise<void>}
 */
export function seedInviters(worker, count, { prefix = 'person', name = 'Person' } = {}) {
  return worker.evaluate(
    async ({ count, prefix, name }) => {
      /** @type {Record<string, object>} */
      const records = {};
      for (let i = 0; i < count; i++) {
        const profile = `${prefix}-${String(i).padStart(5, '0')}`;
        records[`inviter:${profile}`] = {
          profile,
          name: `${name} ${i}`,
          headline: `Role ${i % 40} at Company ${i % 300}`,
          answers: { knows: i % 2 ? 'yes' : 'no', trusts: 'unsure' },
          note: `Note about person ${i}. `.repeat(8),
          firstSeen: 1_700_000_000_000 + i,
          lastSeen: 1_700_000_000_000 + i,
          updatedAt: 1_700_000_000_000 + i,
        };
      }
      await chrome.storage.local.set(records);
    },
    { count, prefix, name },
  );
}

/**
 * Saves answers (and a note, when given) about `profile` from one of the extension's own pages
 * (the popup or the options page) the only way a page can: `change-inviter`, against the record as
 * stored now (its revision and fields), as the popup does, so the revision rule holds for tests and
 * the demo too. The answers given replace the stored ones (any other is cleared). A conflict (the
 * record changed between the read and the save) is thrown, not ignored.
 * @param {Page} page an extension page @param {string} profile
 * @param {Record<string, string>} answers @param {string} [note]
 * @returns {Promise<{ view: { profile: string, note: string, updatedAt: number, answers: Record<string, string> }, conflicts: string[], stale: boolean }>}
 */
export function answerFromPage(page, profile, answers, note) {
  return page.evaluate(
    async ({ profile, answers, note }) => {
      /** @type {{ updatedAt: number, answers: Record<string, string>, note: string } | null} */
      const stored = await chrome.runtime.sendMessage({ type: 'get-inviter', profile });
      const basis = stored
        ? { revision: stored.updatedAt, answers: stored.answers, note: stored.note }
        : { revision: 0, answers: {}, note: '' };
      const cleared = Object.keys(basis.answers).filter((id) => !Object.hasOwn(answers, id));
      const change = { type: 'change-inviter', profile, answers, cleared, basis, ...(note === undefined ? {} : { note }) };
      const reply = await chrome.runtime.sendMessage(change);
      if (!reply) throw new Error(`The background did not answer change-inviter for ${profile}`);
      if (reply.conflicts.length > 0) throw new Error(`Saving ${profile} conflicted on ${reply.conflicts.join(', ')}`);
      return reply;
    },
    { profile, answers, note },
  );
}
