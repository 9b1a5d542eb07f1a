import browser from 'webextension-polyfill';
import type { Sent, ToOffscreen } from '../core/protocol';
import type { CardReadings } from './card-reader';

// Chrome's way of reading handed-over cards (card-reader.ts): its worker has no DOM, so an
// offscreen document (offscreen/index.ts) parses and reads them, opened on the first hand-over
// and closed once hand-overs stop. The "offscreen" permission is asked for in Chrome only.

const OFFSCREEN_PAGE = 'offscreen.html';
/** The offscreen document is closed after this long without a hand-over (it holds a renderer's memory). */
export const OFFSCREEN_IDLE_MS = 20_000;

// In one worker's life: the document being opened (two hand-overs must not both open one: Chrome
// allows one and refuses the second), the reads under way, and the timer that closes it.
let opening: Promise<void> | null = null;
let reading = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

/** Each card's reading, from the offscreen document; throws where it gave none. */
export async function readOffscreen(cards: string[], lang: string): Promise<CardReadings> {
  reading += 1;
  clearTimeout(closeTimer);
  try {
    await openDocument();
    const request: Sent<ToOffscreen, 'read-cards'> = { type: 'read-cards', target: 'offscreen', lang, cards };
    const reply: unknown = await browser.runtime.sendMessage(request);
    // Our own document answers, but about page text: the shape is checked, the strings are parsed later.
    if (!Array.isArray(reply) || reply.length !== cards.length) {
      throw new Error('The offscreen document gave no reading.');
    }
    return reply as CardReadings;
  } finally {
    reading -= 1;
    if (reading === 0) closeTimer = setTimeout(() => void closeDocument(), OFFSCREEN_IDLE_MS);
  }
}

async function openDocument(): Promise<void> {
  // A worker restarted since keeps no memory of it: ask the browser whether one is open.
  const open = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_PAGE)],
  });
  if (open.length > 0) return;
  opening ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
      justification: "Reads the invitation cards of the user's LinkedIn tabs, away from LinkedIn's page.",
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}

async function closeDocument(): Promise<void> {
  if (reading > 0 || opening) return;
  try {
    await chrome.offscreen.closeDocument();
  } catch {
    // Closed already (or never opened in this worker's life): nothing to do.
  }
}
