import type { BadgeNext } from '../core/next-reason';
import type { Invitation, TabAdvice, Verdict } from '../core/types';
import { findProfileInvitation, type ProfileInvitation } from '../linkedin/profile-page';
import { profileTopCard } from '../linkedin/selectors';
import { createBadge, isBadge, PROFILE_ATTR, updateBadge } from './badge';
import { plainInvitation } from './plain-invitation';

// Watches the inviter's profile page (issue 14, part 1): one badge for the profile's owner, in the
// top card before its Accept and Ignore, while their invitation to the user is pending. Profiles
// are mutation-heavy (activity, rails, video), so the cost rules of the invitation lists apply:
// the body is watched only until the top card is there, then only the top card; each pass reads
// the top card once (linkedin/profile-page.ts) and reports only when what it shows changed.

/** What the profile watcher tells the background: the tab shows this owner's invitation, or none. */
export interface ProfileReport {
  invitations: Invitation[];
}

export interface ProfileHooks {
  /** Sends the report; resolves to the verdicts of its invitation, or null when it went unanswered. */
  report(report: ProfileReport): Promise<TabAdvice | null>;
  badgeClicked(profile: string): void;
}

export class ProfileWatcher {
  private running = false;
  private badgesShown = true;
  private observer: MutationObserver | null = null;
  /** The top card observed, once found (the body is observed until then). */
  private card: Element | null = null;
  private frame = 0;
  /** What the last pass found, its invitation as plain text (what is reported and badged). */
  private found: (Omit<ProfileInvitation, 'invitation'> & { invitation: Invitation }) | null = null;
  private badge: HTMLElement | null = null;
  /** The invitation last reported, as JSON ('' = none): a pass that changes nothing sends nothing. */
  private reported: string | null = null;
  private verdict: Verdict = 'undecided';
  private next: BadgeNext | null = null;

  constructor(private readonly hooks: ProfileHooks) {}

  start(): void {
    this.stop();
    this.running = true;
    this.pass();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    this.card = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.found = null;
    this.reported = null;
    this.verdict = 'undecided';
    this.next = null;
    this.removeBadge();
  }

  showBadges(show: boolean): void {
    if (show === this.badgesShown) return;
    this.badgesShown = show;
    if (!show) this.removeBadge();
    else this.placeBadge();
  }

  applyVerdicts({ verdicts, next = {} }: TabAdvice): void {
    const profile = this.found?.invitation.profile;
    if (!profile || !Object.hasOwn(verdicts, profile)) return;
    this.verdict = verdicts[profile] ?? 'undecided';
    this.next = (Object.hasOwn(next, profile) ? next[profile] : undefined) ?? null;
    if (this.badge) updateBadge(this.badge, this.verdict, this.next);
  }

  /** Observes the top card once there is one, the body until then. */
  private observe(): void {
    const card = document.querySelector(profileTopCard);
    if (this.observer && card === this.card && (card || !this.card)) return;
    this.observer?.disconnect();
    this.card = card;
    this.observer = new MutationObserver((records) => {
      // Our own badge going in or out is no news.
      if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every((node) => isBadge(node)))) return;
      this.schedule();
    });
    // The top card's own subtree; or, until it is there (or if it was replaced), the body.
    if (card?.isConnected) {
      this.observer.observe(card, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
      // Its parent's children too: a re-rendered top card replaces the element we observe.
      if (card.parentNode) this.observer.observe(card.parentNode, { childList: true });
    } else this.observer.observe(document.body, { childList: true, subtree: true });
  }

  private schedule(): void {
    if (this.frame || !this.running) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.pass();
    });
  }

  private pass(): void {
    if (!this.running) return;
    this.observe();
    const found = findProfileInvitation(document, location.pathname);
    const invitation = found ? plainInvitation(found.invitation) : null;
    this.found = found && invitation ? { ...found, invitation } : null;
    this.placeBadge();
    const key = invitation ? JSON.stringify(invitation) : '';
    if (key === this.reported) return;
    this.reported = key;
    void this.hooks.report({ invitations: invitation ? [invitation] : [] }).then((advice) => {
      if (!advice)
        this.reported = null; // unanswered: the next pass tells again
      else if (this.running) this.applyVerdicts(advice);
    });
  }

  private placeBadge(): void {
    const found = this.found;
    const keep =
      found &&
      this.badge?.isConnected &&
      this.badge.nextElementSibling === found.controls &&
      this.badge.getAttribute(PROFILE_ATTR) === found.invitation.profile;
    if (keep) return;
    this.removeBadge();
    if (!found || !this.badgesShown || !this.running) return;
    const { profile, name } = found.invitation;
    this.badge = createBadge(profile, name, this.verdict, this.next, this.hooks.badgeClicked);
    found.controls.before(this.badge);
  }

  private removeBadge(): void {
    this.badge?.remove();
    this.badge = null;
  }
}
