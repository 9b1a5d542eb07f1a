// Reading a card's text the way a person sees it: as lines. In the React eras classes are hashes,
// so the headline, the mutual connections and the age can only be told apart by the shape of
// their text (docs/linkedin-dom.md, "Stable hooks" 5); this file turns a card into those lines.

/** Whitespace collapsed and trimmed: what every string we hand out looks like. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) are invisible. Browsers and i18n
// libraries wrap right-to-left names in them inside sentences ("Aceptar la invitación de ⁨ليلى حداد⁩"),
// and a page may carry them inside a name's own text: a name must compare, and be handed out,
// without them. ZWJ (U+200D) is not one of them: it holds emoji sequences together.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The text without bidi control characters, whitespace collapsed again where they stood. */
export function withoutBidiControls(text: string): string {
  return collapse(text.replace(BIDI_CONTROLS, ''));
}

/** A control's accessible name as LinkedIn sets it: aria-label, else its text. */
export function accessibleName(el: Element): string {
  return collapse(el.getAttribute('aria-label') ?? '') || collapse(el.textContent ?? '');
}

/**
 * The element's text without what lies inside descendants matching `skip`, collapsed. Blocks and
 * <br> are separated by a space: "<p>One.</p><p>Two.</p>" reads "One. Two.", not "One.Two.".
 */
export function textOf(el: Element, skip?: string): string {
  return linesOf(el, skip)
    .map((l) => l.text)
    .join(' ');
}

export interface Line {
  text: string;
  /** True when the line holds text of `marker` (the inviter's name link). */
  hasMarker: boolean;
}

// Phrasing elements never start a new line on screen; anything else (p, div, li, section…) does.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/**
 * The card's visible lines in document order: consecutive text under the same block element is
 * one line. Text inside `skip` (buttons, the message…) is left out.
 */
export function linesOf(card: Element, skip?: string, marker?: Element | null): Line[] {
  const pieces: { block: Element; raw: string; hasMarker: boolean }[] = [];
  let broken = false; // a <br> since the last text: the next text starts a new line
  for (const node of visibleNodes(card, skip)) {
    if (!isText(node)) {
      broken = true;
      continue;
    }
    if (!node.data.trim()) continue;
    const block = blockOf(node, card);
    let last = pieces[pieces.length - 1];
    if (broken || last?.block !== block) {
      last = { block, raw: '', hasMarker: false };
      pieces.push(last);
      broken = false;
    }
    last.raw += node.data;
    if (marker?.contains(node)) last.hasMarker = true;
  }
  return pieces.map((p) => ({ text: collapse(p.raw), hasMarker: p.hasMarker })).filter((l) => l.text);
}

// By nodeType, not instanceof: documents from DOMParser have no window to take `Text` from.
const isText = (node: Node): node is Text => node.nodeType === 3; /* Node.TEXT_NODE */

function blockOf(node: Text, card: Element): Element {
  let el = node.parentElement;
  while (el && el !== card && INLINE.has(el.localName)) el = el.parentElement;
  return el ?? card;
}

/** The text nodes a person can read, and the <br> elements between them, in document order. */
function* visibleNodes(root: Element, skip?: string): Generator<Text | Element> {
  const walker = root.ownerDocument.createTreeWalker(root, 0x5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node) && node.nodeName.toLowerCase() !== 'br') continue;
    // Blank text (the indentation between tags) shows nothing: skip it before the costly closest().
    if (isText(node) && !node.data.trim()) continue;
    const parent = node.parentElement;
    // Text of <svg>, <style> and <script> is never shown as text.
    if (!parent || parent.closest('svg, style, script, template')) continue;
    if (skip) {
      const skipped = parent.closest(skip);
      if (skipped && root.contains(skipped)) continue;
    }
    yield node as Text | Element;
  }
}

/** A profile link of a card, with its text as textOf(link, notContent) would read it. */
export interface CardLink {
  link: Element;
  text: string;
  /** Its first line alone: the name, when the link also wraps the headline (issue 13). */
  first: string;
}

/** What one walk over a card reads (readCardLines). */
export interface CardLines {
  /** The card's own lines: without `chrome`, `reply` and `message` text; `hasMarker` is unset. */
  own: (Line & { links: readonly Element[] })[];
  /** The lines outside `chrome` and `message`, reply links included (the non-person sentences). */
  outsideMessage: string[];
  /** Links matching `profileLinks`, in document order, with their text. */
  profileLinks: CardLink[];
  /** Whether a link matching `pageLinks` stands outside the message. */
  pageLinkOutsideMessage: boolean;
}

