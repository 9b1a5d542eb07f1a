import browser from 'webextension-polyfill';
import { nextQuestion } from '../core/advice';
import { effectiveAnswers, viewOf, type InviterView, type TabView } from '../core/inviter-view';
import { REASK_INSIDER, type BadgeNext } from '../core/next-reason';
import { pendingList } from '../core/pending';
import {
  PageReportSchema,
  dispatch,
  type FromBackground,
  type FromContentScript,
  type FromExtensionPage,
  type Handlers,
  type MessageType,
  type Received,
  type ReplyTo,
  type Sent,
  type ToExtensionPages,
} from '../core/protocol';
import { isUsersOwn } from '../core/retention';
import { InvitationSchema, parseOrNull } from '../core/schema';
import { isBadgePath } from '../core/text';
import type { CardReading, InviterRecord, Invitation, Settings, Verdict } from '../core/types';
import { pageKindOf, showsInviterProfile } from '../linkedin/pages';
import * as backup from './backup-store';
import { readCards, type CardReadings } from './card-reader';
import * as store from './store';

// What the background does for each message (core/protocol.ts declares them). Every handler reads
// what it needs from storage and keeps nothing in memory: the worker may be stopped between any
// two calls.

/** The icon's teal, dark enough for white digits (contrast 5.6:1). */
const BADGE_COLOR = '#0b6e6e';

/** Each inviter's verdict, and the next question for those with no suggestion yet. */
function adviceOf(
  invitations: Invitation[],
  records: Map<string, InviterRecord>,
  settings: Settings,
): ReplyTo<FromContentScript, 'tab-report'> {
  // Keyed by slug without a prototype: `__proto__`, `constructor` and `prototype` are people too.
  const verdicts = Object.create(null) as Record<string, Verdict>;
  const next = Object.create(null) as Record<string, BadgeNext>;
  for (const invitation of invitations) {
    const view = viewOf(invitation, records.get(invitation.profile) ?? null, settings.companies);
    verdicts[invitation.profile] = view.advice.verdict;
    // Asked again because the headline now names the user's company: the badge says so (core/history.ts).
    const question = view.reask ? REASK_INSIDER : nextQuestion(effectiveAnswers(view.answers, view.suggestedInsider));
    if (question) next[invitation.profile] = question;
  }
  return { verdicts, next };
}

/**
 * Merges one chunk of a tab's report into what the tab shows, notes its inviters as seen, and
 * answers with their advice: a tab-report as it came, or a tab-cards once its cards are read.
 */
async function takeTabReport(report: store.TabReportChunk, tabId: number, now: number): Promise<ReplyTo<FromContentScript, 'tab-report'>> {
  const contents = await store.mergeTabReport(tabId, report);
  // A badge clicked earlier is about a card this tab no longer shows: the next popup should not open on it.
  const selected = await store.getSelected(tabId);
  if (selected !== null && !contents.invitations.some((i) => i.profile === selected)) await store.clearSelected(tabId);
  const settings = await store.getSettings();
  const { records: seen, added, reasked } = await store.noteInvitationsSeen(report.invitations, now, settings.companies);
  // New strangers on the page: the retention rule keeps their number bounded (core/retention.ts).
  if (added > 0) await store.applyRetention(now);
  // Asked again (their headline now names the user's company): other tabs' badges and open pages follow.
  if (reasked.length > 0) await afterSave(reasked, tabId);
  // The toolbar count covers the whole tab; the reply, the chunk's invitations only.
  const others = contents.invitations.filter((i) => !seen.has(i.profile)).map((i) => i.profile);
  const records = new Map([...(await store.getRecords(others)), ...seen]);
  await showUnansweredCount(tabId, adviceOf(contents.invitations, records, settings).verdicts);
  return adviceOf(report.invitations, records, settings);
}

/**
 * The cards' readings as a report and as the page's answer. What the readers found is page text:
 * each invitation is parsed with the schema, like a tab-report's, and a reading that does not
 * pass is no invitation. Two cards of one inviter (a re-render shows both for a moment) are one
 * invitation, the later card's.
 */
function readingsOf(readings: CardReadings): { invitations: Invitation[]; cards: (CardReading | null)[] } {
  const invitations = new Map<string, Invitation>();
  const cards = readings.map((reading): CardReading | null => {
    const invitation = reading ? parseOrNull(InvitationSchema, reading.invitation) : null;
    const controls = reading?.controls;
    if (!invitation || !isBadgePath(controls)) return null;
    invitations.delete(invitation.profile);
    invitations.set(invitation.profile, invitation);
    return { profile: invitation.profile, name: invitation.name, controls: [...controls] };
  });
  return { invitations: [...invitations.values()], cards };
}

