// The benchmark's in-page driver, inlined into every page bench/pages.mjs serves. It runs in the
// page's own (main) world, as LinkedIn's scripts do: the insertions, batches, re-renders and
// mutation storms happen inside the page's event loop, so the timings it returns are what a user's
// tab lives through, not Playwright round trips. Node calls these functions with page.evaluate and
// awaits their promises; no polling from outside happens while a CPU profile is being taken.
//
// `marker` is the selector of the badge of the extension under test ([data-know-trust-profile] for
// Know & Trust, [data-naive-badge] for the reference): the driver waits for badges, whoever draws them.
/* global MessageChannel */
'use strict';

(() => {
  const config = window.__benchConfig;
  const FIRST = [
    'Avery',
    'Bianca',
    'Chidi',
    'Dagny',
    'Emeka',
    'Farah',
    'Goran',
    'Hana',
    'Ilse',
    'Jovan',
    'Kaito',
    'Leila',
    'Mateo',
    'Nadia',
    'Oskar',
    'Priya',
    'Quentin',
    'Rosa',
    'Soren',
    'Tamsin',
    'Umar',
    'Vera',
    'Wendell',
    'Ximena',
    'Yusuf',
    'Zofia',
    'Anders',
    'Beatriz',
    'Cormac',
    'Delphine',
    'Eitan',
    'Fleur',
    'Gideon',
    'Hedda',
    'Ines',
    'Joaquin',
    'Katja',
    'Lorcan',
    'Mireille',
    'Niamh',
  ];
  const LAST = [
    'Abara',
    'Bergstrom',
    'Castellanos',
    'Dufresne',
    'Eriksen',
    'Fitzgerald',
    'Gallo',
    'Haddad',
    'Ivanova',
    'Jaramillo',
    'Kowalczyk',
    'Lindqvist',
    'Moreau',
    'Nakamura',
    'Okonkwo',
    'Petrakis',
    'Quispe',
    'Rasmussen',
    'Szabo',
    'Takahashi',
    'Udeh',
    'Valente',
    'Wojcik',
    'Xiong',
    'Yilmaz',
    'Zeller',
    'Achterberg',
    'Brennan',
    'Cienfuegos',
    'Dvorak',
    'Engel',
    'Ferreira',
    'Grunewald',
    'Holm',
    'Iqbal',
    'Jensen',
    'Kaplan',
    'Lacroix',
    'Mbeki',
    'Novak',
  ];

  // Between each first and last name, from the 1,601st card on, a middle name: names stay unique
  // per index (40 × 40 × 9 = 14,400 people) and made of letters only, like the fixture's (detection
  // matches the name in the Accept label against the profile link's text). Slugs carry the index.
  const MIDDLE = ['', 'Jo', 'Lee', 'Mae', 'Ray', 'Ann', 'Kit', 'Sol', 'Bo'];

  /** @param {number} index */
  function person(index) {
    const first = FIRST[index % FIRST.length];
    const last = LAST[Math.floor(index / FIRST.length) % LAST.length];
    const middle = MIDDLE[Math.floor(index / (FIRST.length * LAST.length)) % MIDDLE.length];
    const full = middle ? `${first} ${middle} ${last}` : `${first} ${last}`;
    return {
      name: full,
      slug: `${full.replaceAll(' ', '-')}-${(0x1000 + index).toString(16)}`.toLowerCase(),
      id: String(7345678900000000000n + BigInt(index)),
      key: (0x4d0000 + index).toString(16),
    };
  }

  /** @param {number} from @param {number} count */
  function cardsHtml(from, count) {
    let html = '';
    for (let i = from; i < from + count; i++) {
      const p = person(i);
      html += config.cardTemplate
        .replaceAll('{{NAME}}', p.name)
        .replaceAll('{{SLUG}}', p.slug)
        .replaceAll('{{ID}}', p.id)
        .replaceAll('{{KEY}}', p.key);
    }
    return html;
  }

  /**
   * Cards `from`…`from+count-1` as fresh, detached nodes (what React would render).
   * @param {number} from @param {number} count
   */
  function cards(from, count) {
    const template = document.createElement('template');
    template.innerHTML = cardsHtml(from, count);
    return template.content;
  }

  const COLUMN = '[data-testid="lazy-column"]';
  const LOADER = '[data-testid="loader"]';
  /** The list the cards go in, or null on a page without one (the feed, before probeAfterNavigation). */
  const findColumn = () => document.querySelector(COLUMN);
  const column = () => {
    const found = findColumn();
    if (!found) throw new Error(`no ${COLUMN} on ${location.pathname}`);
    return found;
  };
  const EMPTY_COLUMN = '<div data-testid="lazy-column"><div data-testid="loader" aria-busy="true"></div></div>';
  /** The list's loader: cards are inserted before it, as LinkedIn does. */
  const loader = () => {
    const found = column().querySelector(LOADER);
    if (!found) throw new Error(`the list on ${location.pathname} has no ${LOADER}`);
    return found;
  };
  /** @param {string} marker */
  const badgeCount = (marker) => column().querySelectorAll(marker).length;

  /**
   * Keeps count of the badges in the list from the mutation records, instead of a query over the
   * whole list at every batch of records: with thousands of cards that query was the page's biggest
   * cost whenever an extension draws its badges in many small slices, and slowed the very thing
   * timed. The badges of every added subtree go into a set (a badge seen twice, in its subtree
   * and in its own record, counts once); those of a removed subtree leave it unless they are in the
   * list again. The count can only be too high (a badge moved out of a removed subtree to somewhere
   * outside the list stays in it), never too low, so a count below a goal is a sure no, and one that
   * reaches it is checked by one real query (and set right): the answer is exact when it matters.
   * @param {string} marker
   */
  function badgeTally(marker) {
    const list = column();
    let badges = new Set(list.querySelectorAll(marker));
    /** @param {Node} node @param {(badge: Element) => void} each */
    const within = (node, each) => {
      if (!(node instanceof Element)) return;
      if (node.matches(marker)) each(node);
      for (const badge of node.querySelectorAll(marker)) each(badge);
    };
    const add = (badge) => void badges.add(badge);
    const drop = (badge) => void (list.contains(badge) || badges.delete(badge));
    return {
      /** @param {MutationRecord[]} records @returns {number} the badges now, or more, never fewer */
      update(records) {
        for (const record of records) {
          for (const node of record.addedNodes) within(node, add);
          for (const node of record.removedNodes) within(node, drop);
        }
        return badges.size;
      },
      /** @returns {number} the badges now, by a real query */
      recount() {
        badges = new Set(list.querySelectorAll(marker));
        return badges.size;
      },
    };
  }

  /**
   * Resolves with performance.now() at the first moment `column` holds `expected` badges. A page-world
   * MutationObserver sees the extension's insertions at the end of the very task that made them, so
   * the time is exact, not rounded to a polling interval.
   * @param {string} marker @param {number} expected @param {number} timeoutMs
   * @returns {Promise<number>}
   */
  function whenBadged(marker, expected, timeoutMs) {
    return new Promise((resolve, reject) => {
      const tally = badgeTally(marker);
      if (tally.recount() >= expected) return resolve(performance.now());
      const observer = new MutationObserver((records) => {
        if (tally.update(records) < expected) return;
        const now = performance.now();
        if (tally.recount() < expected) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(now);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`only ${badgeCount(marker)} of ${expected} badges after ${timeoutMs} ms`));
      }, timeoutMs);
      observer.observe(column(), { childList: true, subtree: true });
    });
  }

  /** The probe's person: in no list the benchmark builds (they stop at a few thousand cards). */
  const PROBE = 14_399;
  /** How many cards a 1280 × 900 viewport shows, about: the ones whose badges must come first. */
  const IN_VIEW = 10;

  /**
   * Counts rendering frames from now on. Frame n starts with the n-th animation-frame callback of
   * this clock (registered before anything the extension registers in reaction, so it runs first in
   * its frame) and ends when a task posted from that callback runs, which is after the frame's
   * rendering. frameOfNow() is the frame whose paint will show the DOM as it is now: the current one
   * while inside a frame's rendering step (the extension's own rAF callbacks), the next one between
   * frames. So a badge drawn in a MutationObserver callback or in the first rAF after the list came
   * is in frame 1, one drawn in a timer after that frame is in frame 2.
   */
  function frameClock() {
    let started = 0;
    let inFrame = false;
    let running = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      inFrame = false;
    };
    const tick = () => {
      if (!running) return;
      started += 1;
      inFrame = true;
      channel.port2.postMessage(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return {
      frameOfNow: () => (inFrame ? started : started + 1),
      stop() {
        running = false;
        channel.port1.close();
      },
    };
  }

  /**
   * Resolves when every one of `cardsInView` holds a badge: performance.now() then, and the frame
   * (frameClock) that shows them.
   * @param {Element[]} cardsInView @param {string} marker @param {ReturnType<typeof frameClock>} clock @param {number} timeoutMs
   * @returns {Promise<{ at: number, frame: number }>}
   */
  function whenInViewBadged(cardsInView, marker, clock, timeoutMs) {
    const done = () => cardsInView.every((card) => card.querySelector(marker) !== null);
    return new Promise((resolve, reject) => {
      if (done()) return resolve({ at: performance.now(), frame: clock.frameOfNow() });
      const observer = new MutationObserver(() => {
        if (!done()) return;
        const result = { at: performance.now(), frame: clock.frameOfNow() };
        observer.disconnect();
        clearTimeout(timer);
        resolve(result);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the first ${cardsInView.length} cards had no badge after ${timeoutMs} ms`));
      }, timeoutMs);
      observer.observe(column(), { childList: true, subtree: true });
    });
  }

  /** @type {DocumentFragment | null} */
  let prepared = null;
  /** @type {Element[]} the first cards of `prepared`, found before anything is timed */
  let preparedInView = [];

  window.knowTrustBench = {
    badgeCount,

    /** Resolves once the list holds `expected` badges (set-up only: not a timed measurement). */
    waitForBadges(marker, expected, timeoutMs) {
      return whenBadged(marker, expected, timeoutMs).then(() => badgeCount(marker));
    },

    /** Builds the cards of the next insertion ahead of time, so building them is not timed. */
    prepare(from, count) {
      prepared = cards(from, count);
      preparedInView = [...prepared.querySelectorAll('[role="listitem"]')].slice(0, IN_VIEW);
    },

    /**
     * Puts the prepared list into the page at once. Returns ms from then until every card has a
     * badge, and until the first IN_VIEW cards have theirs, with the frame that first shows those.
     */
    async insertPrepared(marker, expected, timeoutMs) {
      if (!prepared) throw new Error('nothing prepared');
      const fragment = prepared;
      const inView = preparedInView;
      prepared = null;
      preparedInView = [];
      // Nothing asynchronous between the insertion and the observers: they must see the first badge.
      const clock = frameClock();
      loader().before(fragment);
      const start = performance.now();
      const first = whenInViewBadged(inView, marker, clock, timeoutMs);
      const all = whenBadged(marker, expected, timeoutMs);
      try {
        const [seen, end] = await Promise.all([first, all]);
        return { ms: end - start, inViewMs: seen.at - start, inViewFrame: seen.frame, inView: inView.length };
      } finally {
        clock.stop();
      }
    },

    /**
     * Lazy loading as the 2026 list does it while the user scrolls: `batch` cards every `everyMs`
     * up to `total`, built and inserted inside the page's timer task. Per batch, ms until its badges,
     * and when it was inserted (performance.now(), to split a CPU profile by batches).
     */
    lazyLoad(marker, batch, everyMs, total, timeoutMs) {
      return new Promise((resolve, reject) => {
        const latencies = [];
        const insertedAt = [];
        let inserted = 0;
        const timeout = setTimeout(() => {
          observer.disconnect();
          clearInterval(interval);
          reject(new Error(`lazy loading: ${badgeCount(marker)} of ${inserted} badges after ${timeoutMs} ms`));
        }, timeoutMs);
        const tally = badgeTally(marker);
        const observer = new MutationObserver((records) => {
          const now = performance.now();
          // Every record goes through the tally, even when no batch is waiting for its badges.
          const atMost = tally.update(records);
          if (latencies.length >= insertedAt.length || atMost < (latencies.length + 1) * batch) return;
          const badged = tally.recount();
          while (latencies.length < insertedAt.length && badged >= (latencies.length + 1) * batch) {
            latencies.push(now - insertedAt[latencies.length]);
          }
          if (latencies.length * batch >= total) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve({ latencies, insertedAt });
          }
        });
        observer.observe(column(), { childList: true, subtree: true });
        const interval = setInterval(() => {
          loader().before(cards(inserted, batch));
          insertedAt.push(performance.now());
          inserted += batch;
          if (inserted >= total) clearInterval(interval);
        }, everyMs);
      });
    },

    /** A full re-render: every card replaced by a fresh node for the same person, as React does on a remount. */
    async rerender(marker, total, timeoutMs) {
      const fresh = cards(0, total);
      const keep = loader();
      column().replaceChildren(fresh, keep);
      const start = performance.now();
      return { ms: (await whenBadged(marker, total, timeoutMs)) - start };
    },

    /**
     * `mutations` DOM mutations that have nothing to do with invitations, on every [data-bench-storm]
     * widget in turn: a list item added, one removed, a counter's text replaced. Each is exactly one
     * MutationRecord for a childList+subtree observer. They come in bursts of `burst` per task, one
     * task every `everyMs`, the way a live feed, a notifications counter or a chat sidebar updates.
     */
    storm(mutations, burst, everyMs) {
      const widgets = [...document.querySelectorAll('[data-bench-storm]')].map((el) => {
        const list = el.querySelector('ul');
        const counter = el.querySelector('[data-bench-counter]');
        if (!list || !counter) throw new Error('a [data-bench-storm] widget without its <ul> or [data-bench-counter]');
        return { list, counter };
      });
      if (widgets.length === 0) return Promise.reject(new Error('no [data-bench-storm] widget on this page'));
      let done = 0;
      /** @param {number} i */
      const mutate = (i) => {
        // i % widgets.length is always an index of widgets (never empty here): no undefined to check.
        const widget = /** @type {(typeof widgets)[number]} */ (widgets[i % widgets.length]);
        const kind = Math.floor(i / widgets.length) % 3;
        if (kind === 2) {
          widget.counter.textContent = String(i);
        } else if (kind === 1 && widget.list.firstElementChild) {
          widget.list.firstElementChild.remove();
        } else {
          const item = document.createElement('li');
          item.textContent = `Update ${i}`;
          widget.list.append(item);
        }
      };
      const start = performance.now();
      return new Promise((resolve) => {
        const tick = () => {
          for (let n = 0; n < burst && done < mutations; n++) mutate(done++);
          if (done < mutations) setTimeout(tick, everyMs);
          else resolve({ ms: performance.now() - start, mutations: done });
        };
        tick();
      });
    },

    /**
     * Proves the extension under test is there and watching: one card in, its badge awaited, the
     * card out. Used before a measurement (so the observer is surely attached) and after the feed
     * storm (so a zero cost there is the extension idling, not the extension missing).
     */
    async probe(marker, timeoutMs) {
      const card = cards(PROBE, 1).firstElementChild;
      if (!card) throw new Error('the card template made no element');
      loader().before(card);
      try {
        await whenBadged(marker, badgeCount(marker) + 1, timeoutMs);
      } finally {
        card.remove();
      }
    },

    /**
     * On the feed: moves in-app to the invitations page, as LinkedIn does with pushState, puts an
     * empty list there and probes it. The extension under test must notice the move by itself.
     */
    async probeAfterNavigation(marker, timeoutMs) {
      history.pushState({}, '', '/mynetwork/invitation-manager/received/');
      if (!findColumn()) {
        const main = document.querySelector('main');
        if (!main) throw new Error(`no <main> on ${location.pathname} to put the list in`);
        main.insertAdjacentHTML('beforeend', EMPTY_COLUMN);
      }
      await this.probe(marker, timeoutMs);
    },
  };

  if (config.prefill > 0 && findColumn()) loader().before(cards(0, config.prefill));
})();
