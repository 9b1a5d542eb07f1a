import browser from 'webextension-polyfill';
import type { InviterView, TabView } from '../core/inviter-view';
import { LIMITS } from '../core/text';
import { listsSentInvitations, readsInvitations, showsInviterProfile } from '../linkedin/pages';
import { api } from '../ui/api';
import { errorText, PageError } from '../ui/errors';
import { count, localizePage, t, tPlural } from '../ui/i18n';
import { pendingListIn } from '../ui/pending-list';
import { onStoreChanged } from '../ui/store-changes';
import { renderInviterList } from './inviter-list';
import { adopt, afterSave, changeFrom, type StoredCopy } from './inviter-draft';
import { renderQuestionnaire, type Questionnaire } from './questionnaire';

// The toolbar popup. On a LinkedIn invitations tab: the inviters on that tab; elsewhere: the
// inviters the user answered or wrote a note about, with a search box. Choosing one opens its questions.
// `popup.html?tab=<id>` describes that tab instead of the active one (tests, and opening in a tab).

const SEARCH_LIMIT = 50;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const status = $<HTMLParagraphElement>('status');
const listView = $<HTMLElement>('list-view');
const detail = $<HTMLElement>('inviter-detail');
const list = $<HTMLUListElement>('inviter-list');
const search = $<HTMLInputElement>('search');

function showStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function describedTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** How long to wait before trying a failed save again, each time: then the popup says it is not saved. */
const RETRY_DELAYS_MS = [300, 1200];
const saveAgain = $<HTMLButtonElement>('save-again');

/**
 * The inviter open in the form: what the popup last knew to be stored, and the form itself. Saves
 * run one after another, each sending what differs between the form and the stored copy at the
 * moment it runs (popup/inviter-draft.ts), so the last change the user made is the one stored and
 * nothing the user did not change is written.
 */
interface OpenInviter {
  profile: string;
  stored: StoredCopy;
  form: Questionnaire;
  /** The last save failed after its retries: what the form holds is not stored. */
  unsaved: boolean;
  /** The view the form was drawn from: redrawn from it when the insider questions are asked again. */
  view: InviterView;
}
let open: OpenInviter | null = null;
let saving: Promise<unknown> = Promise.resolve();
/**
 * Saves queued or under way. The status is busy until the last lands and only then says "Saved",
 * unless what one of them said must stand: a conflict, or a failure no later save made good.
 */
let pendingSaves = 0;
let standing: 'conflict' | 'failed' | null = null;

const copyOf = (view: Pick<InviterView, 'answers' | 'note' | 'updatedAt'>): StoredCopy => ({
  answers: view.answers,
  note: view.note,
  revision: view.updatedAt,
});

/** Takes in what is stored now; says so when the form changed under the user's eyes. */
function adoptStored(inviter: OpenInviter, next: StoredCopy, quiet = false): boolean {
  const outcome = adopt(inviter.form.current(), inviter.stored, next);
  inviter.stored = next;
  if (outcome.changed) inviter.form.show(outcome.form);
  if (outcome.conflict) showStatus(t('popupConflict'), true);
  else if (outcome.changed && !quiet) showStatus(t('popupRefreshed'));
  return outcome.conflict;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function saveNow(inviter: OpenInviter): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const sent = inviter.form.current();
    const change = changeFrom(sent, inviter.stored);
    if (change === null) {
      inviter.unsaved = false;
      return;
    }
    try {
      const reply = await api.changeInviter({ profile: inviter.profile, ...change });
      if (open !== inviter) return;
      inviter.unsaved = false;
      saveAgain.hidden = true;
      // What the user did since this save read the form is newer than its reply (inviter-draft.ts).
      inviter.stored = afterSave(sent, inviter.stored);
      const conflict = adoptStored(inviter, copyOf(reply.view), true);
      if (!conflict && reply.conflicts.length > 0) showStatus(t('popupConflict'), true);
      if (conflict || reply.conflicts.length > 0) standing = 'conflict';
      else if (standing === 'failed') standing = null;
      return;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || open !== inviter) {
        // Said plainly, and the form keeps what the user chose: they must not believe it saved.
        inviter.unsaved = true;
        standing = 'failed';
        showStatus(errorText(error, 'save-answers'), true);
        saveAgain.hidden = false;
        return;
      }
      showStatus(t('popupRetrying'));
      await wait(delay);
    }
  }
}

function save(inviter: OpenInviter): void {
  showStatus(t('popupSaving'));
  pendingSaves += 1;
  status.setAttribute('aria-busy', 'true');
  saving = saving
    .then(() => saveNow(inviter))
    .finally(() => {
      pendingSaves -= 1;
      if (pendingSaves > 0) return;
      status.removeAttribute('aria-busy');
      if (standing === null) showStatus(t('popupSaved'));
      standing = null;
    });
}

