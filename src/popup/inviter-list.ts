import type { InviterView } from '../core/inviter-view';
import { el } from '../ui/dom';
import { t, verdictText } from '../ui/i18n';

// The list of inviters: one button per person (name, headline, current suggestion).
// Buttons, so the list is reachable with Tab and chosen with Enter or Space.

export function renderInviterList(list: HTMLElement, inviters: InviterView[], onChoose: (view: InviterView) => void): void {
  list.replaceChildren(
    ...inviters.map((view) => {
      const button = el('button', { className: 'inviter', attrs: { type: 'button', 'data-profile': view.profile } }, [
        el('span', { className: 'name', text: view.name }),
        el('span', { className: `chip ${view.advice.verdict}`, text: verdictText(view.advice.verdict) }),
        el('span', { className: 'headline', text: view.headline || t('popupNoHeadline') }),
      ]);
      button.addEventListener('click', () => onChoose(view));
      return el('li', {}, [button]);
    }),
  );
}
