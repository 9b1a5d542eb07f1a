// No network, proven in the browser. Every request made while the extension detects invitations on
// every fixture, answers and writes a note in the popup, saves companies, switches popup-only mode
// on and off and exports the data is recorded three ways: Playwright's request events (with the
// frame or service worker that made each), CDP Network on the LinkedIn tab (whose initiator stacks
// tell the content script's requests from the page's own), and CDP Network on the service worker.
// The extension's contexts may load their own chrome-extension:// files, nothing else; LinkedIn's
// pages may load themselves and the images their markup names, nothing else. Then the extension
// pages' content security policy: strict in the manifest, and enforced (a fetch is refused).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page, Request } from 'playwright-core';
import {
  readBadge,
  EXPECTED,
  FIXTURE_URLS,
  getServiceWorker,
  launchWithExtension,
  openPopupFor,
  readFixture,
  serveFixtures,
  tabIdOf,
  waitForBadgeCount,
  type FixtureName,
} from './harness';

const POLL = { timeout: 10_000 };
const NOTE = 'Met at a meetup; nothing of this may leave the device.';
const FIXTURES = Object.keys(FIXTURE_URLS) as FixtureName[];
/** The build under test (as the harness loads it) and its Firefox sibling. */
const CHROME_BUILD = process.env.KNOW_TRUST_EXTENSION_DIR ?? path.join(__dirname, '..', '..', 'dist', 'chrome');
const BUILDS = { chrome: CHROME_BUILD, firefox: path.join(path.dirname(CHROME_BUILD), 'firefox') };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let own: (url: string) => boolean;

interface Seen {
  url: string;
  type: string;
  /** Who made it: the frame's document URL, or `service-worker <url>`. */
  by: string;
  /** Set when the request failed, with the browser's reason (`csp`: refused before it was sent). */
  failure?: string;
}
/** Playwright's view: every request of every page, frame and service worker of the context. */
const playwrightRequests: Seen[] = [];
/** CDP Network on the LinkedIn tab: each request with the scripts on its initiator's stack. */
const tabRequests: Array<{ url: string; initiator: string; scripts: string[] }> = [];
/** Requests that reached the test's router for example.com, i.e. left the page that made them. */
const routedElsewhere: string[] = [];
/** CDP Network on the extension's service worker. */
const workerRequests: string[] = [];
let workerRecorded = false;

function who(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service-worker ${worker.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

/** Records the extension's service worker's requests over CDP, attaching again if the worker restarts. */
async function recordServiceWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  const attached = new Set<string>();
  const attach = async (targetId: string) => {
    if (attached.has(targetId)) return;
    attached.add(targetId);
    try {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
      workerRecorded = true;
    } catch {
      attached.delete(targetId);
    }
  };
  const isOurWorker = (t: { type: string; url: string }) =>
    t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) workerRequests.push(message.params.request.url);
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.targetId) attached.delete(event.targetId);
  });
  for (const kind of ['Target.targetCreated', 'Target.targetInfoChanged'] as const)
    cdp.on(kind, (event) => {
      if (isOurWorker(event.targetInfo)) void attach(event.targetInfo.targetId);
    });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  for (const t of targetInfos.filter(isOurWorker)) await attach(t.targetId);
}

/** Records the requests of a LinkedIn tab with the script URLs of their initiators. */
async function recordTab(page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  type Frame = { url: string };
  type Stack = { callFrames: Frame[]; parent?: Stack };
  const scriptsOf = (stack?: Stack): string[] => (stack ? [...stack.callFrames.map((f) => f.url), ...scriptsOf(stack.parent)] : []);
  cdp.on('Network.requestWillBeSent', (event) => {
    const initiator = event.initiator as { type: string; url?: string; stack?: Stack };
    tabRequests.push({
      url: event.request.url,
      initiator: `${initiator.type} ${initiator.url ?? ''}`.trim(),
      scripts: [...new Set([...scriptsOf(initiator.stack), ...(initiator.url ? [initiator.url] : [])])].filter(Boolean),
    });
  });
  await cdp.send('Network.enable');
}