const CONTENT_SCRIPT_HANDLERS: Handlers<FromContentScript, { tabId: number; now: number }> = {
  'tab-report': (message, { tabId, now }) => takeTabReport(message, tabId, now),
  'tab-cards': async ({ page, lang, cards: markup, removed, reset, unrecognised }, { tabId, now }) => {
    const { invitations, cards } = readingsOf(await readCards(markup, lang));
    const advice = await takeTabReport({ page, invitations, removed, reset, unrecognised }, tabId, now);
    return { ...advice, cards };
  },
  'badge-click': async (message, { tabId }) => {
    // Only a person this tab reported: a page cannot make the popup open on someone of its choosing.
    const contents = await store.getTabContents(tabId);
    if (!contents?.invitations.some((i) => i.profile === message.profile)) return { opened: false };
    await store.setSelected(tabId, message.profile);
    return { opened: await tryOpenPopup() };
  },
  'load-invitations': async (_message, { tabId }) => {
    const loaded = await injectInto(tabId, 'invitations.js', { popupOnly: (await store.getSettings()).popupOnly });
    // The mode again, as a message: where the page was replaced between the two injections, the
    // code runs without the mode (and draws nothing, to be safe in popup-only mode) until told it.
    if (loaded) await tellTab(tabId, { type: 'mode', popupOnly: (await store.getSettings()).popupOnly });
    return { loaded };
  },
};

/**
 * Adds one of the extension's own scripts to the top frame of a LinkedIn tab (the `scripting`
 * permission, on the tabs the host permission already covers: nothing else can be reached). The
 * invitation-page code and the page report are only loaded where and when they are needed, so
 * every other LinkedIn page carries the small loader alone. Nothing is web-accessible.
 */
async function injectInto(tabId: number, file: 'invitations.js' | 'page-report.js', mode?: { popupOnly: boolean }): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  try {
    // The mode first, into the same isolated world (content/world.ts): the invitation code cannot
    // read storage (areas.ts) and must know it before its first badge. Nothing the page can read.
    if (mode) await browser.scripting.executeScript({ target, func: handOverMode, args: [mode.popupOnly] });
    await browser.scripting.executeScript({ target, files: [file] });
    return true;
  } catch {
    // The tab closed or left LinkedIn meanwhile: nothing to add it to.
    return false;
  }
}

/** Runs in the tab's isolated world (serialised by executeScript: it must use nothing from outside). */
function handOverMode(popupOnly: boolean): void {
  (globalThis as { knowTrustPopupOnly?: boolean }).knowTrustPopupOnly = popupOnly;
}

/** A message from the content script of tab `tabId` (the browser's word for it, not the message's). */
export function handleContentMessage<T extends MessageType<FromContentScript>>(
  message: Received<FromContentScript, T>,
  tabId: number,
  now: number,
) {
  return dispatch(CONTENT_SCRIPT_HANDLERS, message, { tabId, now });
}

/**
 * Chrome (127+) lets an extension open its popup after a click on the page; Firefox only from
 * its own user-action handlers, so there it fails and the user clicks the toolbar button, where
 * the popup opens on the inviter whose badge was clicked.
 */
