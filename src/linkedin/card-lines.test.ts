import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_PARTS } from './card-text';
import { simpleCardLines } from './card-lines';
import { walkCardLines, type CardLines } from './dom-text';
import { findInvitations } from './invitations';
import { fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';

// The paragraph reading (card-lines.ts) is a shortcut to the walk's answer, never an answer of its
// own: wherever it reads a card, the walk over the same card must read exactly the same lines,
// links and signs. Checked on every element of every fixture taken as a card, and on cards made
// at random from the pieces LinkedIn's cards are made of (fast-check shrinks a failing one to the
// smallest markup that still differs).

/** The lines with each element replaced by its place in the document, so two readings compare. */
function comparable(read: CardLines, doc: Document): unknown {
  const all = [...doc.querySelectorAll('*')];
  const at = (el: Element | null): number | null => (el ? all.indexOf(el) : null);
  return {
    own: read.own.map((l) => ({ text: l.text, hasMarker: l.hasMarker, links: l.links.map(at) })),
    outsideMessage: read.outsideMessage,
    profileLinks: read.profileLinks.map((l) => ({ link: at(l.link), text: l.text, first: l.first })),
    pageLinkOutsideMessage: read.pageLinkOutsideMessage,
    message: at(read.message),
  };
}

describe('simpleCardLines reads what the walk reads', () => {
  it.each(fixtureNames)('on every element of %s', (name) => {
    const doc = loadFixture(name);
    for (const el of doc.querySelectorAll('*')) {
      const simple = simpleCardLines(el, CARD_PARTS);
      if (simple) expect(comparable(simple, doc), el.outerHTML.slice(0, 300)).toEqual(comparable(walkCardLines(el, CARD_PARTS), doc));
    }
  });

  it('reads the plain 2026 cards by their paragraphs (the shortcut is taken where it should be)', () => {
    const doc = loadFixture('fixture-sdui-2026.html');
    const cards = findInvitations(doc).map((f) => f.card);
    const simple = cards.filter((card) => simpleCardLines(card, CARD_PARTS) !== null);
    // The fixture's first card is the benchmark's; cards with a message or wrapped links are walked.
    expect(cards[0] && simpleCardLines(cards[0], CARD_PARTS)).not.toBeNull();
    expect(simple.length).toBeGreaterThanOrEqual(3);
    expect(simple.length).toBeLessThan(cards.length);
  });

  it('walks a card with a message, a Page link, a <br> in a line or text outside every paragraph', () => {
    const plain =
      '<p><a href="/in/ana/"><strong>Ana Silva</strong></a> is inviting you</p><p>Engineer</p><button aria-label="Accept Ana Silva’s invitation">Accept</button>';
    const cases = [
      `${plain}<div data-testid="expandable-text-box">Hi</div>`,
      `${plain}<a href="/company/contoso/"></a>`,
      plain.replace('Engineer', 'Engi<br>neer'),
      `${plain}<div>2 days ago</div>`,
      plain.replace('<p>Engineer</p>', '<p>Engineer<span role="button">… more</span></p>'),
      plain.replace('<p>Engineer</p>', '<p><a href="/messaging/x/">Reply</a></p>'),
    ];
    const doc = new DOMParser().parseFromString('<div id="plain"></div>', 'text/html');
    const host = doc.getElementById('plain')!;
    host.innerHTML = plain;
    expect(simpleCardLines(host, CARD_PARTS)?.own.map((l) => l.text)).toEqual(['Ana Silva is inviting you', 'Engineer']);
    for (const html of cases) {
      host.innerHTML = html;
      expect(simpleCardLines(host, CARD_PARTS), html).toBeNull();
    }
  });

  it('walks a card whose line stands inside a picture or whose link holds a line (markup only a script can build)', () => {
    const doc = new DOMParser().parseFromString('<div id="card"></div>', 'text/html');
    const card = doc.getElementById('card')!;
    const build = (box: string): void => {
      card.innerHTML = '<p><a href="/in/ana/">Ana</a> is inviting you</p><p>Engineer</p>';
      // The HTML parser takes a <p> out of an <svg>: only the DOM can put it there.
      const outer = doc.createElement(box);
      if (box === 'a') outer.setAttribute('href', '/in/bo/');
      const line = doc.createElement('p');
      line.textContent = '2 days ago';
      outer.append(line);
      card.append(outer);
    };
    for (const box of ['svg', 'a']) {
      build(box);
      expect(simpleCardLines(card, CARD_PARTS), box).toBeNull();
    }
    // The walk never reads text inside a picture: a reading of the line there would be one more line.
    build('svg');
    expect(walkCardLines(card, CARD_PARTS).own.map((l) => l.text)).toEqual(['Ana is inviting you', 'Engineer']);
  });

  // Cards built from the pieces of LinkedIn's cards, nested at random.
  const text = fc.constantFrom('', ' ', '\n  ', 'Ana', ' Silva ', 'Engineer at Contoso', '2 days ago', '\u200fليلى', '… more');
  type Tree = string | { tag: string; kids: Tree[] };
  const tags = fc.constantFrom(
    'p',
    'div',
    'span',
    'strong',
    'a href="/in/ana-silva/"',
    'a href="/in/bo/"',
    'a href="/messaging/t/"',
    'a href="/company/c/"',
    'button',
    'span role="button"',
    'span class="visually-hidden"',
    'br',
    'svg',
    'img',
    'div data-testid="expandable-text-box"',
    'time',
  );
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.record({ tag: tags, kids: fc.array(tie('node'), { maxLength: 4 }) }),
    ),
  })).node;
  const html = (t: Tree): string => {
    if (typeof t === 'string') return t;
    const name = t.tag.split(' ')[0]!;
    return name === 'br' || name === 'img' ? `<${t.tag}>` : `<${t.tag}>${t.kids.map(html).join('')}</${name}>`;
  };

  // Lines as the 2026 cards write them: paragraphs of phrasing content, blanks between the pieces.
  const inline = fc.constantFrom('span', 'strong', 'a href="/in/ana-silva/"', 'a href="/messaging/t/"', 'span role="button"', 'time', 'br');
  const phrasing: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, text, fc.record({ tag: inline, kids: fc.array(tie('node'), { maxLength: 3 }) })),
  })).node;
  const paragraph: fc.Arbitrary<Tree> = fc.record({
    tag: fc.constantFrom('p', 'p', 'div', 'button'),
    kids: fc.array(phrasing, { maxLength: 4 }),
  });

  it.each([
    ['text beside pieces of a line, a blank between them', '<p>Hi <strong>A</strong> <strong>B</strong></p>', ['Hi A B']],
    ['a piece that is only a blank', '<p><span>A</span><span> </span><span>B</span></p>', ['A B']],
    [
      'a name link beside its sentence',
      '<p><a href="/in/ana/"><strong>Ana</strong></a> is inviting you</p><p> Engineer </p>',
      ['Ana is inviting you', 'Engineer'],
    ],
  ])('%s: the same lines as the walk', (_what, markup, lines) => {
    const doc = new DOMParser().parseFromString(`<div id="card">${markup}</div>`, 'text/html');
    const card = doc.getElementById('card')!;
    const read = simpleCardLines(card, CARD_PARTS);
    expect(read?.own.map((l) => l.text)).toEqual(lines);
    expect(comparable(read!, doc)).toEqual(comparable(walkCardLines(card, CARD_PARTS), doc));
  });

  /** The walk's own lines wherever the shortcut reads one of the cards made by `kids`, on many of them. */
  function holdsOnRandomCards(kids: fc.Arbitrary<Tree[]>, seed: number): void {
    const doc = new DOMParser().parseFromString('<div role="listitem" id="card"></div>', 'text/html');
    const card = doc.getElementById('card')!;
    let simple = 0;
    fc.assert(
      fc.property(kids, (trees) => {
        card.innerHTML = trees.map(html).join('');
        const read = simpleCardLines(card, CARD_PARTS);
        if (!read) return;
        simple += 1;
        expect(comparable(read, doc)).toEqual(comparable(walkCardLines(card, CARD_PARTS), doc));
      }),
      { numRuns: 3000, seed },
    );
    // The property says something only if the shortcut was taken on many of the cards.
    expect(simple).toBeGreaterThan(300);
  }

  it('on random cards: null, or the walk’s own lines', () => {
    holdsOnRandomCards(fc.array(tree, { maxLength: 5 }), 20261203);
  });

  it('on random cards of paragraphs: null, or the walk’s own lines', () => {
    holdsOnRandomCards(fc.array(paragraph, { minLength: 1, maxLength: 5 }), 20261204);
  });
});
