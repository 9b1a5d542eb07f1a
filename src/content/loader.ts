import type { FromContentScript, MessageType, ReplyTo, Sent } from '../core/protocol';
import type { PageKind } from '../core/types';
import { listsSentInvitations, pageKindOf, readsInvitations, showsInviterProfile } from '../linkedin/pages';
import { profileInvitationSign } from '../linkedin/profile-sign';
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
// On a member's profile it loads that code only when the top card shows the owner's pending
// invitation (linkedin/profile-sign.ts, a cheap look repeated while the profile renders): most
// profiles the user opens show none, and then nothing more is loaded.
//
// Until then it also tells the background when the tab shows the Sent page, or leaves a page it
// reported, so that the popup never describes a page the user has left.

let reportedPage: PageKind | null = null;
let asking = false;
/** The next look at a rendering profile's top card, while one is due. */
let profileLook: ReturnType<typeof setTimeout> | undefined;

// A profile renders over several seconds (the top card's buttons after its heading): look again
// at growing intervals until its actions are there, for about 15 s at most, then give up until the
// next navigation.
const PROFILE_LOOKS_MS = [0, 100, 200, 300, 500, 700, 1000, 1000, 1500, 1500, 2000, 2000, 2500, 2500];

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

/** Asks the background to add the invitation-page code to this tab (once it is there, we stop). */
function loadInvitations(): void {
  // The extension was reloaded or updated: this copy can no longer reach it.
  if (!contextAlive()) {
    stopNavigation();
    return;
  }
  if (asking) return;
  asking = true;
  void send({ type: 'load-invitations' }).then(() => {
    asking = false;
    if (world.knowTrustInvitations) stopNavigation();
  });
}

/** Looks at the profile's top card now and, while it may still be rendering, again later. */
function lookAtProfile(path: string, look: number): void {
  profileLook = undefined;
  if (location.pathname !== path || world.knowTrustInvitations) return;
  const sign = profileInvitationSign(document);
  if (sign === 'invited') loadInvitations();
  if (sign !== 'wait') return;
  const wait = PROFILE_LOOKS_MS[look + 1];
  if (wait !== undefined) profileLook = setTimeout(() => lookAtProfile(path, look + 1), wait);
}

function onPage(): void {
  clearTimeout(profileLook);
  profileLook = undefined;
  // The invitation code is there: it handles navigation now.
  if (world.knowTrustInvitations) {
    stopNavigation();
    return;
  }
  const page = pageKindOf(location.pathname);
  if (showsInviterProfile(page)) lookAtProfile(location.pathname, 0);
  const leaving = listsSentInvitations(page) || (reportedPage !== null && reportedPage !== page);
  // Most pages (the feed, profiles, messaging) need nothing: leave the extension API untouched.
  if (!readsInvitations(page) && !leaving) return;
  // The extension was reloaded or updated: this copy can no longer reach it.
  if (!contextAlive()) {
    stopNavigation();
    return;
  }
  if (readsInvitations(page)) {
    loadInvitations();
    return;
  }
  if (leaving) {
    reportedPage = page;
    void send({ type: 'tab-report', page, invitations: [], reset: true });
  }
}

const stopNavigation = watchNavigation(onPage);
onPage();
