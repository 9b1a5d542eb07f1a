import type { Invitation, Verdict } from '../core/types';
import { InvitationSchema, parseOrNull } from '../core/schema';
import { findInvitations, type FoundInvitation } from '../linkedin/invitations';
import { showsUnrecognisedInvitations } from '../linkedin/pending-signs';
import { PROFILE_ATTR, createBadge, isBadge, updateBadge } from './badge';

// Watches an invitations page while it is open: finds the pending person invitations, keeps exactly
// one badge in each card (LinkedIn's re-renders remove nodes they did not create), and tells the
// background when the set of invitations changes. Work is batched to one pass per animation frame.

export interface WatcherHooks {
  /**
   * Called with every new set of invitations on the page (and whether, none being found, the page
   * still shows what look like pending invitations); resolves to their verdicts.
   */
  report(invitations: Invitation[], unrecognised: boolean): Promise<Record<string, Verdict> | null>;
  badgeClicked(profile: string): void;
}

export class InvitationWatcher {
  private observer: MutationObserver | null = null;
  private frame = 0;
  private lastReport = '';
  private readonly verdicts = new Map<string, Verdict>();
  /** False in popup-only mode: invitations are still read and reported, but nothing is drawn. */
  private badgesShown = true;

  constructor(private readonly hooks: WatcherHooks) {}

  /** Starts watching; on a second call (in-app move between our pages) re-reads and re-reports. */
  start(): void {
    if (this.observer) {
      this.lastReport = '';
      this.schedule();
      return;
    }
    this.observer = new MutationObserver((records) => {
      // Our own badges coming and going are not news.
      if (records.every(onlyBadges)) return;
      this.schedule();
    });
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.lastReport = '';
    removeAllBadges();
  }

  /** Popup-only mode switched on or off: take every badge away, or draw them again. */
  showBadges(show: boolean): void {
    if (show === this.badgesShown) return;
    this.badgesShown = show;
    if (!show) removeAllBadges();
    else if (this.observer) this.schedule();
  }

  /** New verdicts from the background (answers changed in the popup): redraw the badges concerned. */
  applyVerdicts(verdicts: Record<string, Verdict>): void {
    for (const [profile, verdict] of Object.entries(verdicts)) this.verdicts.set(profile, verdict);
    for (const host of document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)) {
      const verdict = verdicts[host.getAttribute(PROFILE_ATTR) ?? ''];
      if (verdict) updateBadge(host, verdict);
    }
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
    // Page text is hostile: from here on, every string is capped plain text (the schema's
    // transforms), in the badges' accessible names as in the reports.
    const found = findInvitations(document, document.documentElement.lang).flatMap((f) => {
      const invitation = parseOrNull(InvitationSchema, f.invitation);
      return invitation ? [{ ...f, invitation }] : [];
    });
    if (this.badgesShown) this.placeBadges(found);
    const invitations = found.map((f) => f.invitation);
    // Only when nothing was found: the signs are a second look at the page, not needed otherwise.
    const unrecognised = found.length === 0 && showsUnrecognisedInvitations(document);
    const key = JSON.stringify([invitations, unrecognised]);
    if (key !== this.lastReport) {
      this.lastReport = key;
      void this.hooks.report(invitations, unrecognised).then((verdicts) => {
        if (verdicts) this.applyVerdicts(verdicts);
      });
    }
  }

  private placeBadges(found: FoundInvitation[]): void {
    const wanted = new Map<string, FoundInvitation>();
    for (const f of found) if (!wanted.has(f.invitation.profile)) wanted.set(f.invitation.profile, f);
    // Remove badges of cards that are gone, accepted, or hold a second badge for one person.
    const kept = new Set<string>();
    for (const host of document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)) {
      const profile = host.getAttribute(PROFILE_ATTR) ?? '';
      const f = wanted.get(profile);
      if (!f || !f.card.contains(host) || kept.has(profile)) host.remove();
      else kept.add(profile);
    }
    for (const [profile, f] of wanted) {
      const verdict = this.verdicts.get(profile) ?? 'undecided';
      if (kept.has(profile)) continue;
      const host = createBadge(profile, f.invitation.name, verdict, this.hooks.badgeClicked);
      f.controls.before(host);
    }
  }
}

function removeAllBadges(): void {
  for (const badge of document.querySelectorAll(`[${PROFILE_ATTR}]`)) badge.remove();
}

function onlyBadges(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isBadge);
}
