import browser, { type Runtime } from 'webextension-polyfill';
import { OffscreenMessageSchema } from '../core/protocol';
import { parseOrNull } from '../core/schema';
import { isOwnBackground } from '../background/sender';
import { readCardMarkup } from '../linkedin/card-markup';

// The offscreen document (Chrome only: background/card-reader.ts opens it, because the worker has
// no DOM to parse markup in). It reads the cards a tab handed over and answers the background;
// it shows nothing, keeps nothing and reaches nothing but the one API offscreen documents have.
//
// runtime.sendMessage reaches every extension page, and a tab's messages to the background reach
// this document too: it answers only the background's own read-cards, and stays silent (returns
// nothing) on everything else, so that the background's answer is the one the sender gets.

const parser = new DOMParser();

export function answer(message: unknown, sender: Runtime.MessageSender) {
  // Our own background (our other pages never send read-cards): never a tab, nor a page in one.
  if (!isOwnBackground(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
  const request = parseOrNull(OffscreenMessageSchema, message);
  if (!request) return undefined;
  return Promise.resolve(readCardMarkup(request.cards, request.lang, parser));
}

browser.runtime.onMessage.addListener(answer);
