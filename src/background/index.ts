import browser, { type Runtime } from 'webextension-polyfill';
import { ContentMessageSchema, PageMessageSchema, parseOrNull } from '../core/schema';
import { handleContentMessage, handlePageMessage } from './handlers';
import { classifySender } from './sender';
import * as store from './store';

// The background worker: the single writer of storage. Listeners are registered synchronously at
// the top level so a worker woken by a message or an event finds them; no state lives in module
// variables, so the browser may stop this worker between any two events without losing anything.

browser.runtime.onInstalled.addListener(() => {
  void store.ensureSchema();
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (from?.kind === 'content-script') {
    const parsed = parseOrNull(ContentMessageSchema, message);
    return parsed ? handleContentMessage(parsed, from.tabId, Date.now()) : undefined;
  }
  if (from?.kind === 'extension-page') {
    const parsed = parseOrNull(PageMessageSchema, message);
    return parsed ? handlePageMessage(parsed, Date.now()) : undefined;
  }
  // Anyone else (another extension, a subframe): dropped without an answer.
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => {
  void store.forgetTab(tabId);
});
