// Reading a card's text the way a person sees it: as lines. In the React eras classes are hashes,
// so the headline, the mutual connections and the age can only be told apart by the shape of
// their text (linkedin-dom.md, "Stable hooks" 5); this file turns a card into those lines.

/** Whitespace collapsed and trimmed: what every string we hand out looks like. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A control's accessible name as LinkedIn sets it: aria-label, else its text. */
export function accessibleName(el: Element): string {
  return collapse(el.getAttribute('aria-label') ?? '') || collapse(el.textContent ?? '');
}

/** The element's text without what lies inside descendants matching `skip`, collapsed. */
export function textOf(el: Element, skip?: string): string {
  let text = '';
  for (const node of textNodes(el, skip)) text += node.data;
  return collapse(text);
}

export interface Line {
  text: string;
  /** True when the line holds text of `marker` (the inviter's name link). */
  hasMarker: boolean;
}

// Phrasing elements never start a new line on screen; anything else (p, div, li, section…) does.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'label', 'mark', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u',
]);

/**
 * The card's visible lines in document order: consecutive text under the same block element is
 * one line. Text inside `skip` (buttons, the message…) is left out.
 */
export function linesOf(card: Element, skip: string, marker?: Element | null): Line[] {
  const lines: Line[] = [];
  let current: { block: Element; raw: string; hasMarker: boolean } | null = null;
  const flush = (): void => {
    const text = current ? collapse(current.raw) : '';
    if (current && text) lines.push({ text, hasMarker: current.hasMarker });
  };
  for (const node of textNodes(card, skip)) {
    if (!node.data.trim()) continue;
    const block = blockOf(node, card);
    if (current?.block !== block) {
      flush();
      current = { block, raw: '', hasMarker: false };
    }
    current.raw += node.data;
    if (marker?.contains(node)) current.hasMarker = true;
  }
  flush();
  return lines;
}

function blockOf(node: Text, card: Element): Element {
  let el = node.parentElement;
  while (el && el !== card && INLINE.has(el.localName)) el = el.parentElement;
  return el ?? card;
}

function* textNodes(root: Element, skip?: string): Generator<Text> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Text of <svg>, <style> and <script> is never shown as text.
    if (!parent || parent.closest('svg, style, script, template')) continue;
    if (skip) {
      const skipped = parent.closest(skip);
      if (skipped && root.contains(skipped)) continue;
    }
    yield node as Text;
  }
}
