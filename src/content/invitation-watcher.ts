import { LIMITS } from '../core/text';
import type { Invitation, TabAdvice } from '../core/types';
import { cardAround, findInvitations, type FoundInvitation } from '../linkedin/invitations';
import { invitationCards } from '../linkedin/pages';
import { showsUnrecognisedInvitations } from '../linkedin/pending-signs';
import { ListWatcher, type Shown } from './list-watcher';
import { plainInvitation } from './plain-invitation';

// Watches an invitations page while it is open and reads its cards on the page: finds the pending
// person invitations, keeps exactly one badge in each card (list-watcher.ts says which part of the
// page is watched and when), and tells the background what changed (protocol.ts, tab-report): the
// invitations new or changed since the last report and the profiles gone, in chunks it accepts,
// so each batch of a lazily loading list costs the same at 1,000 cards as at 10. Each card is read
// once per change (linkedin/dom-text.ts, one walk).

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

export class InvitationWatcher extends ListWatcher {
  /** The pending invitations on the page, by card. */
  private readonly known = new Map<Element, FoundInvitation>();
  /** What the background was told the tab shows: each profile's invitation, as JSON. */
  private readonly reported = new Map<string, string>();
  /** Profiles whose cards changed since the last report. */
  private readonly touched = new Set<string>();
  private reportedUnrecognised: boolean | null = null;
  /** The next report starts the tab's list afresh. */
  private resetNext = true;
  private sending: Promise<unknown> = Promise.resolve();

  constructor(private readonly hooks: WatcherHooks) {
    super(hooks.badgeClicked);
  }

  override stop(): void {
    super.stop();
    this.known.clear();
    this.touched.clear();
    this.reported.clear();
    this.reportedUnrecognised = null;
    this.resetNext = true;
  }

  protected hasCards(): boolean {
    return this.known.size > 0;
  }

  protected badgeIn(card: Element): Shown | null {
    const found = this.known.get(card);
    return found ? { profile: found.invitation.profile, name: found.invitation.name, place: found.controls } : null;
  }

  protected forgetAll(changed: Set<Element>): void {
    for (const card of this.known.keys()) changed.add(card);
    this.forgetCards([...this.known.keys()]);
    this.touched.clear();
    this.resetNext = true;
  }

  protected forgetGone(changed: Set<Element>): void {
    const gone = [...this.known.keys()].filter((card) => !card.isConnected);
    for (const card of gone) changed.add(card);
    this.forgetCards(gone);
  }

  protected reportIsFull(): boolean {
    return this.touched.size >= LIMITS.invitationsPerReport;
  }

  /**
   * Badges and a report for what a pass read. Cards read in idle time (out of view) get their
   * badges once the background's answer is in (`drawNow` false): each is then drawn once, with its
   * verdict, instead of drawn "undecided" and redrawn a moment later.
   */
  protected finishPass(changed: Set<Element>, mustReport: boolean, lookedAtSomething: boolean, drawNow: boolean): void {
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

  /**
   * Reads the invitations under `root` into `known`, noting their cards as changed. A changed
   * subtree (`whole` false) inside a card stands for that card; a subtree of a list read whole
   * never does (a list may stand inside an element that looks like a card, a `<li>` of the page).
   */
  protected read(root: Element, whole: boolean, changed: Set<Element>, lang: string): void {
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
      this.indexCard(invitation.profile, found.card);
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
      this.unindexCard(profile, card);
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
}
