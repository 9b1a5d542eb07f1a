import { describe, expect, it } from 'vitest';
import { MARKUP_LIMITS, elementAt, pathTo, readCardMarkup } from './card-markup';
import { findInvitations } from './invitations';
import { fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';

// A card read from its markup alone must give what the page's own reading of the live card gives,
// and a path that leads to the same controls box in the live card, with or without our badge in
// it: otherwise handing the reading to the background would change what the user is told.

const parser = new DOMParser();
const withInvitations = fixtureNames.filter((name) => findInvitations(loadFixture(name)).length > 0);

/** A stand-in for our badge host as the page's markup shows it (its closed shadow root never serialises). */
function badgeHost(doc: Document, profile: string): Element {
  const host = doc.createElement('span');
  host.setAttribute('data-know-trust-profile', profile);
  return host;
}

describe('readCardMarkup reads what the page reads', () => {
  it('has fixtures with invitations to compare', () => {
    expect(withInvitations.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withInvitations)('every invitation of %s, from its card’s markup alone', (name) => {
    const doc = loadFixture(name);
    const live = findInvitations(doc);
    const read = readCardMarkup(
      live.map((found) => found.card.outerHTML),
      doc.documentElement.lang,
      parser,
    );
    expect(read).toHaveLength(live.length);
    live.forEach((found, i) => {
      const one = read[i];
      expect(one?.invitation, found.card.outerHTML.slice(0, 200)).toEqual(found.invitation);
      expect(one && elementAt(found.card, one.controls)).toBe(found.controls);
    });
  });

  it.each(withInvitations)('every invitation of %s, handed over again with our badge in the card', (name) => {
    const doc = loadFixture(name);
    const live = findInvitations(doc);
    for (const found of live) found.controls.before(badgeHost(doc, found.invitation.profile));
    const read = readCardMarkup(
      live.map((found) => found.card.outerHTML),
      doc.documentElement.lang,
      parser,
    );
    live.forEach((found, i) => {
      expect(read[i]?.invitation).toEqual(found.invitation);
      const path = read[i]?.controls ?? [];
      expect(elementAt(found.card, path)).toBe(found.controls);
      expect(pathTo(found.card, found.controls)).toEqual(path);
    });
  });
});

describe('readCardMarkup refuses what the page should not send', () => {
  const doc = loadFixture('fixture-sdui-2026.html');
  const [first] = findInvitations(doc);
  const markup = first?.card.outerHTML ?? '';

  it('reads a card the page did send (the cases below differ from it in one thing each)', () => {
    expect(readCardMarkup([markup], 'en', parser)[0]?.invitation).toEqual(first?.invitation);
  });

  it('answers null for markup over the cap, not a string, or more than one element', () => {
    const padded = markup.replace('</', `<!--${'x'.repeat(MARKUP_LIMITS.perCard)}--></`);
    expect(readCardMarkup([padded, 42, null, markup + markup, '<p>text</p>'], 'en', parser)).toEqual([null, null, null, null, null]);
  });

  it('reads at most MARKUP_LIMITS.cards cards of one hand-over', () => {
    const many = Array.from({ length: MARKUP_LIMITS.cards + 3 }, () => '');
    expect(readCardMarkup(many, 'en', parser)).toHaveLength(MARKUP_LIMITS.cards);
  });
});

describe('elementAt follows a path in the live card', () => {
  const doc = new DOMParser().parseFromString('<div id="card"><p></p><div><span></span><b id="box"></b></div></div>', 'text/html');
  const card = doc.getElementById('card') as Element;
  const box = doc.getElementById('box') as Element;

  it('finds the element pathTo gave, and again after our badges go in', () => {
    const path = pathTo(card, box);
    expect(path).toEqual([1, 1]);
    expect(elementAt(card, [1, 1])).toBe(box);
    box.before(badgeHost(doc, 'someone'));
    card.prepend(badgeHost(doc, 'someone'));
    expect(elementAt(card, [1, 1])).toBe(box);
    expect(pathTo(card, box)).toEqual([1, 1]);
  });

  it('gives null for a path the card no longer has, or one no card could have', () => {
    expect(elementAt(card, [1, 5])).toBeNull();
    expect(elementAt(card, [-1])).toBeNull();
    expect(elementAt(card, [0.5])).toBeNull();
    expect(pathTo(card, doc.body)).toBeNull();
  });
});