/** Every URL a fixture's own markup makes the browser load (its images). */
function urlsReferencedBy(fixture: FixtureName): string[] {
  return [...readFixture(fixture).matchAll(/\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

const storedLocal = async () =>
  (await getServiceWorker(browser.context, browser.extensionId)).evaluate(() => chrome.storage.local.get(null));

beforeAll(async () => {
  browser = await launchWithExtension();
  const base = `chrome-extension://${browser.extensionId}/`;
  // The extension's own files, and the in-memory blob: and data: URLs its pages make (the export).
  own = (url) => url.startsWith(base) || url.startsWith(`blob:${base}`) || url.startsWith('data:');
  const seen = new Map<Request, Seen>();
  browser.context.on('request', (request: Request) => {
    const entry = { url: request.url(), type: request.resourceType(), by: who(request) };
    seen.set(request, entry);
    playwrightRequests.push(entry);
  });
  browser.context.on('requestfailed', (request: Request) => {
    const entry = seen.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  const watcher = await browser.context.newPage();
  await recordServiceWorker(await browser.context.newCDPSession(watcher), browser.extensionId);
  await serveFixtures(browser.context);
  // Registered last, so it answers first: a request for example.com that gets this far was sent.
  await browser.context.route(
    (url) => url.host === 'example.com',
    (route) => {
      routedElsewhere.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('no network', () => {
  test('a full detect, answer, settings and export flow makes no request but LinkedIn’s own and the extension’s own files', async () => {
    expect(workerRecorded, 'CDP Network is on in the extension’s service worker').toBe(true);
    const linkedin = await browser.context.newPage();
    await recordTab(linkedin);
    const visited: string[] = [];

    // Detect: every fixture, each with all its badges drawn (the content script read it and asked the background).
    for (const fixture of FIXTURES) {
      await linkedin.goto(FIXTURE_URLS[fixture]);
      visited.push(FIXTURE_URLS[fixture]);
      await waitForBadgeCount(linkedin, EXPECTED.fixtures[fixture].people.length);
    }
    const lastPeople = EXPECTED.fixtures[FIXTURES[FIXTURES.length - 1]!].people;
    const tabId = await tabIdOf(browser.context, browser.extensionId, 'https://www.linkedin.com/*');

    // Answer: the popup, one inviter answered and a note written.
    const person = lastPeople[0]!;
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    await popup.click(`#inviter-list [data-profile="${person.profile}"]`);
    await popup.check('input[name="knows"][value="yes"]');
    await popup.check('input[name="trusts"][value="yes"]');
    await popup.check('input[name="insider"][value="no"]');
    await popup.fill('textarea#note', NOTE);
    await popup.press('textarea#note', 'Tab');
    await expect
      .poll(async () => (await storedLocal())[`inviter:${person.profile}`], POLL)
      .toMatchObject({ note: NOTE, answers: { knows: 'yes', trusts: 'yes', insider: 'no' } });
    await expect.poll(async () => (await readBadge(linkedin, person.profile))?.verdict, POLL).toBe('accept');
    await popup.close();

    // Settings: companies saved, popup-only mode on (badges leave) and off (they come back).
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.fill('#companies', EXPECTED.userCompany);
    await options.click('#save-companies');
    await expect.poll(() => options.locator('#companies-status').textContent(), POLL).toBe('Saved on this device.');
    const popupOnly = options.locator('#popup-only');
    await expect.poll(() => popupOnly.isEnabled(), POLL).toBe(true);
    await popupOnly.check();
    await waitForBadgeCount(linkedin, 0);
    await popupOnly.uncheck();
    await waitForBadgeCount(linkedin, lastPeople.length);

    // Export: the browser's download of a file made on the page.
    const download = options.waitForEvent('download', POLL);
    await options.click('button#export');
    const exported = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(exported).toContain(NOTE);
    await options.close();

    // Initiated by an extension context (popup, options, service worker): its own files only.
    const byExtension = playwrightRequests.filter((r) => r.by.startsWith('chrome-extension://') || r.by.startsWith('service-worker '));
    expect(byExtension.filter((r) => !own(r.url))).toEqual([]);
    expect(
      byExtension.some((r) => r.url === `chrome-extension://${browser.extensionId}/popup.js`),
      'extension page loads were recorded',
    ).toBe(true);
    expect(workerRequests.filter((url) => !own(url))).toEqual([]);
    // On the LinkedIn tab, the content script made none at all (no script of ours on any initiator stack).
    expect(tabRequests.filter((r) => r.scripts.some((s) => s.startsWith('chrome-extension://')))).toEqual([]);
    expect(tabRequests.filter((r) => r.initiator.startsWith('parser')).length, 'the tab’s image loads were recorded').toBeGreaterThan(0);

    // And nothing, from anyone, to a host the fixtures do not name, nor to any URL they do not name.
    const referenced = FIXTURES.flatMap(urlsReferencedBy);
    const hosts = new Set(['www.linkedin.com', ...referenced.map((u) => new URL(u).host)]);
    expect(
      [...hosts].filter((h) => h !== 'www.linkedin.com' && !/(?:^|\.)licdn\.[a-z]+$/.test(h)),
      'fixture image hosts are LinkedIn’s',
    ).toEqual([]);
    // The browser itself asks a visited site for its icon (no initiator on the page): LinkedIn's own.
    const browserFavicon = (r: { url: string; initiator: string }) =>
      r.initiator === 'other' && r.url === 'https://www.linkedin.com/favicon.ico';
    const all = [
      ...playwrightRequests.map((r) => r.url),
      ...tabRequests.filter((r) => !browserFavicon(r)).map((r) => r.url),
      ...workerRequests,
    ];
    expect(all.filter((url) => !own(url) && !hosts.has(new URL(url).host))).toEqual([]);
    const allowed = new Set([...visited, ...referenced]);
    expect(all.filter((url) => !own(url) && !allowed.has(url))).toEqual([]);
    expect(visited.every((url) => playwrightRequests.some((r) => r.url === url && r.type === 'document'))).toBe(true);
  });

  test('the extension pages’ content security policy forbids remote code and connections (both builds)', () => {
    for (const [target, dir] of Object.entries(BUILDS)) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      const csp: string = manifest.content_security_policy?.extension_pages ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name!, values]),
      );
      const none = (name: string) => directives.get(name)?.join(' ') === "'none'";
      expect(none('default-src') || none('connect-src'), `${target}: ${csp}`).toBe(true);
      if (directives.has('connect-src')) expect(none('connect-src'), `${target}: ${csp}`).toBe(true);
      expect(directives.get('script-src'), `${target}: ${csp}`).toEqual(["'self'"]);
      expect(none('object-src'), `${target}: ${csp}`).toBe(true);
      // No remote source or relaxation anywhere.
      expect(csp, target).not.toMatch(/https?:|wss?:|\*|'unsafe-|data:|blob:/);
    }
  });

  test('enforced: the popup and the service worker cannot fetch, beacon, connect or load a remote image', async () => {
    const tabId = await tabIdOf(browser.context, browser.extensionId, 'https://www.linkedin.com/*');
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    const before = playwrightRequests.length;
    const outcome = await popup.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const fetched = await fetch('https://example.com/fetch').then(
        () => 'sent',
        () => 'blocked',
      );
      const tries = () => {
        navigator.sendBeacon('https://example.com/beacon', 'x');
        try {
          new WebSocket('wss://example.com/socket');
        } catch {
          violations.push('connect-src threw wss://example.com/socket');
        }
        new Image().src = 'https://example.com/image.png';
      };
      tries();
      // Violation reports are queued tasks: wait for the ones asked for (bounded, never asserted on time).
      const deadline = Date.now() + 5_000;
      while (violations.length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.violations).toContain('connect-src https://example.com/fetch');
    expect(
      outcome.violations.some((v) => v.startsWith('connect-src') && v.includes('example.com/beacon')),
      JSON.stringify(outcome.violations),
    ).toBe(true);
    expect(
      outcome.violations.some((v) => v.startsWith('connect-src') && v.includes('example.com/socket')),
      JSON.stringify(outcome.violations),
    ).toBe(true);
    expect(
      outcome.violations.some((v) => v.startsWith('img-src') && v.includes('example.com/image.png')),
      JSON.stringify(outcome.violations),
    ).toBe(true);
    await popup.close();

    const worker = await getServiceWorker(browser.context, browser.extensionId);
    expect(
      await worker.evaluate(() =>
        fetch('https://example.com/worker').then(
          () => 'sent',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');
    // Refused by the policy inside the page, never sent: whatever Chromium reported as started
    // (the image) failed for `csp`, and nothing reached the router for example.com.
    const attempts = playwrightRequests.slice(before).filter((r) => new URL(r.url).host === 'example.com');
    expect(attempts.filter((r) => r.failure !== 'csp')).toEqual([]);
    expect(routedElsewhere).toEqual([]);
    expect(workerRequests.filter((url) => url.includes('example.com'))).toEqual([]);
  });
});
