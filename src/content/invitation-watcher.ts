import { InvitationSchema, parseOrNull } from '../core/schema';
import type { Invitation, QuestionId, TabAdvice, Verdict } from '../core/types';
import { cardAround, findInvitations, type FoundInvitation } from '../linkedin/invitations';
import { showsUnrecognisedInvitations } from '../linkedin/pending-signs';
import { PROFILE_ATTR, createBadge, isBadge, isOurBadge, updateBadge } from './badge';

// Watches an invitations page while it is open: finds the pending person invitations, keeps exactly
// one badge in each card (LinkedIn's re-renders remove nodes they did not create), and tells the
// background when the set of invitations changes. Work is batched to one pass per animation frame,
// and a pass re-reads only what the page changed (refined-github's way: observe, never rescan the
// document): new subtrees that hold controls, and cards whose inside changed. A sidebar or a feed
// updating beside the list costs one cheap look at each mutation and no reading at all.

export interface WatcherHooks {
  /**
   * Called with every new set of invitations on the page (and whether, none being found, the page
   * still shows what look like pending invitations); resolves to their verdicts and next questions.
   */
  report(invitations: Invitation[], unrecognised: boolean): Promise<TabAdvice | null>;
  badgeClicked(profile: string): void;
}

/** More new siblings than this in one pass are read through their parent. */
const MANY_SIBLINGS = 20;

/** Cards, links and buttons: an added subtree without any of these holds no invitation. */
const MAY_HOLD_INVITATIONS = 'button, a';

export class InvitationWatcher {
  private observer: MutationObserver | null = null;
  private frame = 0;
  private lastReport = '';
  private readonly verdicts = new Map<string, Verdict>();
  private readonly next = new Map<string, QuestionId>();
  /** False in popup-only mode: invitations are still read and reported, but nothing is drawn. */
  private badgesShown = true;
  /** The pending invitations on the page, by card. */
  private readonly known = new Map<Element, FoundInvitation>();
  /** Our badge in each card, and back. */
  private readonly badges = new Map<Element, HTMLElement>();
  private readonly cardOfBadge = new WeakMap<HTMLElement, Element>();
  /** What changed since the last pass: subtrees to read, and whether anything was removed. */
  private readonly dirty = new Set<Element>();
  private removals = false;
  private everything = true;

  constructor(private readonly hooks: WatcherHooks) {}

  /** Starts watching; on a second call (in-app move between our pages) re-reads and re-reports. */
  start(): void {
    this.everything = true;
    if (this.observer) {
      this.lastReport = '';
      this.schedule();
      return;
    }
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.lastReport = '';
    this.known.clear();
    this.dirty.clear();
    this.removeAllBadges();
  }

  /** Popup-only mode switched on or off: take every badge away, or draw them again. */
  showBadges(show: boolean): void {
    if (show === this.badgesShown) return;
    this.badgesShown = show;
    if (!show) this.removeAllBadges();
    else if (this.observer) {
      for (const card of this.known.keys()) this.dirty.add(card);
      this.schedule();
    }
  }

  /** New verdicts from the background (answers changed in the popup): redraw the badges concerned. */
  applyVerdicts({ verdicts, next = {} }: TabAdvice): void {
    for (const [profile, verdict] of Object.entries(verdicts)) {
      this.verdicts.set(profile, verdict);
      const question = next[profile];
      if (question) this.next.set(profile, question);
      else this.next.delete(profile);
    }
    for (const [card, host] of this.badges) {
      const profile = this.known.get(card)?.invitation.profile ?? '';
      const verdict = Object.hasOwn(verdicts, profile) ? verdicts[profile] : undefined;
      if (verdict) updateBadge(host, verdict, this.next.get(profile) ?? null);
    }
  }

