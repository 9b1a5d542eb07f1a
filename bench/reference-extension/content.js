// The naive reference for `npm run bench`: what most LinkedIn userscripts and small extensions do.
// One MutationObserver on the whole document, on every page of the site, and on every batch of
// mutations a full rescan with querySelectorAll. Kept deliberately ordinary, not deliberately slow:
// it only writes when a badge is missing or out of date, so it never loops on its own mutations.
'use strict';

const BADGE_ATTR = 'data-naive-badge';

function badgeText(card) {
  const profile = card.querySelector('a[href*="/in/"]');
  const slug = profile ? new URL(profile.href).pathname.split('/')[2] : '';
  return slug ? `Review (${decodeURIComponent(slug).slice(0, 12)})` : 'Review';
}

function scan() {
  for (const card of document.querySelectorAll('[role="listitem"], li.invitation-card')) {
    const accept = card.querySelector('button[aria-label^="Accept"], a[aria-label^="Accept"]');
    if (!accept || !accept.parentElement) continue;
    /** @type {HTMLElement | null} */
    let badge = card.querySelector(`[${BADGE_ATTR}]`);
    if (!badge) {
      badge = document.createElement('span');
      badge.setAttribute(BADGE_ATTR, '');
      badge.style.cssText =
        'display:inline-block;margin:4px 8px 4px 0;padding:2px 10px;border-radius:999px;background:#eef1f4;font:600 12px system-ui';
      accept.parentElement.before(badge);
    }
    const text = badgeText(card);
    if (badge.textContent !== text) badge.textContent = text;
  }
}

new MutationObserver(scan).observe(document, { childList: true, subtree: true });
scan();