/** The selectors readCardLines tells apart, all from selectors.ts. */
export interface CardSelectors {
  /** Page chrome: its text is no content (buttons, clamp ellipses, screen-reader copies). */
  chrome: string;
  /** Links whose text is chrome for the card's own lines only ("Reply to Tom"). */
  reply: string;
  /** The custom message: the sender's words, not the card's. */
  message: string;
  profileLinks: string;
  pageLinks: string;
}

interface Pieces {
  pieces: { block: Element; raw: string; links: Element[] }[];
  /** A <br> since the last text: the next text starts a new line. */
  broken: boolean;
}

const NEVER_TEXT = 'svg, style, script, template';
const NOT_BLANK = /\S/;
const WHITESPACE = /\s+/g;

/**
 * One walk over the card that reads what linesOf and textOf would read with several skip lists,
 * each text node visited once: the card's own lines, the lines outside the message, the text of
 * every profile link, and whether a Page link stands outside the message. The walk keeps, for the
 * element it is in, how many chrome, reply and message elements are around it (inside the card)
 * and which block holds it, so no text node asks closest() about its ancestors. The elements
 * matching any selector are found first with one native query; every other element costs a Set
 * look-up.
 *
 * The walk goes over elements only, reading the text of each element without element children
 * (one text node, as the parser makes it), when that is all the text there is: in a content
 * script's isolated world every node touched costs, and most text nodes of a card are the
 * indentation between its elements. Whether it was all is checked against the card's whole
 * textContent; where some element holds text beside its children, or a leaf holds several
 * nodes, the card is walked again node by node.
 */
export function readCardLines(card: Element, s: CardSelectors): CardLines {
  // Text of <svg>, <style>, <script> and <template> is never shown as text, wherever they stand.
  const pageLinkOutsideMessage = card.matches(s.pageLinks);
  if (card.closest(NEVER_TEXT)) return { own: [], outsideMessage: [], profileLinks: [], pageLinkOutsideMessage };
  const special = new Set(
    card.querySelectorAll(`${s.chrome}, ${s.reply}, ${s.message}, ${s.profileLinks}, ${s.pageLinks}, ${NEVER_TEXT}, br`),
  );
  // (The walk over every node never gives up: the last alternative is for the type checker.)
  return (
    walkCard(card, s, special, true) ??
    walkCard(card, s, special, false) ?? { own: [], outsideMessage: [], profileLinks: [], pageLinkOutsideMessage }
  );
}

