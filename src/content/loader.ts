import type { FromContentScript, MessageType, ReplyTo, Sent } from '../core/protocol';
import type { PageKind } from '../core/types';
import { listsSentInvitations, pageKindOf, readsInvitations } from '../linkedin/pages';
import { watchNavigation } from './navigation';
import { api, contextAlive } from './platform';
import { world } from './world';

// content.js: the only script on every linkedin.com page (LinkedIn navigates without page loads,
// so something must be there before the user reaches the invitations). It does nothing but watch
// in-app navigation and compare the path with the invitation pages' patterns (linkedin/pages.ts);
// it reads nothing, observes nothing and draws nothing. On reaching an invitations page it asks
// the background to add the invitation-page code (invitations.js) to this tab, once: that code
// stays for the tab's life and watches navigation itself, and this loader stops.
//
// Until then it also tells the background when the tab shows the Sent page, or leaves a page it
// reported, so that the popup never describes a page the user has left.

let reportedPage: PageKind | null = null;
let asking = false;

/** Asks the background (core/protocol.ts, FROM_CONTENT_SCRIPT); null when it cannot be reached. */
async function send<T extends MessageType<FromContentScript>>(
  message: Sent<FromContentScript, T>,
): Promise<ReplyTo<FromContentScript, T> | null> {
  try {
    return (await api.runtime.sendMessage(message)) as ReplyTo<FromContentScript, T>;
  } catch {
    // "Extension context invalidated", or the worker restarting: the next navigation asks again.
    return null;
  }
}

function onPage(): void {
  // The invitation code is there: it handles navigation now.
  if (world.knowTrustInvitations) {
    stopNavigation();
    return;
  }
  const page = pageKindOf(location.pathname);
  const leaving = listsSentInvitations(page) || (reportedPage !== null && reportedPage !== page);
  // Most pages (the feed, profiles, messaging) need nothing: leave the extension API untouched.
  if (!readsInvitations(page) && !leaving) return;
  // The extension was reloaded or updated: this copy can no longer reach it.
  if (!contextAlive()) {
    stopNavigation();
    return;
  }
  if (readsInvitations(page)) {
    if (asking) return;
    asking = true;
    void send({ type: 'load-invitations' }).then(() => {
      asking = false;
      if (world.knowTrustInvitations) stopNavigation();
    });
    return;
  }
  if (leaving) {
    reportedPage = page;
    void send({ type: 'tab-report', page, invitations: [], reset: true });
  }
}

const stopNavigation = watchNavigation(onPage);
onPage();