async function tryOpenPopup(): Promise<boolean> {
  const action = browser.action as typeof browser.action & { openPopup?: () => Promise<void> };
  if (typeof action.openPopup !== 'function') return false;
  try {
    await action.openPopup();
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a tab that never reported shows a member's profile. On a profile with no pending
 * invitation the loader reads nothing and sends nothing (content/loader.ts): the popup still says
 * "this profile shows no pending invitation" rather than "not an invitations page". The address
 * is readable only for LinkedIn's tabs (the host permission); any other tab, or a closed one, is no.
 */
async function unreportedProfile(tabId: number): Promise<boolean> {
  try {
    const { url } = await browser.tabs.get(tabId);
    const address = url ? new URL(url) : null;
    return address?.hostname === 'www.linkedin.com' && showsInviterProfile(pageKindOf(address.pathname));
  } catch {
    return false;
  }
}

async function tabView(tabId: number): Promise<TabView> {
  const [contents, settings, selected] = await Promise.all([store.getTabContents(tabId), store.getSettings(), store.getSelected(tabId)]);
  // The badge click is an instruction for the next popup only: consume it.
  if (selected !== null) await store.clearSelected(tabId);
  if (!contents) return { page: (await unreportedProfile(tabId)) ? 'profile' : 'other', inviters: [], selected: null, unrecognised: false };
  const records = await store.getRecords(contents.invitations.map((i) => i.profile));
  const inviters = contents.invitations.map((invitation) =>
    viewOf(invitation, records.get(invitation.profile) ?? null, settings.companies),
  );
  return { page: contents.page, inviters, selected, unrecognised: contents.unrecognised };
}

/** Inviters the user answered or wrote about, matching the query. Merely seen ones stay on LinkedIn's page. */
function matches(record: InviterRecord, query: string): boolean {
  if (!isUsersOwn(record)) return false;
  if (!query) return true;
  const haystack = `${record.name}\n${record.headline}\n${record.profile}\n${record.note}`.toLocaleLowerCase();
  return haystack.includes(query.toLocaleLowerCase());
}

/**
 * Sends a message to the content script of a tab. Its reply is not typed here: a content script
 * runs beside LinkedIn's page, so whoever expects a reply parses it. A tab that closed or left
 * LinkedIn does not answer: null.
 */
function tellTab<T extends MessageType<FromBackground>>(tabId: number, message: Sent<FromBackground, T>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message).catch(() => null);
}

/**
 * An anonymised snapshot of the tab's invitations area, for a bug report: page-report.js is added
 * to the tab (it only defines `knowTrustPageReport` in the extension's isolated world), then
 * called. Its answer is validated like any message from a LinkedIn tab; none (not a LinkedIn tab,
 * closed meanwhile) becomes an error the popup shows.
 */
async function pageReportOf(tabId: number): Promise<ReplyTo<FromExtensionPage, 'get-page-report'>> {
  if (!(await injectInto(tabId, 'page-report.js'))) return { error: 'no-report' };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => (globalThis as { knowTrustPageReport?: () => unknown }).knowTrustPageReport?.(),
    });
    return parseOrNull(PageReportSchema, result?.result) ?? { error: 'no-report' };
  } catch {
    return { error: 'no-report' };
  }
}

/** After an import or a delete-all, every badge, every open page and the popup-only mode may have changed. */
async function afterWholesaleChange(): Promise<void> {
  const settings = await store.getSettings();
  await tellEveryTab({ type: 'mode', popupOnly: settings.popupOnly });
  await pushVerdicts('all');
  await tellExtensionPages({ type: 'store-changed', profiles: 'all' });
}

/**
 * Tells every open extension page (popup, options) that what the user keeps changed, so that none
 * goes on showing, or saving from, a stale copy. runtime.sendMessage reaches the extension's pages
 * only, never a content script; with no page open it fails, and nobody needed telling.
 */
async function tellExtensionPages<T extends MessageType<ToExtensionPages>>(message: Sent<ToExtensionPages, T>): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Tells every tab with a LinkedIn page. */
async function tellEveryTab<T extends MessageType<FromBackground>>(message: Sent<FromBackground, T>): Promise<void> {
  for (const tabId of (await store.allTabContents()).keys()) await tellTab(tabId, message);
}

/** Sends fresh verdicts to every tab showing these inviters, so badges change without a reload. */
async function pushVerdicts(profiles: string[] | 'all', except?: number): Promise<void> {
  const settings = await store.getSettings();
  const tabs = await store.allTabContents();
  for (const [tabId, contents] of tabs) {
    if (tabId === except) continue;
    if (!contents.invitations.some((i) => profiles === 'all' || profiles.includes(i.profile))) continue;
    // All of the tab's verdicts, not only the changed ones: the toolbar count covers the whole tab.
    const records = await store.getRecords(contents.invitations.map((i) => i.profile));
    const { verdicts, next } = adviceOf(contents.invitations, records, settings);
    await showUnansweredCount(tabId, verdicts);
    // The tab may have closed or navigated away from LinkedIn: nobody to tell, nothing to do.
    await tellTab(tabId, { type: 'verdicts', verdicts, next });
  }
}

/**
 * The toolbar button of a tab counts its invitations that still wait for answers (no suggestion
 * yet), so the user sees from any tab's toolbar what is left to think about there.
 */
