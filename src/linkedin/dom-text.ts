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
