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
export const INLINE: ReadonlySet<string> = new Set([
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
  /** The first element matching `message` (the card itself included), or null: the card has no message. */
  message: Element | null;
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
/** NEVER_TEXT as tag names: asked of every special element, a Set look-up instead of a matches(). */
const NEVER_TEXT_TAGS = new Set(NEVER_TEXT.split(', '));
const NOT_BLANK = /\S/;
const WHITESPACE = /\s+/g;

/**
 * True when every selector of the list only matches <a> elements ("a[href*=…], a.x"): then an
 * element of another tag is not asked (each matches() from a content script's world costs).
 */
const onlyLinks = (selector: string): boolean => selector.split(',').every((one) => /^\s*a(?![\w-])/.test(one));

/** What a walk keeps per selector list: the list itself and whether only links can match it. */
interface Kinds {
  chrome: string;
  reply: string;
  message: string;
  profileLinks: string;
  pageLinks: string;
  replyLinksOnly: boolean;
  profileLinksOnly: boolean;
  pageLinksOnly: boolean;
  /** Everything the walk treats apart, for the one query per card. */
  special: string;
}
const KINDS = new WeakMap<CardSelectors, Kinds>();
function kindsOf(s: CardSelectors): Kinds {
  let kinds = KINDS.get(s);
  if (!kinds) {
    kinds = {
      ...s,
      replyLinksOnly: onlyLinks(s.reply),
      profileLinksOnly: onlyLinks(s.profileLinks),
      pageLinksOnly: onlyLinks(s.pageLinks),
      special: `${s.chrome}, ${s.reply}, ${s.message}, ${s.profileLinks}, ${s.pageLinks}, ${NEVER_TEXT}, br`,
    };
    KINDS.set(s, kinds);
  }
  return kinds;
}

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
 * (its textContent), when that is all the text there is: in a content script's isolated world
 * every node touched costs, and most text nodes of a card are the indentation between its
 * elements. Whether it was all is checked against the card's whole textContent; where some
 * element holds text beside its children, the card is walked again node by node.
 */
export function walkCardLines(card: Element, s: CardSelectors): CardLines {
  const kinds = kindsOf(s);
  // Text of <svg>, <style>, <script> and <template> is never shown as text, wherever they stand.
  const pageLinkOutsideMessage = card.matches(s.pageLinks);
  if (card.closest(NEVER_TEXT)) return { own: [], outsideMessage: [], profileLinks: [], pageLinkOutsideMessage, message: null };
  const special = new Set(card.querySelectorAll(kinds.special));
  return (
    new CardWalk(card, kinds, special, true).read() ??
    new CardWalk(card, kinds, special, false).read() ?? {
      // (The walk over every node never gives up: this is for the type checker.)
      own: [],
      outsideMessage: [],
      profileLinks: [],
      pageLinkOutsideMessage,
      message: null,
    }
  );
}

/** The walk of readCardLines: elements only (read() is null when that missed some text), or every node. */
class CardWalk {
  private readonly own: Pieces = { pieces: [], broken: false };
  private readonly outside: Pieces = { pieces: [], broken: false };
  private readonly linkTexts: { link: Element; pieces: Pieces }[] = [];
  /** The profile links around the current node, each with the chrome depth and block depth at its entry. */
  private readonly openLinks: { link: Element; chrome: number; blocks: number; pieces: Pieces }[] = [];
  private readonly blocks: Element[];
  private chrome = 0;
  private reply = 0;
  private message = 0;
  private pageLinkOutsideMessage = false;
  private firstMessage: Element | null = null;
  /** Elements only: every text read (or passed over), to compare with the card's textContent. */
  private seen = '';

  constructor(
    private readonly card: Element,
    private readonly s: Kinds,
    private readonly special: ReadonlySet<Element>,
    private readonly elementsOnly: boolean,
  ) {
    this.blocks = [card];
  }

  read(): CardLines | null {
    const { card, s } = this;
    // The card itself counts as one of its own ancestors, as `root.contains(skipped)` does in linesOf.
    if (card.matches(s.chrome)) this.chrome += 1;
    if (card.matches(s.reply)) this.reply += 1;
    if (card.matches(s.message)) {
      this.message += 1;
      this.firstMessage = card;
    }
    this.inside(card, card);
    // Elements only, and some text stood beside elements: walk again, node by node.
    if (this.elementsOnly && this.seen.replace(WHITESPACE, '') !== (card.textContent ?? '').replace(WHITESPACE, '')) return null;

    // The same raw text often stands in several lists (own lines, lines outside the message).
    const collapsed = new Map<string, string>();
    const once = (raw: string): string => {
      let text = collapsed.get(raw);
      if (text === undefined) collapsed.set(raw, (text = collapse(raw)));
      return text;
    };
    const lines = (from: Pieces) => from.pieces.map((p) => ({ text: once(p.raw), links: p.links })).filter((l) => l.text);
    return {
      own: lines(this.own).map((l) => ({ text: l.text, hasMarker: false, links: l.links })),
      outsideMessage: lines(this.outside).map((l) => l.text),
      profileLinks: this.linkTexts.map(({ link, pieces }) => {
        const texts = lines(pieces).map((l) => l.text);
        return { link, text: texts.join(' '), first: texts[0] ?? '' };
      }),
      pageLinkOutsideMessage: this.pageLinkOutsideMessage,
      message: this.firstMessage,
    };
  }

  private add(into: Pieces, block: Element, text: string, withLinks: boolean): void {
    let last = into.pieces[into.pieces.length - 1];
    if (into.broken || last?.block !== block) {
      last = { block, raw: '', links: [] };
      into.pieces.push(last);
      into.broken = false;
    }
    last.raw += text;
    if (withLinks) for (const { link } of this.openLinks) if (!last.links.includes(link)) last.links.push(link);
  }

  /** A space after the text already read in `block`, where a line goes on. */
  private gap(block: Element): void {
    const after = (into: Pieces, at: Element): void => {
      const last = into.pieces[into.pieces.length - 1];
      if (last && last.block === at && !into.broken) last.raw += ' ';
    };
    after(this.own, block);
    after(this.outside, block);
    for (const open of this.openLinks) after(open.pieces, this.blocks.length > open.blocks ? block : open.link);
  }

  private text(data: string, block: Element): void {
    // Blank text shows nothing but, between two pieces of one line, a space ("<b>Ana</b> <b>Lee</b>"):
    // as the elements-only walk does between siblings, and as the line's textContent reads.
    if (!NOT_BLANK.test(data)) {
      this.gap(block);
      return;
    }
    if (this.chrome === 0 && this.message === 0) {
      this.add(this.outside, block, data, false);
      if (this.reply === 0) this.add(this.own, block, data, true);
    }
    for (const open of this.openLinks) {
      // textOf(link, chrome): chrome inside the link hides text; the link's block is its own.
      if (this.chrome > open.chrome) continue;
      this.add(open.pieces, this.blocks.length > open.blocks ? block : open.link, data, false);
    }
  }

  /** Inside `el`: its child nodes, or (elements only) its child elements, or a leaf's text. */
  private inside(el: Element, block: Element): void {
    if (!this.elementsOnly) {
      for (let node = el.firstChild; node; node = node.nextSibling) {
        const type = node.nodeType;
        if (type === 3 /* TEXT_NODE */) this.text((node as Text).data, block);
        else if (type === 1 /* ELEMENT_NODE */) this.element(node as Element, block);
      }
      return;
    }
    const first = el.firstElementChild;
    if (first) {
      for (let child: Element | null = first; child; child = child.nextElementSibling) {
        // The blank between two inline siblings is a space on screen: "<span>Ana</span> <span>Engineer</span>".
        if (child !== first && child.previousSibling?.nodeType === 3 /* TEXT_NODE */) this.gap(block);
        this.element(child, block);
      }
      return;
    }
    // A leaf: its text nodes are all its text (one textContent instead of a look at each node).
    const data = el.textContent ?? '';
    if (!data) return;
    this.seen += data;
    this.text(data, block);
  }

  private element(el: Element, block: Element): void {
    const tag = el.localName;
    if (!this.special.has(el)) {
      // The common case: a plain element, a new block unless it is phrasing content.
      if (INLINE.has(tag)) this.inside(el, block);
      else {
        this.blocks.push(el);
        this.inside(el, el);
        this.blocks.pop();
      }
      return;
    }
    if (NEVER_TEXT_TAGS.has(tag)) {
      // Nothing inside is ever text; a link inside an <svg> still counts as a link.
      if (this.elementsOnly) this.seen += el.textContent ?? '';
      if (el.firstElementChild) this.collectLinks(el);
      return;
    }
    if (tag === 'br') {
      if (this.chrome === 0 && this.message === 0) {
        this.outside.broken = true;
        if (this.reply === 0) this.own.broken = true;
      }
      for (const open of this.openLinks) if (this.chrome <= open.chrome) open.pieces.broken = true;
      return;
    }
    const { s } = this;
    const link = tag === 'a';
    const isChrome = el.matches(s.chrome);
    const isReply = (link || !s.replyLinksOnly) && el.matches(s.reply);
    const isMessage = el.matches(s.message);
    if (isMessage && !this.firstMessage) this.firstMessage = el;
    if (this.message === 0 && !isMessage && (link || !s.pageLinksOnly) && el.matches(s.pageLinks)) this.pageLinkOutsideMessage = true;
    const isProfileLink = (link || !s.profileLinksOnly) && el.matches(s.profileLinks);
    const isBlock = !INLINE.has(tag);
    if (isBlock) this.blocks.push(el);
    if (isProfileLink) {
      const pieces: Pieces = { pieces: [], broken: false };
      this.linkTexts.push({ link: el, pieces });
      this.openLinks.push({ link: el, chrome: this.chrome, blocks: this.blocks.length, pieces });
    }
    if (isChrome) this.chrome += 1;
    if (isReply) this.reply += 1;
    if (isMessage) this.message += 1;
    this.inside(el, isBlock ? el : block);
    if (isChrome) this.chrome -= 1;
    if (isReply) this.reply -= 1;
    if (isMessage) this.message -= 1;
    if (isProfileLink) this.openLinks.pop();
    if (isBlock) this.blocks.pop();
  }

  /** Links under a never-text element: listed (with no text), and Page links noted. */
  private collectLinks(el: Element): void {
    const { s } = this;
    for (const link of el.querySelectorAll(s.profileLinks)) this.linkTexts.push({ link, pieces: { pieces: [], broken: false } });
    if (this.message === 0 && [...el.querySelectorAll(s.pageLinks)].some((link) => !link.closest(s.message)))
      this.pageLinkOutsideMessage = true;
  }
}
