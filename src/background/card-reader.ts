import type { ReplyTo, ToOffscreen } from '../core/protocol';
import { readCardMarkup } from '../linkedin/card-markup';
import { readOffscreen } from './offscreen-reader';

// Reads the cards a tab hands over as markup (protocol.ts, tab-cards), with the page's own
// readers (linkedin/card-markup.ts), so that the invitation-page code need not carry them (issue 11). Where the background has a DOM (Firefox's
// background is a page) it parses them here; Chrome's worker has none, so there they go to an
// offscreen document (offscreen/index.ts), opened on the first hand-over and closed once
// hand-overs stop. Either way the markup is parsed inert (DOMParser: no script runs, nothing is
// fetched) and what it says is page text, which the handler parses with the schemas again.
// (build.mjs gives Firefox's build offscreen-reader.firefox.ts instead: no offscreen API there.)

export type CardReadings = ReplyTo<ToOffscreen, 'read-cards'>;

/** Each card's reading, in order (null: no invitation there). Throws where the cards could not be read at all. */
export async function readCards(cards: string[], lang: string): Promise<CardReadings> {
  if (cards.length === 0) return [];
  if (typeof DOMParser === 'function') return readCardMarkup(cards, lang, new DOMParser());
  return readOffscreen(cards, lang);
}
