// The floor's background (see content.js): keeps each tab's pending invitations in memory, as they
// are reported to it (only the new ones, and the slugs that left), and replies with a verdict per
// new invitation. The verdict rule is a stand-in (someone with mutual connections: accept; anyone
// else: undecided); what matters to the benchmark is that the page receives verdicts and applies
// them, as Know & Trust's content script does. An MV3 worker may be stopped at any time: this one
// then forgets its tabs, which the benchmark never notices (Know & Trust keeps them in storage).
'use strict';

/** @type {Map<number, Map<string, { profile: string, mutual: string }>>} */
const tabs = new Map();

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const tabId = sender.tab?.id;
  if (sender.id !== chrome.runtime.id || tabId === undefined) return undefined;
  const onTab = tabs.get(tabId) ?? new Map();
  tabs.set(tabId, onTab);
  if (message?.type === 'left') {
    tabs.delete(tabId);
    return undefined;
  }
  if (message?.type !== 'report') return undefined;
  for (const profile of message.removed) onTab.delete(profile);
  /** @type {Record<string, string>} */
  const verdicts = {};
  for (const invitation of message.added) {
    onTab.set(invitation.profile, invitation);
    verdicts[invitation.profile] = invitation.mutual ? 'accept' : 'undecided';
  }
  reply({ verdicts });
  return undefined;
});

chrome.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
