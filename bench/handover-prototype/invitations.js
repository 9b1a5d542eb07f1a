// A prototype of the invitation-page code with the card readers moved to the background
// (docs/design.md, "What runs on LinkedIn's pages"), for bench/handover-probe.mjs --prototype only:
// never shipped, English list pages of the bench only. It stands in for dist/chrome/invitations.js
// in a copy of the build, so that the bench's own list scenario can time the design's page side
// (finding cards, handing their markup over, drawing badges) beside the floor script, and tell
// whether the first badges still come in the first frame.
//
// On the page it reads no text: the slug from the card's first /in/ link, and the place before the
// box around the card's last button (Accept and Ignore in every layout the bench serves). The
// background reads each handed-over card with the extension's own reader and answers, per card,
// whether it is a person's pending invitation; a badge on a card that is not one is taken away.
/* global CSSStyleSheet */
'use strict';

(() => {
  if (globalThis.knowTrustInvitations) return;
  globalThis.knowTrustInvitations = true; // the loader stops asking for this script
  const LIST = '[data-testid="lazy-column"], [componentkey="InvitationManagerPage_InvitationsList"], ul.mn-invitation-list';
  const CARD = '[role="listitem"], [data-view-name="pending-invitation"], li.invitation-card';
  const ATTR = 'data-know-trust-profile';
  const STYLE = `:host { all: initial; display: inline-block; margin: 4px 8px 4px 0; }
    .badge { font: 600 12px/1.4 system-ui, sans-serif; padding: 2px 10px; border-radius: 999px; border: 1px solid; }
    .badge::before { content: attr(data-text); }`;
  /** @type {CSSStyleSheet | null} */
  let sheet = null;
  const inside = new WeakMap();

  /** @param {string} slug */
  function badge(slug) {
    const host = document.createElement('span');
    host.setAttribute(ATTR, slug);
    const shadow = host.attachShadow({ mode: 'closed' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    shadow.adoptedStyleSheets = [sheet];
    const label = document.createElement('span');
    label.className = 'badge';
    label.setAttribute('role', 'img');
    label.setAttribute('data-verdict', 'undecided');
    label.setAttribute('data-text', 'Not decided yet');
    shadow.append(label);
    inside.set(host, label);
    return host;
  }

  /** Badges a card where its structure says, without reading its text. @param {Element} card */
  function place(card) {
    const href = card.querySelector('a[href*="/in/"]')?.getAttribute('href') ?? '';
    const slug = /\/in\/([^/?#]+)/.exec(href)?.[1];
    const buttons = card.querySelectorAll('button');
    const last = buttons[buttons.length - 1];
    if (!slug || !last) return null;
    const host = badge(slug);
    (last.parentElement && last.parentElement !== card ? last.parentElement : last).before(host);
    return host;
  }

  /** @param {Element[]} cards */
  function take(cards) {
    const hosts = [];
    const html = [];
    for (const card of cards) {
      // Taken before the badge goes in: the background reads the card as the page made it.
      html.push(card.outerHTML);
      hosts.push(place(card));
    }
    chrome.runtime.sendMessage({ type: 'handover', html }).then(
      (answer) => {
        const verdicts = Array.isArray(answer?.verdicts) ? answer.verdicts : [];
        hosts.forEach((host, i) => {
          if (!host) return;
          const verdict = verdicts[i];
          if (typeof verdict !== 'string') host.remove();
          else inside.get(host)?.setAttribute('data-verdict', verdict);
        });
      },
      () => {},
    );
  }

  /** @param {Element} list */
  function watch(list) {
    new MutationObserver((records) => {
      const added = [];
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element) || node.hasAttribute(ATTR)) continue;
          if (node.matches(CARD)) added.push(node);
          else for (const card of node.querySelectorAll(CARD)) added.push(card);
        }
      }
      if (added.length > 0) take(added);
    }).observe(list, { childList: true, subtree: true });
    const cards = [...list.querySelectorAll(CARD)];
    if (cards.length > 0) take(cards);
  }

  const list = document.querySelector(LIST);
  if (list) watch(list);
  else {
    const finder = new MutationObserver(() => {
      const found = document.querySelector(LIST);
      if (!found) return;
      finder.disconnect();
      watch(found);
    });
    finder.observe(document.body, { childList: true, subtree: true });
  }
})();