saveAgain.addEventListener('click', () => {
  if (open) save(open);
});

/**
 * What is stored changed (another popup, the options page's import or delete-all): the open
 * inviter and the list follow, once the saves under way have landed.
 */
function onStored(profiles: string[] | 'all'): void {
  saving = saving.then(async () => {
    const inviter = open;
    if (inviter && (profiles === 'all' || profiles.includes(inviter.profile))) {
      // Asked again meanwhile (a company added, from this popup's prompt or the options): the form
      // is drawn afresh, with why and both headlines (issue 14); the page's facts stay as shown.
      const view = await api.inviter(inviter.profile).catch(() => null);
      if (view && open === inviter && (view.reask !== null) !== (inviter.view.reask !== null)) {
        const { answers, note, updatedAt, history, reask, advice } = view;
        openInviter({ ...inviter.view, answers, note, updatedAt, history, reask, advice });
        return;
      }
      const fresh = await storedCopyOf(inviter.profile);
      if (fresh && open === inviter) adoptStored(inviter, fresh);
    }
    if (!listView.hidden) await Promise.all([redrawList(), drawPending()]);
  });
}

/**
 * Invitations waiting for a decision (issue 14): on every page, below the list. A person dismissed
 * here stays drawn, with Undo, while the popup is open (ui/pending-list.ts).
 */
const pendingView = $<HTMLElement>('pending-view');
const pendingList = pendingListIn($<HTMLUListElement>('pending-list'), {
  dismiss: async (view, dismissed) => void (await api.dismiss(view.profile, dismissed)),
  open: (view) => void chooseStored(view),
  failed: (error) => showStatus(errorText(error, 'dismiss'), true),
});
/**
 * The popup shows the oldest few: a user who left thousands pending gets a popup that opens at
 * once (drawing 5,000 rows held its first list back by half a second), and the options list all.
 */
const PENDING_IN_POPUP = 10;
async function drawPending(): Promise<void> {
  try {
    const people = await api.pending();
    const more = pendingList.draw(people, Date.now(), PENDING_IN_POPUP);
    const moreLine = $<HTMLElement>('pending-more');
    moreLine.textContent = more > 0 ? t('pendingMore', new Intl.NumberFormat().format(more)) : '';
    moreLine.hidden = more === 0;
    pendingView.hidden = $<HTMLUListElement>('pending-list').childElementCount === 0;
  } catch (error) {
    showStatus(errorText(error, 'read-pending'), true);
  }
}

/** The inviter's answers and note as stored now: none when nothing is (deleted meanwhile); null when unknown. */
async function storedCopyOf(profile: string): Promise<StoredCopy | null> {
  try {
    return copyOf(await api.inviter(profile));
  } catch (error) {
    if (error instanceof PageError && error.key === 'errorPersonGone') return { answers: {}, note: '', revision: 0 };
    return null;
  }
}

/** One more of the user's companies, from the popup; the options page holds the whole list. */
async function addCompany(name: string): Promise<string[]> {
  const { companies } = await api.settings();
  if (companies.some((c) => c.toLocaleLowerCase() === name.toLocaleLowerCase())) return companies;
  if (companies.length >= LIMITS.companies) throw new PageError('optionsTooMany', [String(LIMITS.companies)]);
  return (await api.saveSettings({ companies: [...companies, name] })).companies;
}

/** Redraws the list the user returns to (the tab's inviters, or the search results). */
let redrawList: () => Promise<void> = async () => undefined;

/**
 * Draws the list of inviters. A redraw (a store change, the return from an inviter) replaces its
 * elements: focus stays on the same person rather than being lost with the old element.
 */
function drawList(inviters: InviterView[], choose: (view: InviterView) => void): void {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLElement && list.contains(active) ? active.closest('[data-profile]')?.getAttribute('data-profile') : null;
  renderInviterList(list, inviters, choose);
  if (focused) list.querySelector<HTMLElement>(`[data-profile="${CSS.escape(focused)}"]`)?.focus();
}

function openInviter(view: InviterView): void {
  const returnFocus = view.profile;
  listView.hidden = true;
  detail.hidden = false;
  saveAgain.hidden = true;
  showStatus('');
  const inviter: OpenInviter = {
    profile: view.profile,
    stored: copyOf(view),
    form: null as unknown as Questionnaire,
    unsaved: false,
    view,
  };
  open = inviter;
  inviter.form = renderQuestionnaire(detail, view, {
    save: () => save(inviter),
    addCompany,
    back: async () => {
      // Redraw from storage once the last save has landed, so the list (and the inviter opened
      // from it next) shows what was just written; then give focus back to the same person.
      await saving;
      // A save that failed: the form stays, with what is not stored, and says so.
      if (inviter.unsaved) {
        saveAgain.focus();
        return;
      }
      open = null;
      detail.hidden = true;
      detail.replaceChildren();
      listView.hidden = false;
      await Promise.all([redrawList(), drawPending()]);
      list.querySelector<HTMLElement>(`[data-profile="${CSS.escape(returnFocus)}"]`)?.focus();
    },
  });
}

