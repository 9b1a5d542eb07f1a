import { collapse, INLINE, walkCardLines, type CardLines, type CardSelectors } from './dom-text';

// A card's lines (dom-text.ts, CardLines), read the cheap way where the card allows it. The 2026
// cards write every line as a <p> holding only phrasing content (docs/linkedin-dom.md), and such a
// card's lines are its paragraphs' texts: a dozen DOM calls per card instead of a walk over all of
// its elements, each of which costs in a content script's isolated world (issue 11: the walk was a
// third of the extension's time with 1,000 cards). Any card that is not plainly of that shape is
// walked (walkCardLines), so the simple reading is only ever a shortcut to the walk's own answer:
// card-lines.test.ts compares the two on every element of every fixture and drifted fixture.

/**
 * The card's lines: the paragraph reading where the card is a plain one (simpleCardLines), else the
 * walk over its elements. Never throws on a page's odd markup: both only read.
 */
export function readCardLines(card: Element, s: CardSelectors): CardLines {
  return simpleCardLines(card, s) ?? walkCardLines(card, s);
}

const NEVER_TEXT = 'svg, style, script, template';
const WHITESPACE = /\s+/g;
const NOT_BLANK = /\S/;
const INLINE_TAGS = [...INLINE].join(', ');

/**
 * The selectors a simple reading asks, per set of card selectors (one set in practice). None holds
 * a descendant combinator but `cardIsPart`'s, asked of the card alone: matching `a b` climbs from
 * every element to the document's root, and with dozens of elements per card that climb cost more
 * than the walk it was meant to spare (issue 11). Nesting is asked of each part instead.
 */
interface Shape {
  /** The card itself is one of the parts, or stands inside never-text: walked. */
  cardIsPart: string;
  /** Anywhere in the card, what the simple reading does not read: a message, a Page link, never-shown text. */
  unread: string;
  /** Inside a line: anything but phrasing content (a block, a <br>, a picture), chrome, a reply link. */
  notInLine: string;
  /** Inside chrome: a line or more chrome (whose text would be counted twice). */
  notInChrome: string;
}
const SHAPES = new WeakMap<CardSelectors, Shape>();
function shapeOf(s: CardSelectors): Shape {
  let shape = SHAPES.get(s);
  if (!shape) {
    shape = {
      cardIsPart: `p, ${s.chrome}, ${s.reply}, ${s.message}, ${s.profileLinks}, ${s.pageLinks}, ${NEVER_TEXT}, :is(${NEVER_TEXT}) *`,
      unread: `${s.message}, ${s.pageLinks}, style, script, template`,
      notInLine: `:not(${INLINE_TAGS}), ${s.chrome}, ${s.reply}`,
      notInChrome: `p, ${s.chrome}`,
    };
    SHAPES.set(s, shape);
  }
  return shape;
}

const visibleLength = (text: string | null): number => (text ?? '').replace(WHITESPACE, '').length;

/**
 * The lines of a card made only of paragraphs: every piece of its text stands in a <p> holding only
 * phrasing content, or in chrome (a button's label); its profile links with text stand inside those
 * paragraphs; it holds no message, Page link or never-shown text. Then each paragraph is one line
 * (the walk's block is the <p>), its text the paragraph's text, and a link's text its own. Null for
 * any other card: the walk reads it.
 */
export function simpleCardLines(card: Element, s: CardSelectors): CardLines | null {
  const shape = shapeOf(s);
  if (card.matches(shape.cardIsPart) || card.querySelector(shape.unread)) return null;
  // A line or a link inside a link or a picture: the walk knows what to make of it. (Folding this
  // and the checks below into `unread` as `:is(a, svg):has(a, p), p:has(…)` was measured: one query
  // per card, but 4.5 times the time with 1,000 cards; :has() costs more than the calls it spares.)
  for (const box of card.querySelectorAll('a, svg')) if (box.querySelector('a, p')) return null;
  const paragraphs = card.querySelectorAll('p');
  const ownParagraphs = new Set(paragraphs);
  // Every visible character is in a paragraph or in chrome, each holding no other (checked here):
  // else some text stands where the walk would find a line the paragraphs do not give.
  let covered = 0;
  const texts: string[] = [];
  for (const p of paragraphs) {
    if (p.querySelector(shape.notInLine)) return null;
    const raw = p.textContent ?? '';
    covered += visibleLength(raw);
    texts.push(raw);
  }
  for (const chrome of card.querySelectorAll(s.chrome)) {
    if (chrome.querySelector(shape.notInChrome)) return null;
    covered += visibleLength(chrome.textContent);
  }
  if (covered !== visibleLength(card.textContent)) return null;

  const profileLinks: CardLines['profileLinks'] = [];
  /** The profile links with text in each paragraph, in document order. */
  const linksIn = new Map<Element, Element[]>();
  for (const link of card.querySelectorAll(s.profileLinks)) {
    const raw = link.textContent ?? '';
    if (!NOT_BLANK.test(raw)) {
      profileLinks.push({ link, text: '', first: '' });
      continue;
    }
    const p = link.closest('p');
    // Text in a link outside the paragraphs (inside a button: chrome) is no simple line's. (The
    // card's own paragraphs are known: no second DOM call to ask whether this one is in the card.)
    if (!p || !ownParagraphs.has(p)) return null;
    const text = collapse(raw);
    profileLinks.push({ link, text, first: text });
    const links = linksIn.get(p);
    if (links) links.push(link);
    else linksIn.set(p, [link]);
  }

  const own: CardLines['own'] = [];
  const outsideMessage: string[] = [];
  paragraphs.forEach((p, i) => {
    const text = collapse(texts[i] ?? '');
    if (!text) return;
    own.push({ text, hasMarker: false, links: linksIn.get(p) ?? [] });
    outsideMessage.push(text);
  });
  return { own, outsideMessage, profileLinks, pageLinkOutsideMessage: false, message: null };
}
