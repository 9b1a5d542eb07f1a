import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findInvitations } from '../linkedin/invitations';
import { loadFixture } from '../../tests/helpers/fixture-documents';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

// Where the background has no DOM (Chrome's worker), the cards go to an offscreen document: one
// opened for any number of hand-overs at once, asked by message, closed once hand-overs stop.
// Here the worker is imitated (no DOMParser, chrome.offscreen and getContexts stubbed) and the
// document's side is offscreen/index.ts's own `answer`; the real one runs in the e2e tests.

const { answer } = await import('../offscreen/index');
const { readCards } = await import('./card-reader');
const { OFFSCREEN_IDLE_MS } = await import('./offscreen-reader');

const doc = loadFixture('fixture-sdui-2026.html');
const cards = findInvitations(doc).map((found) => found.card.outerHTML);
const ownBackground = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('background.js') });

describe('readCards without a DOM: the offscreen document', () => {
  let open: boolean;
  let created: number;
  let closed: number;
  let sentTo: unknown[];
  let realParser: typeof DOMParser;
  beforeEach(() => {
    fakeBrowser.reset();
    open = false;
    created = closed = 0;
    sentTo = [];
    realParser = globalThis.DOMParser;
    vi.stubGlobal('DOMParser', undefined);
    vi.stubGlobal('chrome', {
      runtime: {
        getURL: (path: string) => fakeBrowser.runtime.getURL(path),
        getContexts: async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
      },
      offscreen: {
        createDocument: async ({ url, reasons }: { url: string; reasons: string[] }) => {
          expect({ url, reasons }).toEqual({ url: 'offscreen.html', reasons: ['DOM_PARSER'] });
          if (open) throw new Error('Only a single offscreen document may be created.');
          await new Promise((resolve) => setTimeout(resolve, 5));
          created += 1;
          open = true;
        },
        closeDocument: async () => {
          if (!open) throw new Error('No current offscreen document.');
          closed += 1;
          open = false;
        },
      },
    });
    // The document's side: the real answerer, with the DOM it has.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sentTo.push(message);
      if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
      vi.stubGlobal('DOMParser', realParser);
      try {
        return await answer(message, ownBackground());
      } finally {
        vi.stubGlobal('DOMParser', undefined);
      }
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens one document for hand-overs at once, reads there what the page would, and closes it once idle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const both = Promise.all([readCards(cards.slice(0, 2), 'en'), readCards(cards.slice(2), 'en')]);
    await vi.advanceTimersByTimeAsync(10);
    const [first, rest] = await both;
    expect(created).toBe(1);
    expect([...first, ...rest].map((reading) => reading?.invitation.profile)).toEqual(
      findInvitations(doc).map((f) => f.invitation.profile),
    );
    expect(sentTo[0]).toEqual({ type: 'read-cards', target: 'offscreen', lang: 'en', cards: cards.slice(0, 2) });
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 100);
    expect(closed).toBe(0);
    // A hand-over before the timer fires keeps it open, and starts the wait again.
    await readCards(cards.slice(0, 1), 'en');
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 100);
    expect(closed).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(closed).toBe(1);
    // The next hand-over opens it again.
    const again = readCards(cards.slice(0, 1), 'en');
    await vi.advanceTimersByTimeAsync(10);
    expect(await again).toHaveLength(1);
    expect(created).toBe(2);
  });

  it('fails, rather than reading every card as none, when the document gives no reading', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(readCards(cards, 'en')).rejects.toThrow(/no reading/);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue([null] as never);
    await expect(readCards(cards, 'en')).rejects.toThrow(/no reading/);
  });

  it('asks nothing of anyone for an empty hand-over', async () => {
    expect(await readCards([], 'en')).toEqual([]);
    expect(created + sentTo.length).toBe(0);
  });
});

describe('the offscreen document answers the background only', () => {
  beforeEach(() => fakeBrowser.reset());
  const request = { type: 'read-cards', target: 'offscreen', lang: 'en', cards: cards.slice(0, 1) };

  it('reads the cards the background sends', async () => {
    const reply = await answer(request, ownBackground());
    expect(reply?.map((reading) => reading?.invitation.profile)).toEqual([findInvitations(doc)[0]?.invitation.profile]);
  });

  it.each([
    ['a tab (a content script beside LinkedIn)', { ...ownBackground(), tab: { id: 3 } }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/background.js' }],
    ['a web page', { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/feed/' }],
  ])('stays silent to %s', (_who, sender) => {
    expect(answer(request, sender as never)).toBeUndefined();
  });

  it.each([
    ['a message for the background', { type: 'tab-report', page: 'feed', invitations: [] }],
    ['a broadcast to the extension pages', { type: 'store-changed', profiles: 'all' }],
    ['a read-cards without its target', { ...request, target: undefined }],
    ['more cards than one report', { ...request, cards: Array.from({ length: 501 }, () => '') }],
  ])('stays silent to %s', (_what, message) => {
    expect(answer(message, ownBackground())).toBeUndefined();
  });
});
