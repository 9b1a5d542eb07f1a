import { LIMITS } from '../core/text';
import type { BadgeNext } from '../core/next-reason';
import type { Invitation, TabAdvice, Verdict } from '../core/types';
import { cardAround, findInvitations, type FoundInvitation } from '../linkedin/invitations';
import { invitationCards } from '../linkedin/pages';
import { showsUnrecognisedInvitations } from '../linkedin/pending-signs';
import { PROFILE_ATTR, createBadge, isBadge, isOurBadge, updateBadge } from './badge';
import { plainInvitation } from './plain-invitation';

// Watches an invitations page while it is open: finds the pending person invitations, keeps exactly
// one badge in each card (LinkedIn's re-renders remove nodes they did not create), and tells the
// background what changed. The cost it is held to is that of the cheapest script doing the same
// job (bench/), so:
//   - Once an invitation list of any era is on the page (pages.ts, `list`), only that list is
//     observed, plus its ancestors' own children (to notice the list being replaced). A sidebar or
//     a chat updating beside it costs nothing: no callback runs. Until a list is found, the body
//     is watched, cheaply, and readable invitations outside any known list are still read there.
//   - A pass re-reads only what the page changed: the subtrees added to the list, and cards whose
//     inside changed. Each card is read once per change (linkedin/dom-text.ts, one walk).
//   - The first cards of a pass (the ones in view when a list appears) are read and badged in the
//     frame they appear in, whatever the list's size; the rest follow in idle time, in chunks, so
//     a list of thousands never holds a frame up for long.
//   - The background hears only what changed (protocol.ts, tab-report): the invitations new or
//     changed since the last report and the profiles gone, in chunks it accepts, so each batch of
//     a lazily loading list costs the same at 1,000 cards as at 10.

/** One chunk of the tab's report: core/protocol.ts, tab-report (the page kind is the caller's). */
export interface ReportChunk {
  invitations: Invitation[];
  removed: string[];
  reset: boolean;
  unrecognised: boolean;
}

export interface WatcherHooks {
  /** Sends one chunk; resolves to the verdicts of its invitations, or null when it went unanswered. */
  report(chunk: ReportChunk): Promise<TabAdvice | null>;
  badgeClicked(profile: string): void;
}

/** Cards, links and buttons: an added subtree without any of these holds no invitation. */
const MAY_HOLD_INVITATIONS = 'button, a';

/** Subtrees read in the frame a pass runs in: the cards in view, with room to spare. */
const READ_NOW = 20;
/**
 * The time one idle slice may read for, in ms: what the browser says is left of its idle period,
 * but never less than SLICE_MS (a busy page may never offer an idle period, or only the
 * timeout's), so that a long list gets through in a few slices, and never more than
 * SLICE_MAX_MS, so that a slice never becomes a long task that input would wait behind.
 */
const SLICE_MS = 8;
const SLICE_MAX_MS = 12;

type IdleHandle = { cancel(): void };

