import browser, { type Runtime } from 'webextension-polyfill';
import {
  BackgroundMessageSchema,
  TabAdviceSchema,
  type FromBackground,
  type FromContentScript,
  type MessageType,
  type ReplyTo,
  type Sent,
} from '../core/protocol';
import { parseOrNull } from '../core/schema';
import { settings } from '../core/storage-items';
import type { Invitation, PageKind, TabAdvice } from '../core/types';
import { invitationsArea, pageReport } from '../linkedin/page-report';
import { listsSentInvitations, pageKindOf, readsInvitations } from '../linkedin/pages';
import { InvitationWatcher } from './invitation-watcher';
import { watchNavigation } from './navigation';

// Runs on every linkedin.com page (LinkedIn navigates without page loads, so it must be there
// before the user reaches the invitations), but does nothing except listen for navigation until the
// path is an invitations page. It reads the page and reports; it never clicks or submits anything.

let reportedPage: PageKind | null = null;
let stopNavigation: () => void = () => undefined;
let livenessTimer: ReturnType<typeof setInterval> | undefined;
/** Popup-only mode, read once from the settings when we first reach an invitations page. */
let popupOnly: Promise<boolean> | null = null;

/** After the extension is reloaded or updated, this old copy can no longer talk to it. */
function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Tells the background (core/protocol.ts, FROM_CONTENT_SCRIPT); null when it cannot be reached. */
async function send<T extends MessageType<FromContentScript>>(
  message: Sent<FromContentScript, T>,
): Promise<ReplyTo<FromContentScript, T> | null> {
  if (!contextAlive()) {
    shutDown();
    return null;
  }
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // "Extension context invalidated" or the worker restarting: the next change reports again.
    if (!contextAlive()) shutDown();
    return null;
  }
}

async function report(page: PageKind, invitations: Invitation[], unrecognised = false): Promise<TabAdvice | null> {
  reportedPage = page;
  // Checked even so: nothing but a known verdict for a well-formed profile reaches the page's badges.
  return parseOrNull(TabAdviceSchema, await send({ type: 'tab-report', page, invitations, unrecognised }));
}

/** Reading storage.local directly (no message) keeps the worker asleep and the first badges quick. */
async function readPopupOnly(): Promise<boolean> {
  try {
    return (await settings.get(browser.storage)).popupOnly;
  } catch {
    return false;
  }
}

const watcher = new InvitationWatcher({
  report: (invitations, unrecognised) => report(pageKindOf(location.pathname), invitations, unrecognised),
  badgeClicked: (profile) => void send({ type: 'badge-click', profile }),
});

async function onPage(): Promise<void> {
  const page = pageKindOf(location.pathname);
  if (readsInvitations(page)) {
    popupOnly ??= readPopupOnly();
    watcher.showBadges(!(await popupOnly));
    if (pageKindOf(location.pathname) !== page || !contextAlive()) return; // moved on, or gone, meanwhile
    watcher.start();
    // A reloaded or updated extension leaves this copy orphaned; notice it within a second and take
    // our badges away. Only while on an invitations page: elsewhere we have nothing on the page.
    livenessTimer ??= setInterval(() => {
      if (!contextAlive()) shutDown();
    }, 1000);
    return;
  }
  watcher.stop();
  if (livenessTimer !== undefined) clearInterval(livenessTimer);
  livenessTimer = undefined;
  // Tell the background once that this tab no longer shows invitations (or shows the Sent page),
  // so the popup does not describe a page the user has left. Other pages cost nothing.
  if (listsSentInvitations(page) || (reportedPage !== null && reportedPage !== page)) void report(page, []);
}

/**
 * The anonymised snapshot a user can attach to a bug report when we recognised nothing: built only
 * on request from the popup, never sent anywhere by us (the user copies it).
 */
function pageReportText(): { text: string; truncated: boolean } {
  const page = pageKindOf(location.pathname);
  const area = invitationsArea(document, page);
  const snapshot = area ? pageReport(area) : { text: '', truncated: false };
  const header = [
    'Know & Trust page report',
    `version: ${browser.runtime.getManifest().version}`,
    `page: ${page}`,
    `lang: ${document.documentElement.lang || '(none)'}`,
    `area: ${area ? area.tagName.toLowerCase() : '(none found)'}`,
    '',
  ].join('\n');
  return { text: header + snapshot.text, truncated: snapshot.truncated };
}

/** What the background tells us (core/protocol.ts, FROM_BACKGROUND); only a page report has a reply. */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<ReplyTo<FromBackground, 'page-report-request'>> | undefined {
  // Only our own background may talk to us; it has no tab.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const parsed = parseOrNull(BackgroundMessageSchema, message);
  if (parsed?.type === 'page-report-request') return Promise.resolve(pageReportText());
  if (parsed?.type === 'verdicts') watcher.applyVerdicts(parsed);
  if (parsed?.type === 'mode') {
    popupOnly = Promise.resolve(parsed.popupOnly);
    watcher.showBadges(!parsed.popupOnly);
  }
  return undefined;
}

/** Stops everything quietly: no badge left behind, no listener, no timer, nothing in the console. */
function shutDown(): void {
  watcher.stop();
  stopNavigation();
  if (livenessTimer !== undefined) clearInterval(livenessTimer);
  livenessTimer = undefined;
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // The context is gone already; nothing left to remove.
  }
}

browser.runtime.onMessage.addListener(onMessage);
stopNavigation = watchNavigation(() => void onPage());
void onPage();
