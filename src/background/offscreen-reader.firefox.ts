import type { CardReadings } from './card-reader';

// Firefox's build in place of offscreen-reader.ts (build.mjs): Firefox has no offscreen documents
// and needs none, as its background is a page with a DOM of its own (card-reader.ts reads there).

export function readOffscreen(): Promise<CardReadings> {
  return Promise.reject(new Error('No DOM to read the cards in.'));
}
