import browser, { type Runtime } from 'webextension-polyfill';
import { storageReady } from './areas';
import { ContentScriptMessageSchema, ExtensionPageMessageSchema } from '../core/protocol';
import { LIVENESS_PORT } from '../core/ports';
import { parseOrNull } from '../core/schema';
import { handleContentMessage, handlePageMessage } from './handlers';
import { ensureMigrated, runMigrations } from './migrations';
import { openOnboardingOnInstall } from './onboarding';
import { classifySender } from './sender';
import * as store from './store';

// The background worker: the single writer of storage. Listeners are registered synchronously at
// the top level so a worker woken by a message or an event finds them; no state lives in module
// variables, so the browser may stop this worker between any two events without losing anything.

// First of all, at every start: storage closed to content scripts (areas.ts). Importing areas.ts
// starts it; every storage call of the store waits for it, so nothing is read or written before.
void storageReady;

// Stored data from an earlier version is upgraded when this version is installed or updated, and
// at every browser start in case an update's onInstalled was missed (a worker stopped mid-way).
// Data from a newer version is refused and left as it is: a downgrade must not destroy it.
function upgradeStorage(): void {
  runMigrations().catch((error: unknown) => console.error('Know & Trust: stored data not upgraded.', error));
}
browser.runtime.onInstalled.addListener(upgradeStorage);
browser.runtime.onInstalled.addListener((details) => void openOnboardingOnInstall(details));
browser.runtime.onStartup.addListener(upgradeStorage);

// Each sender may send only the messages of its own table in core/protocol.ts, each checked whole
// against its schema; what does not fit is dropped without an answer.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (from?.kind === 'content-script') {
    const parsed = parseOrNull(ContentScriptMessageSchema, message);
    return parsed ? ensureMigrated().then(() => handleContentMessage(parsed, from.tabId, Date.now())) : undefined;
  }
  if (from?.kind === 'extension-page') {
    const parsed = parseOrNull(ExtensionPageMessageSchema, message);
    return parsed ? ensureMigrated().then(() => handlePageMessage(parsed, Date.now())) : undefined;
  }
  // Anyone else (another extension, a subframe): dropped without an answer.
  return undefined;
});

// invitations.js keeps a port open to learn when the extension goes (content/liveness.ts): nothing
// is sent on it; the browser closes it when this extension is reloaded, updated or removed, or when
// this worker stops. Anyone else's port, or one under another name, is closed at once.
browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  const from = port.sender ? classifySender(port.sender, browser.runtime.id, browser.runtime.getURL('')) : null;
  if (from?.kind !== 'content-script' || port.name !== LIVENESS_PORT) port.disconnect();
});

browser.tabs.onRemoved.addListener((tabId) => {
  void store.forgetTab(tabId);
});
