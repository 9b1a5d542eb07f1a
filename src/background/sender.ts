import type { Runtime } from 'webextension-polyfill';

// The one place that decides who sent a message (Bitwarden's approach). The browser fills in
// `sender`; a page cannot forge it. We use the sender's *origin* only to tell our own extension
// pages from our content scripts (a content script's frame can never have our extension's
// origin); what page a content script is on is never read from `sender.url`: a content script may
// only report about its own tab, whose id the browser gives us.

type SenderKind = { kind: 'content-script'; tabId: number } | { kind: 'extension-page' } | null;

/** `extensionBase` is `runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
export function classifySender(sender: Runtime.MessageSender, extensionId: string, extensionBase: string): SenderKind {
  if (sender.id !== extensionId) return null;
  const origin = (sender as { origin?: string }).origin;
  const fromExtension = origin !== undefined ? origin + '/' === extensionBase : (sender.url ?? '').startsWith(extensionBase);
  if (fromExtension) return { kind: 'extension-page' };
  // Our content script runs in the top frame only (manifest: all_frames false).
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && sender.frameId === 0) return { kind: 'content-script', tabId };
  return null;
}

/** Whether `sender` is this extension's own background, or another page of ours outside any tab (the offscreen document's test). */
export function isOwnBackground(sender: Runtime.MessageSender, extensionId: string, extensionBase: string): boolean {
  return sender.tab === undefined && classifySender(sender, extensionId, extensionBase)?.kind === 'extension-page';
}
