import type { FromContentScript, MessageType, ReplyTo, Sent } from '../core/protocol';
import type { PageKind } from '../core/types';
import { listsSentInvitations, pageKindOf, readsInvitations, showsInviterProfile } from '../linkedin/pages';
import { adviceIn, isRecord } from './checks';
import { InvitationWatcher } from './invitation-watcher';
import { watchNavigation } from './navigation';
import { watchLiveness, type Liveness } from './liveness';
import { api, contextAlive, type MessageSender } from './platform';
import { ProfileWatcher } from './profile-watcher';
import { world } from './world';

// invitations.js: the invitation-page code, added to a LinkedIn tab by the background when the
// loader (content.js) first reaches an invitations page, or a profile whose owner's invitation is
// pending. From then on it stays for the tab's life and follows in-app navigation itself: it reads
// and badges the invitations on our pages and the owner of a profile (profile-watcher.ts), and is
// idle elsewhere. It reads the page and reports; it never clicks or submits anything.
//
// It carries neither valibot nor webextension-polyfill (platform.ts): what the background sends is
// checked by hand below, and what it reports is capped plain text (invitation-watcher.ts); the
// background parses every message again with the full schemas (core/protocol.ts).

function main(): void {
  let reportedPage: PageKind | null = null;
  /** While on one of our pages: notices the extension going away (liveness.ts). */
  let liveness: Liveness | null = null;
  /** Popup-only mode, read once from the settings when we first reach an invitations page. */
  let popupOnly: Promise<boolean> | null = null;

  /** Tells the background (core/protocol.ts, FROM_CONTENT_SCRIPT); null when it cannot be reached. */
  async function send<T extends MessageType<FromContentScript>>(
    message: Sent<FromContentScript, T>,
  ): Promise<ReplyTo<FromContentScript, T> | null> {
    if (!contextAlive()) {
      shutDown();
      return null;
    }
    try {
      const reply = (await api.runtime.sendMessage(message)) as ReplyTo<FromContentScript, T>;
      liveness?.answered();
      return reply;
    } catch {
      // "Extension context invalidated" or the worker restarting: the next change reports again.
      if (!contextAlive()) shutDown();
      return null;
    }
  }

  /**
   * Storage is closed to content scripts (background/areas.ts): the background sets the mode in
   * this isolated world right before it adds this script, so the first badges need no round trip.
   * Not handed over (the page was replaced between the two steps): no badge, as popup-only mode
   * must never draw one; a 'mode' message changes it.
   */
  function readPopupOnly(): Promise<boolean> {
    return Promise.resolve(typeof world.knowTrustPopupOnly === 'boolean' ? world.knowTrustPopupOnly : true);
  }

  const watcher = new InvitationWatcher({
    report: async (chunk) => {
      const page = pageKindOf(location.pathname);
      reportedPage = page;
      return adviceIn(await send({ type: 'tab-report', page, ...chunk }));
    },
    badgeClicked: (profile) => void send({ type: 'badge-click', profile }),
  });
  // The inviter's profile page: its one report is the whole tab (reset), the owner or nobody.
  const profileWatcher = new ProfileWatcher({
    report: async ({ invitations }) => {
      reportedPage = 'profile';
      return adviceIn(await send({ type: 'tab-report', page: 'profile', invitations, reset: true }));
    },
    badgeClicked: (profile) => void send({ type: 'badge-click', profile }),
  });

  async function onPage(): Promise<void> {
    const page = pageKindOf(location.pathname);
    const reads = readsInvitations(page);
    if (reads || showsInviterProfile(page)) {
      popupOnly ??= readPopupOnly();
      const shown = !(await popupOnly);
      watcher.showBadges(shown);
      profileWatcher.showBadges(shown);
      if (pageKindOf(location.pathname) !== page || !contextAlive()) return; // moved on, or gone, meanwhile
      // One watcher at a time: a profile is never read as a list, nor a list as a profile.
      if (reads) {
        profileWatcher.stop();
        watcher.start();
      } else {
        watcher.stop();
        profileWatcher.start();
      }
      // A reloaded or updated extension leaves this copy orphaned; notice it and take our badges
      // away. Only while on one of our pages: elsewhere we have nothing on the page.
      liveness ??= watchLiveness(shutDown);
      return;
    }
    watcher.stop();
    profileWatcher.stop();
    liveness?.stop();
    liveness = null;
    // Tell the background once that this tab no longer shows invitations (or shows the Sent page),
    // so the popup does not describe a page the user has left. Other pages cost nothing.
    if (listsSentInvitations(page) || (reportedPage !== null && reportedPage !== page)) {
      reportedPage = page;
      void send({ type: 'tab-report', page, invitations: [], reset: true });
    }
  }

  /** What the background tells us (core/protocol.ts, FROM_BACKGROUND); nothing has a reply. */
  function onMessage(message: unknown, sender: MessageSender): undefined {
    // Only our own background may talk to us; it has no tab.
    if (sender.id !== api.runtime.id || sender.tab || !isRecord(message)) return undefined;
    if (message['type'] === 'verdicts') {
      const advice = adviceIn(message);
      if (advice) {
        watcher.applyVerdicts(advice);
        profileWatcher.applyVerdicts(advice);
      }
    }
    if (message['type'] === 'mode' && typeof message['popupOnly'] === 'boolean') {
      popupOnly = Promise.resolve(message['popupOnly']);
      watcher.showBadges(!message['popupOnly']);
      profileWatcher.showBadges(!message['popupOnly']);
    }
    return undefined;
  }

  /** Stops everything quietly: no badge left behind, no listener, no timer, nothing in the console. */
  function shutDown(): void {
    watcher.stop();
    profileWatcher.stop();
    stopNavigation();
    liveness?.stop();
    liveness = null;
    try {
      api.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The context is gone already; nothing left to remove.
    }
  }

  api.runtime.onMessage.addListener(onMessage);
  const stopNavigation = watchNavigation(() => void onPage());
  void onPage();
}

// Once per tab: the loader asks only while this mark is absent, and a second copy added by
// mistake leaves the first one alone.
if (!world.knowTrustInvitations && contextAlive()) {
  world.knowTrustInvitations = true;
  main();
}