async function showUnansweredCount(tabId: number, verdicts: Record<string, Verdict>): Promise<void> {
  const unanswered = Object.values(verdicts).filter((v) => v === 'undecided').length;
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: unanswered > 0 ? String(unanswered) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      browser.action.setTitle({
        tabId,
        title:
          unanswered > 0 ? browser.i18n.getMessage('actionTitleUnanswered', String(unanswered)) : browser.i18n.getMessage('actionTitle'),
      }),
    ]);
  } catch {
    // The tab closed meanwhile: its button is gone with it.
  }
}

/** After a save: the badges of tabs showing these inviters (but `except`, which is answered anyway), and every open page, follow. */
async function afterSave(profiles: string[], except?: number): Promise<void> {
  await pushVerdicts(profiles, except);
  await tellExtensionPages({ type: 'store-changed', profiles });
}

const EXTENSION_PAGE_HANDLERS: Handlers<FromExtensionPage, { now: number }> = {
  'get-tab-view': (message) => tabView(message.tabId),
  'get-inviter': async (message) => {
    const [record, settings] = await Promise.all([store.getRecord(message.profile), store.getSettings()]);
    return viewOf(null, record, settings.companies);
  },
  'change-inviter': async (message, { now }) => {
    const seenAs = await store.invitationOnAnyTab(message.profile);
    const settings = await store.getSettings();
    const { record, conflicts, stale } = await store.saveChanges(message.profile, message, seenAs, now, settings.companies);
    await afterSave([message.profile]);
    return { view: viewOf(seenAs, record, settings.companies), conflicts, stale };
  },
  'search-inviters': async (message) => {
    const [records, settings] = await Promise.all([store.allRecords(), store.getSettings()]);
    const found = records
      .filter((record) => matches(record, message.query))
      .sort((a, b) => b.updatedAt - a.updatedAt || b.lastSeen - a.lastSeen || a.name.localeCompare(b.name));
    return {
      total: found.length,
      inviters: found.slice(0, message.limit).map((record) => viewOf(null, record, settings.companies)),
    };
  },
  'pending-inviters': async (_message, { now }) => {
    // What the rule would evict goes first: the dates shown are those the rule keeps (core/retention.ts).
    await store.applyRetention(now);
    const [records, settings] = await Promise.all([store.allRecords(), store.getSettings()]);
    const views = records.map((record) => viewOf(null, record, settings.companies));
    return pendingList(views.map((view) => ({ ...view, verdict: view.advice.verdict }))).map(
      ({ verdict: _v, ...view }): InviterView => view,
    );
  },
  'dismiss-inviter': async (message, { now }) => {
    const record = await store.setDismissed(message.profile, message.dismissed, now);
    if (record === null) return null;
    await tellExtensionPages({ type: 'store-changed', profiles: [message.profile] });
    return viewOf(null, record, (await store.getSettings()).companies);
  },
  'get-settings': () => store.getSettings(),
  'get-page-report': (message) => pageReportOf(message.tabId),
  'export-data': (_message, { now }) => backup.exportData(new Date(now)),
  'import-data': async (message) => {
    const outcome = await backup.importData(message.text, message.mode);
    if (outcome.ok) await afterWholesaleChange();
    return outcome;
  },
  'delete-all': async () => {
    await backup.deleteAll();
    await afterWholesaleChange();
    return { ok: true };
  },
  'storage-use': async (_message, { now }) => {
    // The figure the options page shows is true today: whoever is past the rule goes first.
    await store.applyRetention(now);
    return backup.storageUse();
  },
  'save-settings': async (message, { now }) => {
    const change: Partial<Settings> = {};
    if (message.settings.companies !== undefined) change.companies = message.settings.companies;
    if (message.settings.popupOnly !== undefined) change.popupOnly = message.settings.popupOnly;
    const settings = await store.changeSettings(change);
    if (change.companies !== undefined) {
      // A company added may make people answered "not at my company" insiders: asked again.
      const reasked = await store.reaskForCompanies(settings.companies, now);
      // The companies decide the pre-filled insider answer, so any verdict may have changed.
      await pushVerdicts('all');
      if (reasked.length > 0) await tellExtensionPages({ type: 'store-changed', profiles: reasked });
    }
    if (change.popupOnly !== undefined) await tellEveryTab({ type: 'mode', popupOnly: settings.popupOnly });
    return settings;
  },
};

/** A message from one of the extension's own pages. */
export function handlePageMessage<T extends MessageType<FromExtensionPage>>(message: Received<FromExtensionPage, T>, now: number) {
  return dispatch(EXTENSION_PAGE_HANDLERS, message, { now });
}
