import { invitationCards } from '../linkedin/pages';
import { cardAround } from '../linkedin/card-finding';
import type { BadgeNext } from '../core/next-reason';
import type { TabAdvice, Verdict } from '../core/types';
import { PROFILE_ATTR, createBadge, isBadge, isOurBadge, renameBadge, updateBadge } from './badge';

// What every watcher of an invitations page shares, whoever reads the cards: which part of the
// page is observed and when a pass runs (issue 11: the cost it is held to is the floor script's).
//   - Once an invitation list of any era is on the page (pages.ts, `list`), only that list is
//     observed, plus its ancestors' own children (to notice the list being replaced). A sidebar or
//     a chat updating beside it costs nothing: no callback runs. Until a list is found, the body
//     is watched, cheaply, and invitations outside any known list are still looked for there.
//   - A pass looks only at what the page changed: the subtrees added to the list, and cards whose
//     inside changed.
//   - The first subtrees of a pass (the cards in view when a list appears) are read in the frame
//     they appear in, whatever the list's size; the rest follow in idle time, in slices, so a list
//     of thousands never holds a frame up for long.
// What a card is read as, where its badge goes and what the background hears are the subclass's:
// invitation-watcher.ts reads on the page, card-watcher.ts hands the cards' markup over.

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

/** The badge a card holds: whose, named how, and the element it stands before. */
export interface Shown {
  profile: string;
  name: string;
  place: Element;
}

/** A subtree to read: `whole` for a list read afresh (see read()). */
export interface Root {
  root: Element;
  whole: boolean;
}

export abstract class ListWatcher {
  protected running = false;
  /** The invitation lists observed (empty while none is found: then the body is watched). */
  protected lists: Element[] = [];
  private listObserver: MutationObserver | null = null;
  /** The lists' ancestors, children only: tells when a list is taken away or a new one arrives. */
  private frameObserver: MutationObserver | null = null;
  /** The body, until a list is found. */
  private searchObserver: MutationObserver | null = null;
  private frame = 0;
  private idle: IdleHandle | null = null;
  /** Subtrees still to read, in page order, in idle time. */
  private backlog: Root[] = [];
  /** Cards read in idle slices since their last report: reported (and badged) together. */
  private readIdle = new Set<Element>();

  /** What changed since the last pass: subtrees to read, and whether anything was removed. */
  private readonly dirty = new Set<Element>();
  private removals = false;
  private everything = true;
  private everythingNext = false;

  protected readonly verdicts = new Map<string, Verdict>();
  protected readonly next = new Map<string, BadgeNext>();
  /** False in popup-only mode: invitations are still read and reported, but nothing is drawn. */
  protected badgesShown = true;
  /** The cards of each inviter (a re-render briefly shows two). */
  protected readonly cardsOf = new Map<string, Set<Element>>();
  /** Our badge in each card, and back. */
  private readonly badges = new Map<Element, HTMLElement>();
  private readonly cardOfBadge = new WeakMap<HTMLElement, Element>();

  constructor(private readonly badgeClicked: (profile: string) => void) {}

