import type { InviterView } from '../core/inviter-view';
import { pendingFor } from '../core/pending';
import { el, present } from './dom';
import { t, tPlural, verdictText } from './i18n';

// Invitations waiting for a decision (issue 14, part 2), drawn the same in the popup and the
// options page: the people the user left pending, oldest first (the background's order,
// core/pending.ts), how long ago Know & Trust first saw the invitation, the suggestion and its
// reason, the note, and "I've decided, stop showing". A dismissal is kept with the person (an
// answer, not a deletion) and the row says so in place with an Undo, so that nothing moves under
// the pointer and focus stays where it was. Buttons only: reachable with Tab, used with Enter or Space.

export interface PendingHooks {
  /** Stores the dismissal (true) or its undo (false); rejects when it could not be stored. */
  dismiss(view: InviterView, dismissed: boolean): Promise<void>;
  /** Opens the person's questions, where the page can (the popup); absent: the name is plain text. */
  open?: (view: InviterView) => void;
  /** Says a failure in the page's own place for it. */
  failed(error: unknown): void;
}

/** "pending for 5 weeks", in the user's language (plural families pendingForDays/Weeks/Months). */
export function pendingForText(firstSeen: number, now: number): string {
  const { unit, count } = pendingFor(firstSeen, now);
  const base = unit === 'day' ? 'pendingForDays' : unit === 'week' ? 'pendingForWeeks' : 'pendingForMonths';
  return tPlural(base, count);
}

/**
 * A pending list on one page. People the user dismissed here stay drawn (saying so, with Undo)
 * until the page closes, whatever redraw comes in between: the store's own change notice arrives
 * while the dismissal is still being answered, and must not take the row, and its Undo, away.
 */
export function pendingListIn(
  list: HTMLElement,
  hooks: PendingHooks,
): {
  /** Draws the oldest `limit` people (all by default); returns how many more there are. */
  draw(people: InviterView[], now: number, limit?: number): number;
} {
  const dismissedHere = new Map<string, InviterView>();
  const own: PendingHooks = {
    ...hooks,
    dismiss: async (view, dismissed) => {
      if (dismissed) dismissedHere.set(view.profile, view);
      try {
        await hooks.dismiss(view, dismissed);
        if (!dismissed) dismissedHere.delete(view.profile);
      } catch (error) {
        if (dismissed) dismissedHere.delete(view.profile);
        throw error;
      }
    },
  };
  return {
    draw(people, now, limit = Infinity) {
      const focused =
        document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : null;
      const focusedProfile = focused?.closest('[data-profile]')?.getAttribute('data-profile') ?? null;
      const focusedClass = focused?.classList.contains('undo') ? 'undo' : focused?.classList.contains('dismiss') ? 'dismiss' : null;
      const shown = new Map(people.map((view) => [view.profile, view]));
      for (const [profile, view] of dismissedHere) if (!shown.has(profile)) shown.set(profile, view);
      // The background's order (oldest first, core/pending.ts), with the rows kept here in their place.
      const ordered = [...shown.values()].sort(
        (a, b) => a.firstSeen - b.firstSeen || a.name.localeCompare(b.name) || (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0),
      );
      // A row dismissed here stays, even past the limit (the person after it has moved up meanwhile).
      const drawn = ordered.filter((view, i) => i < limit || dismissedHere.has(view.profile));
      list.replaceChildren(...drawn.map((view) => pendingRow(view, now, own, dismissedHere.has(view.profile))));
      if (focusedProfile && focusedClass) {
        list.querySelector<HTMLElement>(`[data-profile="${CSS.escape(focusedProfile)}"] .${focusedClass}`)?.focus();
      }
      return ordered.length - drawn.length;
    },
  };
}

function pendingRow(view: InviterView, now: number, hooks: PendingHooks, dismissed: boolean): HTMLLIElement {
  const row = el('li', { className: 'pending-person', attrs: { 'data-profile': view.profile } });
  const name = hooks.open
    ? el('button', { className: 'link name', text: view.name, attrs: { type: 'button' } })
    : el('span', { className: 'name', text: view.name });
  if (hooks.open) {
    const open = hooks.open;
    name.addEventListener('click', () => open(view));
  }
  const dismiss = el('button', {
    className: 'action dismiss',
    text: t('pendingDismiss'),
    attrs: { type: 'button', 'aria-label': t('pendingDismissLabel', view.name) },
  });
  const shown = el('div', { className: 'pending-shown' }, [
    name,
    el('span', { className: 'pending-for', text: pendingForText(view.firstSeen, now) }),
    el('span', { className: `chip ${view.advice.verdict}`, text: verdictText(view.advice.verdict) }),
    ...present(
      view.advice.reasons[0] ? el('p', { className: 'pending-reason', text: t(view.advice.reasons[0]) }) : null,
      view.note ? el('p', { className: 'pending-note', text: view.note }) : null,
    ),
    dismiss,
  ]);
  const undo = el('button', {
    className: 'link undo',
    text: t('pendingUndo'),
    attrs: { type: 'button', 'aria-label': t('pendingUndoLabel', view.name) },
  });
  const done = el('div', { className: 'pending-dismissed', attrs: { hidden: '' } }, [
    el('span', { attrs: { role: 'status' }, text: t('pendingDismissed', view.name) }),
    undo,
  ]);
  const toggle = async (dismissed: boolean, button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      await hooks.dismiss(view, dismissed);
      // A redraw may have replaced this row meanwhile: the row on the page now is the one to settle.
      const current = row.isConnected
        ? row
        : document.querySelector<HTMLElement>(`.pending-person[data-profile="${CSS.escape(view.profile)}"]`);
      const [nowShown, nowDone] = [
        current?.querySelector<HTMLElement>('.pending-shown'),
        current?.querySelector<HTMLElement>('.pending-dismissed'),
      ];
      if (nowShown && nowDone) {
        nowShown.hidden = dismissed;
        nowDone.hidden = !dismissed;
      }
      current?.querySelector<HTMLElement>(dismissed ? '.undo' : '.dismiss')?.focus();
    } catch (error) {
      hooks.failed(error);
    } finally {
      button.disabled = false;
    }
  };
  dismiss.addEventListener('click', () => void toggle(true, dismiss));
  undo.addEventListener('click', () => void toggle(false, undo));
  shown.hidden = dismissed;
  done.hidden = !dismissed;
  row.append(shown, done);
  return row;
}
