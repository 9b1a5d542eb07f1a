// The floor for `npm run bench`: the cheapest reasonable script for Know & Trust's job, written for
// the benchmark so that Know & Trust's cost has something to be compared with besides the naive
// reference (which does less, and does it expensively). Plain JavaScript, no build, never shipped.
//
// What it does, as Know & Trust does:
//   - runs on every linkedin.com page; outside the invitation pages it only listens for in-app
//     navigation (the Navigation API's currententrychange, and popstate);
//   - on an invitations page, finds the invitations list (watching the document only until the list
//     appears), then observes only the list (childList, subtree);
//   - reads each new card once, in one pass over its elements: the inviter's /in/ slug and name
//     (the profile link), headline, mutual line, age, message;
//   - skips cards that are not a person's invitation: a /company/ /showcase/ /school/ /groups/
//     /newsletters/ /events/ link, a bare-verb "Accept" label, or an Accept label that does not
//     name the inviter;
//   - draws one badge per card before its Accept/Ignore box: a host element with a closed shadow
//     root, all of them sharing one constructed stylesheet;
//   - reports incrementally to its background (only the invitations that are new on the tab, and
//     the inviters whose cards left it) and applies the verdicts the background replies with;
//     a badge click is kept from LinkedIn's handlers and sent to the background.
//
// What it does not do that Know & Trust does:
//   - it knows English labels and the 2026 card (text lines are <p>) only: Know & Trust reads four
//     UI languages plus a verb-less fallback, and the Ember and 2025 layouts;
//   - it never re-reads a card whose inside changes (an invitation accepted in place), and does not
//     put back a badge the page removed from a card it kept;
//   - it does not notice the list itself being replaced without a navigation;
//   - no popup-only mode (no settings read), no check that the extension is still alive after a
//     reload, no page report, no "unrecognised invitations" signs, no schema check or length cap
//     on the page's text before it is reported, no localised badge words.
/* global CSSStyleSheet */
'use strict';