  /** The mutation observer's callback: decide cheaply what the next pass must read. */
  private note(records: MutationRecord[]): void {
    const targets = new Set<Node>();
    for (const record of records) {
      const added = [...record.addedNodes];
      const removed = [...record.removedNodes];
      if (added.length + removed.length > 0 && [...added, ...removed].every(isBadge)) {
        // Our own badges coming and going are not news, unless the page took away one we still
        // count on (a re-render): then its card is read again and gets its badge back.
        for (const node of removed) {
          const card = this.cardOfBadge.get(node as HTMLElement);
          if (card && this.badges.get(card) === node) this.dirty.add(card);
        }
        continue;
      }
      for (const node of added) {
        // Our own badges arriving are not news.
        if (node instanceof Element && !isBadge(node) && (node.matches(MAY_HOLD_INVITATIONS) || node.querySelector(MAY_HOLD_INVITATIONS))) {
          this.dirty.add(node);
        }
      }
      if (record.removedNodes.length > 0) this.removals = true;
      targets.add(record.target);
    }
    // A change inside a card (a re-render in place, a control removed, our badge taken away)
    // makes the card worth reading again.
    for (const target of targets) {
      const card = target instanceof Element ? cardAround(target) : null;
      if (card) this.dirty.add(card);
    }
    if (this.dirty.size > 0 || (this.removals && this.known.size > 0)) this.schedule();
    else this.removals = false;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.scan();
    });
  }

  private scan(): void {
    if (!this.observer) return;
    const changed = new Set<Element>();
    const firstPass = this.everything;
    if (this.everything) {
      for (const card of this.known.keys()) changed.add(card);
      this.known.clear();
      this.read(document, changed);
    } else {
      if (this.removals) {
        for (const card of this.known.keys()) {
          if (!card.isConnected) {
            this.known.delete(card);
            changed.add(card);
          }
        }
      }
      for (const root of this.readingRoots()) {
        const card = cardAround(root);
        if (card) {
          // Read the card alone: it may have stopped being a pending invitation (accepted).
          changed.add(card);
          this.known.delete(card);
        }
        this.read(card ?? root, changed);
      }
    }
    const lookedAtSomething = this.dirty.size > 0;
    this.everything = false;
    this.removals = false;
    this.dirty.clear();
    // A first pass always reports, even "nothing here": the popup must not describe the last page.
    // While nothing is recognised, new controls may be invitations we cannot read: look again.
    if (changed.size === 0 && !firstPass && !(lookedAtSomething && this.known.size === 0)) return;
    if (this.badgesShown) this.placeBadges(changed);
    this.reportIfChanged();
  }

  /**
   * Where to read this pass: each changed subtree, except that many new siblings at once (a list
   * filled or re-rendered in one go) are read through their parent, in one pass over the list,
   * which costs less than one pass per card.
   */
  private readingRoots(): Element[] {
    const byParent = new Map<Element | null, Element[]>();
    for (const root of this.dirty) {
      if (!root.isConnected) continue;
      const group = byParent.get(root.parentElement) ?? [];
      group.push(root);
      byParent.set(root.parentElement, group);
    }
    const roots: Element[] = [];
    for (const [parent, group] of byParent) {
      if (parent && group.length > MANY_SIBLINGS && !cardAround(parent)) roots.push(parent);
      else roots.push(...group);
    }
    return roots;
  }

  /** Reads the invitations under `root` into `known`, noting their cards as changed. */
  private read(root: ParentNode, changed: Set<Element>): void {
    for (const found of findInvitations(root, document.documentElement.lang)) {
      // Page text is hostile: from here on every string is capped plain text (the schema's
      // transforms), in the badges' accessible names as in the reports.
      const invitation = parseOrNull(InvitationSchema, found.invitation);
      if (!invitation) continue;
      this.known.set(found.card, { ...found, invitation });
      changed.add(found.card);
    }
  }

  private reportIfChanged(): void {
    const found = [...this.known.values()].sort((a, b) => (a.card.compareDocumentPosition(b.card) & 4 /* FOLLOWING */ ? -1 : 1));
    const invitations = found.map((f) => f.invitation);
    // Only when nothing was found: the signs are a second look at the page, not needed otherwise.
    const unrecognised = found.length === 0 && showsUnrecognisedInvitations(document);
    const key = JSON.stringify([invitations, unrecognised]);
    if (key === this.lastReport) return;
    this.lastReport = key;
    void this.hooks.report(invitations, unrecognised).then((verdicts) => {
      if (verdicts) this.applyVerdicts(verdicts);
    });
  }

  /** Exactly one badge of ours in each changed card that holds a pending invitation, none elsewhere. */
  private placeBadges(changed: Set<Element>): void {
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
      if (!found) continue;
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
