import browser, { type Runtime } from 'webextension-polyfill';
import { PageBroadcastSchema } from '../core/protocol';
import { parseOrNull } from '../core/schema';

// An extension page hears from the background after each write of what the user keeps
// (core/protocol.ts, TO_EXTENSION_PAGES), so that it refreshes instead of showing, or saving
// from, a stale copy. Only our own background (or another of our pages) can send it: a message
// from a tab (a content script beside LinkedIn's page) or from another extension is ignored.

/** Calls `changed` with the profiles whose records changed, or 'all'. */
export function onStoreChanged(changed: (profiles: string[] | 'all') => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const parsed = parseOrNull(PageBroadcastSchema, message);
    if (parsed) changed(parsed.profiles);
    // No answer: the background does not wait for one.
    return undefined;
  });
}