/** The walk of readCardLines; elements only (null when that missed some text), or every node. */
function walkCard(card: Element, s: CardSelectors, special: ReadonlySet<Element>, elementsOnly: boolean): CardLines | null {
  const own: Pieces = { pieces: [], broken: false };
  const outside: Pieces = { pieces: [], broken: false };
  const linkTexts: { link: Element; pieces: Pieces }[] = [];
  /** The profile links around the current node, each with the chrome depth and block depth at its entry. */
  const openLinks: { link: Element; chrome: number; blocks: number; pieces: Pieces }[] = [];
  const blocks: Element[] = [card];
  let chrome = 0;
  let reply = 0;
  let message = 0;
  let pageLinkOutsideMessage = false;
  /** Elements only: every text read (or passed over), to compare with the card's textContent. */
  let seen = '';
  let missed = false;
  // The card itself counts as one of its own ancestors, as `root.contains(skipped)` does in linesOf.
  if (card.matches(s.chrome)) chrome += 1;
  if (card.matches(s.reply)) reply += 1;
  if (card.matches(s.message)) message += 1;

  const add = (into: Pieces, block: Element, text: string, withLinks: boolean): void => {
    let last = into.pieces[into.pieces.length - 1];
    if (into.broken || last?.block !== block) {
      last = { block, raw: '', links: [] };
      into.pieces.push(last);
      into.broken = false;
    }
    last.raw += text;
    if (withLinks) for (const { link } of openLinks) if (!last.links.includes(link)) last.links.push(link);
  };
  const brk = (into: Pieces): void => {
    into.broken = true;
  };
  /** A space after the text already read in `block`, where a line goes on. */
  const gap = (block: Element): void => {
    const after = (into: Pieces, at: Element): void => {
      const last = into.pieces[into.pieces.length - 1];
      if (last && last.block === at && !into.broken) last.raw += ' ';
    };
    after(own, block);
    after(outside, block);
    for (const open of openLinks) after(open.pieces, blocks.length > open.blocks ? block : open.link);
  };
  const text = (data: string, block: Element): void => {
    // Blank text (the indentation between tags) shows nothing.
    if (!NOT_BLANK.test(data)) return;
    if (chrome === 0 && message === 0) {
      add(outside, block, data, false);
      if (reply === 0) add(own, block, data, true);
    }
    for (const open of openLinks) {
      // textOf(link, chrome): chrome inside the link hides text; the link's block is its own.
      if (chrome > open.chrome) continue;
      add(open.pieces, blocks.length > open.blocks ? block : open.link, data, false);
    }
  };
  /** Inside `el`: its child nodes, or (elements only) its child elements, or a leaf's one text node. */
  const inside = (el: Element, block: Element): void => {
    if (!elementsOnly) {
      for (let node = el.firstChild; node; node = node.nextSibling) {
        const type = node.nodeType;
        if (type === 3 /* TEXT_NODE */) text((node as Text).data, block);
        else if (type === 1 /* ELEMENT_NODE */) element(node as Element, block);
      }
      return;
    }
    if (el.firstElementChild) {
      for (let child: Element | null = el.firstElementChild; child; child = child.nextElementSibling) {
        // The blank between two inline siblings is a space on screen: "<span>Ana</span> <span>Engineer</span>".
        if (child.previousSibling?.nodeType === 3 /* TEXT_NODE */ && child !== el.firstElementChild) gap(block);
        element(child, block);
      }
      return;
    }
    const only = el.firstChild;
    if (!only) return;
    if (only !== el.lastChild) missed = true;
    else if (only.nodeType === 3 /* TEXT_NODE */) {
      const data = (only as Text).data;
      seen += data;
      text(data, block);
    }
  };
  const element = (el: Element, block: Element): void => {
    if (!special.has(el)) {
      // The common case: a plain element, a new block unless it is phrasing content.
      if (INLINE.has(el.localName)) inside(el, block);
      else {
        blocks.push(el);
        inside(el, el);
        blocks.pop();
      }
      return;
    }
    if (el.matches(NEVER_TEXT)) {
      // Nothing inside is ever text; a link inside an <svg> still counts as a link.
      if (elementsOnly) seen += el.textContent ?? '';
      if (el.firstElementChild) collectLinks(el);
      return;
    }
    if (el.localName === 'br') {
      if (chrome === 0 && message === 0) {
        brk(outside);
        if (reply === 0) brk(own);
      }
      for (const open of openLinks) if (chrome <= open.chrome) brk(open.pieces);
      return;
    }
    const isChrome = el.matches(s.chrome);
    const isReply = el.matches(s.reply);
    const isMessage = el.matches(s.message);
    if (el.matches(s.pageLinks) && message === 0 && !isMessage) pageLinkOutsideMessage = true;
    const isProfileLink = el.matches(s.profileLinks);
    const isBlock = !INLINE.has(el.localName);
    if (isBlock) blocks.push(el);
    if (isProfileLink) {
      const pieces: Pieces = { pieces: [], broken: false };
      linkTexts.push({ link: el, pieces });
      openLinks.push({ link: el, chrome, blocks: blocks.length, pieces });
    }
    if (isChrome) chrome += 1;
    if (isReply) reply += 1;
    if (isMessage) message += 1;
    inside(el, isBlock ? el : block);
    if (isChrome) chrome -= 1;
    if (isReply) reply -= 1;
    if (isMessage) message -= 1;
    if (isProfileLink) openLinks.pop();
    if (isBlock) blocks.pop();
  };
  /** Links under a never-text element: listed (with no text), and Page links noted. */
  const collectLinks = (el: Element): void => {
    for (const link of el.querySelectorAll(s.profileLinks)) linkTexts.push({ link, pieces: { pieces: [], broken: false } });
    if (message === 0 && [...el.querySelectorAll(s.pageLinks)].some((link) => !link.closest(s.message))) pageLinkOutsideMessage = true;
  };
  inside(card, card);
  // Elements only, and some text stood beside elements (or in a leaf of several nodes): walk again.
  if (elementsOnly && (missed || seen.replace(WHITESPACE, '') !== (card.textContent ?? '').replace(WHITESPACE, ''))) return null;

  // The same raw text often stands in several lists (own lines, lines outside the message).
  const collapsed = new Map<string, string>();
  const once = (raw: string): string => {
    let text = collapsed.get(raw);
    if (text === undefined) collapsed.set(raw, (text = collapse(raw)));
    return text;
  };
  const lines = (from: Pieces) => from.pieces.map((p) => ({ text: once(p.raw), links: p.links })).filter((l) => l.text);
  return {
    own: lines(own).map((l) => ({ text: l.text, hasMarker: false, links: l.links })),
    outsideMessage: lines(outside).map((l) => l.text),
    profileLinks: linkTexts.map(({ link, pieces }) => {
      const texts = lines(pieces).map((l) => l.text);
      return { link, text: texts.join(' '), first: texts[0] ?? '' };
    }),
    pageLinkOutsideMessage,
  };
}