/** Runs `task` when the page is idle (requestIdleCallback where there is one, else a timeout). */
function whenIdle(task: (hasTime: () => boolean) => void): IdleHandle {
  const sliceUntil = (left: number) => {
    const end = performance.now() + Math.min(Math.max(left, SLICE_MS), SLICE_MAX_MS);
    return () => performance.now() < end;
  };
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (idle) {
    const id = idle((deadline) => task(sliceUntil(deadline.timeRemaining())), { timeout: 50 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(() => task(sliceUntil(0)), 0);
  return { cancel: () => clearTimeout(id) };
}

/** The elements matching `selector` that no other match holds: the lists to observe. */
function outermost(elements: Iterable<Element>): Element[] {
  const all = [...elements];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

export class InvitationWatcher {
  private running = false;
  /** The invitation lists observed (empty while none is found: then the body is watched). */
  private lists: Element[] = [];
  private listObserver: MutationObserver | null = null;
  /** The lists' ancestors, children only: tells when a list is taken away or a new one arrives. */
  private frameObserver: MutationObserver | null = null;
  /** The body, until a list is found. */
  private searchObserver: MutationObserver | null = null;
  private frame = 0;
  private idle: IdleHandle | null = null;
  /** Subtrees still to read, in page order, in idle time (see read() for `whole`). */
  private backlog: { root: Element; whole: boolean }[] = [];
  /** Cards read in idle slices since their last report: reported (and badged) together. */
  private readIdle = new Set<Element>();

  private readonly verdicts = new Map<string, Verdict>();
  private readonly next = new Map<string, BadgeNext>();
  /** False in popup-only mode: invitations are still read and reported, but nothing is drawn. */
  private badgesShown = true;
  /** The pending invitations on the page, by card. */
  private readonly known = new Map<Element, FoundInvitation>();
  /** The cards of each inviter (a re-render briefly shows two). */
  private readonly cardsOf = new Map<string, Set<Element>>();
  /** Our badge in each card, and back. */
  private readonly badges = new Map<Element, HTMLElement>();
  private readonly cardOfBadge = new WeakMap<HTMLElement, Element>();

  /** What changed since the last pass: subtrees to read, and whether anything was removed. */
  private readonly dirty = new Set<Element>();
  private removals = false;
  private everything = true;

  /** What the background was told the tab shows: each profile's invitation, as JSON. */
  private readonly reported = new Map<string, string>();
  /** Profiles whose cards changed since the last report. */
  private readonly touched = new Set<string>();
  private reportedUnrecognised: boolean | null = null;
  /** The next report starts the tab's list afresh. */
  private resetNext = true;
  private sending: Promise<unknown> = Promise.resolve();

  constructor(private readonly hooks: WatcherHooks) {}

  /** Starts watching; on a second call (an in-app move between our pages) re-reads and re-reports. */
  start(): void {
    this.running = true;
    this.everything = true;
    this.scan();
  }

  stop(): void {
    this.running = false;
    this.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.idle?.cancel();
    this.idle = null;
    this.backlog = [];
    this.known.clear();
    this.cardsOf.clear();
    this.dirty.clear();
    this.touched.clear();
    this.reported.clear();
    this.reportedUnrecognised = null;
    this.resetNext = true;
    this.removeAllBadges();
  }

  /** Popup-only mode switched on or off: take every badge away, or draw them again. */
  showBadges(show: boolean): void {
    if (show === this.badgesShown) return;
    this.badgesShown = show;
    if (!show) this.removeAllBadges();
    else if (this.running) this.placeBadges(new Set(this.known.keys()));
  }

  /** New verdicts from the background (a reply, or answers changed in the popup): redraw the badges concerned. */
  applyVerdicts({ verdicts, next = {} }: TabAdvice): void {
    for (const [profile, verdict] of Object.entries(verdicts)) {
      this.verdicts.set(profile, verdict);
      const question = Object.hasOwn(next, profile) ? next[profile] : undefined;
      if (question) this.next.set(profile, question);
      else this.next.delete(profile);
      for (const card of this.cardsOf.get(profile) ?? []) {
        const host = this.badges.get(card);
        if (host) updateBadge(host, verdict, question ?? null);
      }
    }
  }

  private disconnect(): void {
    this.listObserver?.disconnect();
    this.frameObserver?.disconnect();
    this.searchObserver?.disconnect();
    this.listObserver = this.frameObserver = this.searchObserver = null;
    this.lists = [];
  }

  /** Observes the invitation lists on the page, or, while there is none, the body. */
  private watchLists(): void {
    this.disconnect();
    this.lists = outermost(document.querySelectorAll(invitationCards.list));
    if (this.lists.length === 0) {
      this.searchObserver = new MutationObserver((records) => this.noteSearching(records));
      this.searchObserver.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
      return;
    }
    this.listObserver = new MutationObserver((records) => this.noteInList(records));
    this.frameObserver = new MutationObserver((records) => this.noteAroundList(records));
    const ancestors = new Set<Node>();
    for (const list of this.lists) {
      this.listObserver.observe(list, { childList: true, subtree: true });
      for (let el = list.parentNode; el; el = el.parentNode) ancestors.add(el);
    }
    for (const node of ancestors) this.frameObserver.observe(node, { childList: true });
  }

  /** The list observer's callback: decide cheaply what the next pass must read. */
  private noteInList(records: MutationRecord[]): void {
    for (const record of records) {
      let news = false;
      // One look at each node: in a list, every element added (but our badges) may hold cards.
      for (const node of record.addedNodes) {
        if (isBadge(node)) continue;
        news = true;
        if (node.nodeType === 1 /* ELEMENT_NODE */) this.dirty.add(node as Element);
      }
      for (const node of record.removedNodes) {
        if (!isBadge(node)) {
          news = true;
          continue;
        }
        // Our own badges coming and going are not news, unless the page took away one we still
        // count on (a re-render): then its card is read again and gets its badge back.
        const card = this.cardOfBadge.get(node as HTMLElement);
        if (card && this.badges.get(card) === node) this.dirty.add(card);
      }
      if (!news) continue;
      if (record.removedNodes.length > 0) this.removals = true;
      // A change inside a card (a re-render in place, a control removed, our badge taken away)
      // makes the card worth reading again.
      const target = record.target;
      const card = target instanceof Element && !this.lists.includes(target) ? cardAround(target) : null;
      if (card) this.dirty.add(card);
    }
    if (this.dirty.size > 0 || (this.removals && this.known.size > 0)) this.schedule();
    else this.removals = false;
  }

  /** A list's ancestor changed its children: was a list taken away, or did a new one arrive? */
  private noteAroundList(records: MutationRecord[]): void {
    let relook = this.lists.some((list) => !list.isConnected);
    for (const record of records) {
      if (relook) break;
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches(invitationCards.list) || node.querySelector(invitationCards.list))) relook = true;
      }
    }
    if (!relook) return;
    this.everything = true;
    this.schedule();
  }

  /** No list yet: a list arriving starts list mode; readable invitations elsewhere are read as they come. */
  private noteSearching(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || isBadge(node)) continue;
        if (node.matches(invitationCards.list) || node.querySelector(invitationCards.list)) {
          this.everything = true;
          break;
        }
        if (node.matches(MAY_HOLD_INVITATIONS) || node.querySelector(MAY_HOLD_INVITATIONS)) this.dirty.add(node);
      }
      if (record.removedNodes.length > 0) {
        for (const node of record.removedNodes) {
          const card = this.cardOfBadge.get(node as HTMLElement);
          if (card && this.badges.get(card) === node) this.dirty.add(card);
        }
        this.removals = true;
      }
      const card = record.target instanceof Element ? cardAround(record.target) : null;
      if (card) this.dirty.add(card);
    }
    if (this.everything || this.dirty.size > 0 || (this.removals && this.known.size > 0)) this.schedule();
    else this.removals = false;
  }

  private schedule(): void {
    if (this.frame || !this.running) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.scan();
    });
  }

  private scan(): void {
    if (!this.running) return;
    const changed = new Set<Element>();
    const firstPass = this.everything;
    let roots: { root: Element; whole: boolean }[];
    if (this.everything) {
      // A first pass, a new page, a list replaced: find the lists again and read them whole.
      for (const card of this.known.keys()) changed.add(card);
      this.forgetCards([...this.known.keys()]);
      // The report that follows tells the whole list again, in the order it is read now.
      this.touched.clear();
      this.resetNext = true;
      this.backlog = [];
      this.readIdle = new Set();
      this.idle?.cancel();
      this.idle = null;
      this.watchLists();
      const units = this.lists.length > 0 ? this.lists.flatMap(readingUnits) : [document.documentElement];
      roots = units.map((root) => ({ root, whole: true }));
    } else {
      if (this.removals) {
        const gone = [...this.known.keys()].filter((card) => !card.isConnected);
        for (const card of gone) changed.add(card);
        this.forgetCards(gone);
      }
      roots = [...this.dirty].filter((root) => root.isConnected).map((root) => ({ root, whole: false }));
    }
    const lookedAtSomething = this.dirty.size > 0 || firstPass;
    this.everything = false;
    this.removals = false;
    this.dirty.clear();
    // The first subtrees now, the rest when the page is idle. The page's language asked once a pass,
    // not once a card (two DOM calls each in this world: issue 11).
    const lang = document.documentElement.lang;
    for (const { root, whole } of roots.slice(0, READ_NOW)) this.read(root, whole, changed, lang);
    const later = roots.slice(READ_NOW);
    if (later.length > 0) {
      this.backlog.push(...later);
      this.readLater();
    }
    this.finishPass(changed, firstPass, lookedAtSomething);
  }

  /**
   * Badges and a report for what a pass read. Cards read in idle time (out of view) get their
   * badges once the background's answer is in (`drawNow` false): each is then drawn once, with its
   * verdict, instead of drawn "undecided" and redrawn a moment later.
   */
  private finishPass(changed: Set<Element>, mustReport: boolean, lookedAtSomething: boolean, drawNow = true): void {
    const draw = () => {
      if (this.running && this.badgesShown && changed.size > 0) this.placeBadges(changed);
    };
    if (drawNow) draw();
    // While nothing is recognised, new controls may be invitations we cannot read: look again.
    // (Only then: the signs are a second look at the page, not needed otherwise.)
    let unrecognised = this.reportedUnrecognised ?? false;
    if (this.known.size > 0) unrecognised = false;
    else if (mustReport || lookedAtSomething) unrecognised = showsUnrecognisedInvitations(document);
    this.report(mustReport, unrecognised, drawNow ? undefined : draw);
  }

  private readLater(): void {
    if (this.idle) return;
    this.idle = whenIdle((hasTime) => {
      this.idle = null;
      if (!this.running) return;
      const changed = this.readIdle;
      const lang = document.documentElement.lang;
      // At least one subtree per slice, so that a page never idle still gets through the list.
      do {
        const next = this.backlog.shift();
        if (next?.root.isConnected) this.read(next.root, next.whole, changed, lang);
      } while (this.backlog.length > 0 && hasTime());
      if (this.backlog.length > 0) this.readLater();
      // One report for the whole backlog (or a full chunk), not one per slice: each report waits for
      // the one before, and the background's merge costs more the more the tab holds, so a report
      // per slice made the last badges of a long list wait for dozens of round trips.
      if (this.backlog.length > 0 && this.touched.size < LIMITS.invitationsPerReport) return;
      this.readIdle = new Set();
      this.finishPass(changed, false, false, false);
    });
  }

  /**
   * Reads the invitations under `root` into `known`, noting their cards as changed. A changed
   * subtree (`whole` false) inside a card stands for that card; a subtree of a list read whole
   * never does (a list may stand inside an element that looks like a card, a `<li>` of the page).
   */
  private read(root: Element, whole: boolean, changed: Set<Element>, lang: string): void {
    // A subtree put straight into a list is no part of a card unless it is one: no climb to the root.
    const inList = root.parentElement !== null && this.lists.includes(root.parentElement) && !root.matches(invitationCards.card);
    const card = whole || inList ? null : cardAround(root);
    if (card) {
      // Read the card alone: it may have stopped being a pending invitation (accepted).
      changed.add(card);
      this.forgetCards([card]);
    }
    for (const found of findInvitations(card ?? root, lang)) {
      const invitation = plainInvitation(found.invitation);
      if (!invitation) continue;
      if (this.known.has(found.card)) this.forgetCards([found.card]);
      this.known.set(found.card, { ...found, invitation });
      let cards = this.cardsOf.get(invitation.profile);
      if (!cards) this.cardsOf.set(invitation.profile, (cards = new Set()));
      cards.add(found.card);
      this.touched.add(invitation.profile);
      changed.add(found.card);
    }
  }

  private forgetCards(cards: Element[]): void {
    for (const card of cards) {
      const found = this.known.get(card);
      if (!found) continue;
      this.known.delete(card);
      const { profile } = found.invitation;
      const set = this.cardsOf.get(profile);
      set?.delete(card);
      if (set?.size === 0) this.cardsOf.delete(profile);
      this.touched.add(profile);
    }
  }

  /** Tells the background what changed since the last report, in chunks it accepts; then `answered`. */
  private report(mustReport: boolean, unrecognised: boolean, answered?: () => void): void {
    const reset = this.resetNext;
    if (reset) this.reported.clear();
    const invitations: Invitation[] = [];
    const removed: string[] = [];
    for (const profile of this.touched) {
      const [card] = this.cardsOf.get(profile) ?? [];
      const now = card ? this.known.get(card)?.invitation : undefined;
      const key = now ? JSON.stringify(now) : null;
      if (key === (this.reported.get(profile) ?? null)) continue;
      if (now && key) {
        invitations.push(now);
        this.reported.set(profile, key);
      } else {
        removed.push(profile);
        this.reported.delete(profile);
      }
    }
    this.touched.clear();
    if (!mustReport && !reset && invitations.length === 0 && removed.length === 0 && unrecognised === this.reportedUnrecognised) {
      answered?.();
      return;
    }
    this.resetNext = false;
    this.reportedUnrecognised = unrecognised;
    const size = LIMITS.invitationsPerReport;
    const chunks = Math.max(1, Math.ceil(invitations.length / size), Math.ceil(removed.length / size));
    for (let i = 0; i < chunks; i++) {
      this.send({
        invitations: invitations.slice(i * size, (i + 1) * size),
        removed: removed.slice(i * size, (i + 1) * size),
        reset: reset && i === 0,
        unrecognised,
      });
    }
    if (answered) this.sending = this.sending.then(answered);
  }

  /** One chunk after the other, each after the previous one's answer: the background merges them in order. */
  private send(chunk: ReportChunk): void {
    this.sending = this.sending.then(async () => {
      if (!this.running) return;
      const advice = await this.hooks.report(chunk);
      if (!this.running) return;
      if (advice) this.applyVerdicts(advice);
      // Unanswered: the background may have missed it. The next report tells the whole list again.
      else this.markUnsent();
    });
    // The chain must never stop: a report that threw counts as unanswered.
    this.sending = this.sending.catch(() => this.markUnsent());
  }

  private markUnsent(): void {
    this.resetNext = true;
    for (const profile of this.cardsOf.keys()) this.touched.add(profile);
  }

  /**
   * Runs `work`, which adds or removes our badges, without our observers hearing of it: what the
   * page changed before is handed to them first, and the records of our own changes are dropped
   * (no page script runs between the two: everything here is synchronous). Each badge's record
   * cost a callback look at it, and in the body-wide search a climb to its card and a re-read.
   */
  private unobserved(work: () => void): void {
    const pending = this.listObserver?.takeRecords() ?? [];
    if (pending.length > 0) this.noteInList(pending);
    const searching = this.searchObserver?.takeRecords() ?? [];
    if (searching.length > 0) this.noteSearching(searching);
    work();
    this.listObserver?.takeRecords();
    this.searchObserver?.takeRecords();
  }

  /** Exactly one badge of ours in each changed card that holds a pending invitation, none elsewhere. */
  private placeBadges(changed: Set<Element>): void {
    this.unobserved(() => this.placeBadgesNow(changed));
  }

  private placeBadgesNow(changed: Set<Element>): void {
    for (const card of changed) {
      const found = this.known.get(card);
      const host = this.badges.get(card);
      const keep = found && host && host.isConnected && card.contains(host) && host.getAttribute(PROFILE_ATTR) === found.invitation.profile;
      // Forget it first: removing a badge we no longer count on is not news to the observer.
      if (!keep) this.badges.delete(card);
      // Anything else badge-like in the card (a stale one, or a copy the page cloned) goes.
      for (const other of card.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)) if (!(keep && other === host)) other.remove();
      if (keep) continue;
      host?.remove();
      if (!found || !card.isConnected) continue;
      const { profile, name } = found.invitation;
      // Until the background's answer arrives: no suggestion yet, without claiming which question is next.
      const verdict = this.verdicts.get(profile) ?? 'undecided';
      const badge = createBadge(profile, name, verdict, this.next.get(profile) ?? null, this.hooks.badgeClicked);
      found.controls.before(badge);
      this.badges.set(card, badge);
      this.cardOfBadge.set(badge, card);
    }
  }

  private removeAllBadges(): void {
    const hosts = [...this.badges.values()];
    this.badges.clear();
    for (const host of hosts) host.remove();
    // Also any badge of ours not (or no longer) in the map, e.g. moved by the page.
    for (const host of document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)) if (isOurBadge(host)) host.remove();
  }
}

/**
 * What a list is read in: its items, in page order, so that the first ones can be read now and
 * the rest later. Wrappers with a single child are looked through (a list inside a scroller); a
 * short list is read in one go.
 */
function readingUnits(list: Element): Element[] {
  let el = list;
  while (el.childElementCount === 1 && el.firstElementChild) el = el.firstElementChild;
  return el.childElementCount > READ_NOW ? [...el.children] : [list];
}