  /** Whether any card holds what the watcher counts: then removals matter. */
  protected abstract hasCards(): boolean;
  /** What badge the card should hold now; null for none. */
  protected abstract badgeIn(card: Element): Shown | null;
  /** A pass from scratch: every card known is forgotten (and noted in `changed`), the next report resets. */
  protected abstract forgetAll(changed: Set<Element>): void;
  /** Cards no longer on the page are forgotten (and noted in `changed`). */
  protected abstract forgetGone(changed: Set<Element>): void;
  /** Reads the cards under `root` (a changed subtree, or a list read whole), noting them in `changed`. */
  protected abstract read(root: Element, whole: boolean, changed: Set<Element>, lang: string): void;
  /** Whether enough is waiting to be reported that idle reading should report before it is done. */
  protected abstract reportIsFull(): boolean;
  /**
   * Badges and a report for what a pass read: `mustReport` on a pass from scratch, `drawNow`
   * false for cards read in idle time (drawn once the background's answer is in).
   */
  protected abstract finishPass(changed: Set<Element>, mustReport: boolean, lookedAtSomething: boolean, drawNow: boolean): void;

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
    this.dirty.clear();
    this.cardsOf.clear();
    this.removeAllBadges();
  }

  protected indexCard(profile: string, card: Element): void {
    let cards = this.cardsOf.get(profile);
    if (!cards) this.cardsOf.set(profile, (cards = new Set()));
    cards.add(card);
  }

  protected unindexCard(profile: string, card: Element): void {
    const cards = this.cardsOf.get(profile);
    cards?.delete(card);
    if (cards?.size === 0) this.cardsOf.delete(profile);
  }

  /** Popup-only mode switched on or off: take every badge away, or draw them again. */
  showBadges(show: boolean): void {
    if (show === this.badgesShown) return;
    this.badgesShown = show;
    if (!show) this.removeAllBadges();
    else if (this.running) this.placeBadges(new Set([...this.cardsOf.values()].flatMap((cards) => [...cards])));
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

  /** The card whose badge `node` is, when it is a badge of ours still counted on (a re-render took it). */
  private cardOfCountedBadge(node: Node): Element | null {
    const card = this.cardOfBadge.get(node as HTMLElement);
    return card && this.badges.get(card) === node ? card : null;
  }

  /** Exactly one badge of ours in each changed card that holds a pending invitation, none elsewhere. */
  protected placeBadges(changed: Set<Element>): void {
    this.unobserved(() => this.placeBadgesNow(changed));
  }

  private placeBadgesNow(changed: Set<Element>): void {
    for (const card of changed) {
      const shown = this.badgeIn(card);
      const host = this.badges.get(card);
      const keep =
        shown &&
        host &&
        host.isConnected &&
        host.nextElementSibling === shown.place &&
        card.contains(host) &&
        host.getAttribute(PROFILE_ATTR) === shown.profile;
      // Forget it first: removing a badge we no longer count on is not news to the observer.
      if (!keep) this.badges.delete(card);
      // Anything else badge-like in the card (a stale one, or a copy the page cloned) goes.
      for (const other of card.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)) if (!(keep && other === host)) other.remove();
      if (keep) {
        renameBadge(host, shown.name);
        continue;
      }
      host?.remove();
      if (!shown || !card.isConnected) continue;
      const { profile, name } = shown;
      // Until the background's answer arrives: no suggestion yet, without claiming which question is next.
      const verdict = this.verdicts.get(profile) ?? 'undecided';
      const badge = createBadge(profile, name, verdict, this.next.get(profile) ?? null, this.badgeClicked);
      shown.place.before(badge);
      this.badges.set(card, badge);
      this.cardOfBadge.set(badge, card);
    }
  }

  protected removeAllBadges(): void {
    const hosts = [...this.badges.values()];
    this.badges.clear();
    for (const host of hosts) host.remove();
    // Also any badge of ours not (or no longer) in the map, e.g. moved by the page.
    for (const host of document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)) if (isOurBadge(host)) host.remove();
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
        const card = this.cardOfCountedBadge(node);
        if (card) this.dirty.add(card);
      }
      if (!news) continue;
      if (record.removedNodes.length > 0) this.removals = true;
      // A change inside a card (a re-render in place, a control removed, our badge taken away)
      // makes the card worth reading again.
      const target = record.target;
      const card = target instanceof Element && !this.lists.includes(target) ? cardAround(target) : null;
      if (card) this.dirty.add(card);
    }
    if (this.dirty.size > 0 || (this.removals && this.hasCards())) this.schedule();
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
          const card = this.cardOfCountedBadge(node);
          if (card) this.dirty.add(card);
        }
        this.removals = true;
      }
      const card = record.target instanceof Element ? cardAround(record.target) : null;
      if (card) this.dirty.add(card);
    }
    if (this.everything || this.dirty.size > 0 || (this.removals && this.hasCards())) this.schedule();
    else this.removals = false;
  }

  /**
   * The pass the page's next change causes starts from scratch: what the background was told may
   * be lost. Not at once: a background that cannot answer must not be asked in a loop.
   */
  protected rescanWithNextChange(): void {
    this.everythingNext = true;
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
    if (this.everythingNext) this.everything = true;
    this.everythingNext = false;
    const firstPass = this.everything;
    let roots: Root[];
    if (this.everything) {
      // A first pass, a new page, a list replaced: find the lists again and read them whole.
      // The report that follows tells the whole list again, in the order it is read now.
      this.forgetAll(changed);
      this.backlog = [];
      this.readIdle = new Set();
      this.idle?.cancel();
      this.idle = null;
      this.watchLists();
      const units = this.lists.length > 0 ? this.lists.flatMap(readingUnits) : [document.documentElement];
      roots = units.map((root) => ({ root, whole: true }));
    } else {
      if (this.removals) this.forgetGone(changed);
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
    this.finishPass(changed, firstPass, lookedAtSomething, true);
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
      if (this.backlog.length > 0 && !this.reportIsFull()) return;
      this.readIdle = new Set();
      this.finishPass(changed, false, false, false);
    });
  }

  /**
   * Runs `work`, which adds or removes our badges, without our observers hearing of it: what the
   * page changed before is handed to them first, and the records of our own changes are dropped
   * (no page script runs between the two: everything here is synchronous). Each badge's record
   * cost a callback look at it, and in the body-wide search a climb to its card and a re-read.
   */
  protected unobserved(work: () => void): void {
    const pending = this.listObserver?.takeRecords() ?? [];
    if (pending.length > 0) this.noteInList(pending);
    const searching = this.searchObserver?.takeRecords() ?? [];
    if (searching.length > 0) this.noteSearching(searching);
    work();
    this.listObserver?.takeRecords();
    this.searchObserver?.takeRecords();
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