async function chooseStored(view: InviterView): Promise<void> {
  try {
    openInviter(await api.inviter(view.profile));
  } catch (error) {
    showStatus(errorText(error, 'open-person'), true);
  }
}

function showTab(view: TabView): void {
  const heading = $<HTMLHeadingElement>('list-heading');
  heading.textContent = t('popupTabInviters');
  heading.hidden = false;
  drawList(view.inviters, openInviter);
  redrawList = refreshTab;
}

async function runSearch(): Promise<void> {
  try {
    const { total, inviters } = await api.search(search.value, SEARCH_LIMIT);
    drawList(inviters, (v) => void chooseStored(v));
    const note = $<HTMLParagraphElement>('list-note');
    if (total === 0) note.textContent = search.value.trim() ? t('popupNoMatch', search.value.trim()) : t('popupNoStored');
    else note.textContent = total > inviters.length ? tPlural('popupMoreResults', total, [count(inviters.length), count(total)]) : '';
  } catch (error) {
    showStatus(errorText(error, 'search'), true);
  }
}

function showStored(): void {
  $<HTMLHeadingElement>('list-heading').textContent = t('popupAnsweredPeople');
  $<HTMLHeadingElement>('list-heading').hidden = false;
  $<HTMLElement>('search-box').hidden = false;
  redrawList = runSearch;
  void runSearch();
}

/**
 * LinkedIn shows invitations we did not recognise: say so, and let the user copy an anonymised
 * report of the page for a bug report. Shown in a text field too, so they see exactly what they
 * would share, and can copy it by hand where the clipboard is refused.
 */
function offerPageReport(tab: number): void {
  $<HTMLElement>('layout-unrecognised').hidden = false;
  const button = $<HTMLButtonElement>('copy-report');
  const text = $<HTMLTextAreaElement>('report-text');
  button.addEventListener('click', async () => {
    button.disabled = true;
    showStatus(t('popupReportMaking'));
    try {
      const report = await api.pageReport(tab);
      if ('error' in report) throw new PageError('errorPageReportUnavailable');
      text.value = report.text;
      text.hidden = false;
      $<HTMLElement>('report-label').hidden = false;
      try {
        await navigator.clipboard.writeText(report.text);
        showStatus(t(report.truncated ? 'popupReportCopiedTruncated' : 'popupReportCopied'));
      } catch {
        text.select();
        showStatus(t('popupReportCopyByHand'));
      }
    } catch (error) {
      showStatus(errorText(error, 'page-report'), true);
    } finally {
      button.disabled = false;
    }
  });
}

let tabId: number | null = null;

async function refreshTab(): Promise<void> {
  if (tabId === null) return;
  try {
    drawList((await api.tabView(tabId)).inviters, openInviter);
  } catch (error) {
    showStatus(errorText(error, 'read-tab'), true);
  }
}

async function start(): Promise<void> {
  localizePage(document);
  showStatus(t('popupLoading'));
  $<HTMLButtonElement>('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  search.addEventListener('input', () => void runSearch());
  onStoreChanged(onStored);
  try {
    tabId = await describedTabId();
    const view: TabView = tabId === null ? { page: 'other', inviters: [], selected: null, unrecognised: false } : await api.tabView(tabId);
    showStatus('');
    void drawPending();
    // The inviter's own profile (issue 14): the popup opens on their questions at once.
    if (showsInviterProfile(view.page)) {
      const owner = view.inviters[0];
      if (owner) {
        showTab(view);
        openInviter(owner);
        return;
      }
      $<HTMLElement>('profile-no-invitation').hidden = false;
      showStored();
      return;
    }
    const onInvitationsPage = readsInvitations(view.page);
    if (onInvitationsPage && view.inviters.length > 0) {
      showTab(view);
      const selected = view.inviters.find((v) => v.profile === view.selected);
      if (selected) openInviter(selected);
      return;
    }
    if (onInvitationsPage && view.unrecognised && tabId !== null) {
      offerPageReport(tabId);
      return;
    }
    $<HTMLElement>(listsSentInvitations(view.page) ? 'sent-page' : onInvitationsPage ? 'no-invitations' : 'not-linkedin').hidden = false;
    showStored();
  } catch (error) {
    showStatus(errorText(error, 'read-tab'), true);
  }
}

void start();