(() => {
  // /mynetwork/, /mynetwork/grow/, /mynetwork/invitation-manager/ and /received/ with any filter.
  const INVITATIONS_PAGE = /^\/mynetwork(?:\/grow|\/invitation-manager(?:\/received(?:\/.*)?)?)?\/?$/i;
  const LIST = '[data-testid="lazy-column"], [componentkey="InvitationManagerPage_InvitationsList"], ul.mn-invitation-list';
  const CARD = '[role="listitem"], [data-view-name="pending-invitation"], li.invitation-card';
  const BADGE = 'data-floor-badge';
  const NOT_A_PERSON = /\/(?:company|showcase|school|groups|newsletters|events)\//;
  /** What a card is read from, in one pass in document order: links, buttons, text lines, the message. */
  const PARTS = 'a, button, p, [data-testid="expandable-text-box"]';
  const MUTUAL = /\bmutual connections?\b/i;
  const AGE = /^(?:today|yesterday|just now|an? \w+ ago|\d+ \w+ ago|\d+\s?(?:s|m|h|d|w|mo|y|yr))$/i;
  const TRAILING_MORE = /\s*…\s*(?:see )?more$/i;
  /** @type {Record<string, string>} */
  const WORDS = { accept: 'Suggest: accept', 'leave-pending': 'Suggest: leave pending', undecided: 'Not decided yet' };

  const STYLE = `
    :host { all: initial; display: inline-block; margin: 4px 8px 4px 0; cursor: pointer; vertical-align: middle; }
    .badge { display: inline-block; font: 600 12px/1.4 system-ui, sans-serif; padding: 2px 10px; border-radius: 999px; border: 1px solid; }
    .accept { color: #0b5d1e; background: #e3f4e6; border-color: #8fc89b; }
    .leave-pending { color: #7a4100; background: #fff1dc; border-color: #e8b36a; }
    .undecided { color: #3c4650; background: #eef1f4; border-color: #b9c2cb; }
  `;
  /** @type {CSSStyleSheet | null} one for every badge, made with the first (pages without badges never parse it) */
  let sheet = null;

  /** @typedef {{ profile: string, name: string, headline: string, mutual: string, age: string, message: string }} Invitation */

  /** Each badge's label (the shadow root is closed: we keep our own handle) and inviter's name. */
  const parts = new WeakMap();
  /** @type {Map<string, HTMLElement>} the newest badge of each inviter */
  const badgeOf = new Map();
  /** @type {WeakMap<Element, string>} the inviter of each card read once already */
  let slugOfCard = new WeakMap();
  /** @type {Set<Element>} the cards read and still counted on the page */
  const live = new Set();
  /** @type {Map<string, number>} how many of those cards each inviter has (a re-render briefly makes two) */
  const cardsOf = new Map();
  /** @type {Set<string>} the inviters the background knows are on this tab */
  const reported = new Set();
  /** @type {Map<string, string>} the verdicts it gave */
  const verdicts = new Map();

  /** @type {Element | null} */
  let list = null;
  /** @type {MutationObserver | null} */
  let listObserver = null;
  /** @type {MutationObserver | null} */
  let finder = null;

  /** The cards in an added or removed node (never in our own badges). @param {Node} node @param {Element[]} out */
  function cardsIn(node, out) {
    if (!(node instanceof Element) || node.hasAttribute(BADGE)) return;
    if (node.matches(CARD)) out.push(node);
    else for (const card of node.querySelectorAll(CARD)) out.push(card);
  }

  /** `/in/<slug>/` → the slug, percent-decoded. @param {string} href */
  function slugOf(href) {
    const raw = /\/in\/([^/?#]+)/.exec(href)?.[1] ?? '';
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }

  /**
   * One card, read in one pass over its elements; null when it is not a person's pending invitation.
   * @param {Element} card
   * @returns {{ invitation: Invitation, accept: Element } | null}
   */
  function readCard(card) {
    /** @type {Element | null} */
    let link = null;
    let name = '';
    /** @type {Element | null} */
    let accept = null;
    /** @type {Element | null} */
    let messageBox = null;
    const lines = [];
    for (const el of card.querySelectorAll(PARTS)) {
      const tag = el.tagName;
      if (tag === 'P') {
        lines.push(el);
        continue;
      }
      if (tag !== 'A' && tag !== 'BUTTON') {
        messageBox = el;
        continue;
      }
      const href = tag === 'A' ? (el.getAttribute('href') ?? '') : '';
      if (NOT_A_PERSON.test(href)) return null;
      if (!link && href.includes('/in/')) {
        const text = (el.textContent ?? '').trim();
        if (text) {
          link = el;
          name = text;
          continue;
        }
      }
      if (accept) continue;
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim();
      if (!label.startsWith('Accept')) continue;
      // A bare "Accept" names nobody: a Page, newsletter or event invitation.
      if (label === 'Accept') return null;
      accept = el;
    }
    if (!link || !accept || !accept.getAttribute('aria-label')?.includes(name)) return null;
    const profile = slugOf(link.getAttribute('href') ?? '');
    if (!profile) return null;

    let headline = '';
    let mutual = '';
    let age = '';
    let afterName = false;
    for (const line of lines) {
      if (line.contains(link)) {
        afterName = true; // "<Name> is inviting you to connect"
        continue;
      }
      if (messageBox && line.contains(messageBox)) continue;
      const text = (line.textContent ?? '').trim();
      if (!mutual && MUTUAL.test(text)) mutual = text;
      else if (!age && AGE.test(text)) age = text;
      else if (!headline && afterName) headline = text; // the employer's accent line comes after it
    }
    const message = messageBox ? (messageBox.textContent ?? '').replace(TRAILING_MORE, '').trim() : '';
    return { invitation: { profile, name, headline, mutual, age, message }, accept };
  }

  /** @param {HTMLElement} host @param {string} verdict */
  function showVerdict(host, verdict) {
    const own = parts.get(host);
    const words = WORDS[verdict] ?? WORDS.undecided;
    own.label.className = `badge ${verdict}`;
    own.label.textContent = words;
    host.setAttribute('aria-label', `${own.name}: ${words}`);
  }

  /** @param {Element} card @param {Element} accept @param {Invitation} invitation */
  function drawBadge(card, accept, invitation) {
    const host = document.createElement('span');
    host.setAttribute(BADGE, invitation.profile);
    host.setAttribute('role', 'img');
    const shadow = host.attachShadow({ mode: 'closed' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    shadow.adoptedStyleSheets = [sheet];
    const label = document.createElement('span');
    shadow.append(label);
    parts.set(host, { label, name: invitation.name });
    showVerdict(host, verdicts.get(invitation.profile) ?? 'undecided');
    // Before the box around Accept and Ignore; before Accept itself when it sits straight in the card.
    const box = accept.parentElement && accept.parentElement !== card ? accept.parentElement : accept;
    box.before(host);
    badgeOf.set(invitation.profile, host);
  }

  /** Cards that came and went in one batch of the list's mutations. @param {Element[]} added @param {Element[]} removed */
  function take(added, removed) {
    /** @type {Invitation[]} */
    const fresh = [];
    for (const card of added) {
      if (!card.isConnected || live.has(card)) continue;
      let slug = slugOfCard.get(card);
      if (slug === undefined) {
        const read = readCard(card);
        if (!read) continue;
        slug = read.invitation.profile;
        slugOfCard.set(card, slug);
        drawBadge(card, read.accept, read.invitation);
        if (!reported.has(slug)) {
          reported.add(slug);
          fresh.push(read.invitation);
        }
      }
      // A card read before and put back (moved by the page) keeps its badge: only counted again.
      live.add(card);
      cardsOf.set(slug, (cardsOf.get(slug) ?? 0) + 1);
    }
    /** @type {string[]} */
    const gone = [];
    for (const card of removed) {
      if (card.isConnected || !live.delete(card)) continue;
      const slug = /** @type {string} */ (slugOfCard.get(card));
      const left = (cardsOf.get(slug) ?? 1) - 1;
      if (left > 0) cardsOf.set(slug, left);
      else {
        cardsOf.delete(slug);
        if (reported.delete(slug)) gone.push(slug);
      }
    }
    if (fresh.length > 0 || gone.length > 0) report(fresh, gone);
  }

  /** @param {Invitation[]} added @param {string[]} removed */
  function report(added, removed) {
    chrome.runtime.sendMessage({ type: 'report', added, removed }).then(
      (reply) => {
        for (const [slug, verdict] of Object.entries(reply?.verdicts ?? {})) {
          verdicts.set(slug, verdict);
          const host = badgeOf.get(slug);
          if (host?.isConnected) showVerdict(host, verdict);
        }
      },
      // The worker restarting: these are reported again the next time they are seen.
      () => added.forEach((invitation) => reported.delete(invitation.profile)),
    );
  }

  /** @param {MutationRecord[]} records */
  function onListChange(records) {
    /** @type {Element[]} */
    const added = [];
    /** @type {Element[]} */
    const removed = [];
    for (const record of records) {
      for (const node of record.addedNodes) cardsIn(node, added);
      for (const node of record.removedNodes) cardsIn(node, removed);
    }
    if (added.length > 0 || removed.length > 0) take(added, removed);
  }

  /** A click on a badge (retargeted to its host out of the closed root). @param {Event} event */
  function onClick(event) {
    const host = event.target;
    if (!(host instanceof Element) || !host.hasAttribute(BADGE)) return;
    event.stopPropagation();
    event.preventDefault();
    chrome.runtime.sendMessage({ type: 'badge-click', profile: host.getAttribute(BADGE) }).catch(() => {});
  }

  /** @param {Element} found */
  function watchList(found) {
    list = found;
    listObserver = new MutationObserver(onListChange);
    listObserver.observe(found, { childList: true, subtree: true });
    found.addEventListener('click', onClick, true);
    take([...found.querySelectorAll(CARD)], []);
  }

  function stop() {
    finder?.disconnect();
    finder = null;
    listObserver?.disconnect();
    listObserver = null;
    list?.removeEventListener('click', onClick, true);
    list = null;
    for (const host of badgeOf.values()) host.remove();
    badgeOf.clear();
    live.clear();
    cardsOf.clear();
    slugOfCard = new WeakMap();
    if (reported.size === 0) return;
    reported.clear();
    chrome.runtime.sendMessage({ type: 'left' }).catch(() => {});
  }

  function onPage() {
    if (!INVITATIONS_PAGE.test(location.pathname)) return stop();
    if (list?.isConnected || finder) return; // watching, or waiting for the list, already
    stop();
    const found = document.querySelector(LIST);
    if (found) return watchList(found);
    // Not there yet (an in-app move renders it later): look only at what is added, until it comes.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const match = node instanceof Element ? (node.matches(LIST) ? node : node.querySelector(LIST)) : null;
          if (!match) continue;
          observer.disconnect();
          finder = null;
          return watchList(match);
        }
      }
    });
    finder = observer;
    observer.observe(document.body, { childList: true, subtree: true });
  }

  let path = location.pathname;
  const onNavigation = () => {
    if (location.pathname === path) return;
    path = location.pathname;
    onPage();
  };
  /** @type {EventTarget | undefined} */
  const navigation = Reflect.get(globalThis, 'navigation');
  navigation?.addEventListener('currententrychange', onNavigation);
  window.addEventListener('popstate', onNavigation);
  onPage();
})();
