import { describe, expect, it } from 'vitest';
import { findByControls, findInvitations, readPlainCard, type FoundInvitation } from './invitations';
import { labelPatternsFor } from './labels';
import { fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';

// The short way through findInvitations (invitations.ts, readPlainCard) is a shortcut to the long
// way's answer, never an answer of its own: on every element of every fixture, findInvitations
// must give what findByControls gives, and the short way must be taken where the cards are plain.

/** Invitations with their elements replaced by their places in the document, so two findings compare. */
function comparable(found: FoundInvitation[], doc: Document): unknown {
  const all = [...doc.querySelectorAll('*')];
  return found.map((f) => ({ card: all.indexOf(f.card), controls: all.indexOf(f.controls), invitation: f.invitation }));
}

describe('findInvitations the short way reads what the long way reads', () => {
  it.each(fixtureNames)('on every element of %s', (name) => {
    const doc = loadFixture(name);
    const patterns = labelPatternsFor(doc.documentElement.lang);
    for (const el of doc.querySelectorAll('*')) {
      const quick = findInvitations(el);
      expect(comparable(quick, doc), el.outerHTML.slice(0, 200)).toEqual(comparable(findByControls(el, patterns), doc));
    }
  });

  it('takes the short way for the plain 2026 cards, and only for them', () => {
    const doc = loadFixture('fixture-sdui-2026.html');
    const patterns = labelPatternsFor(doc.documentElement.lang);
    const found = findInvitations(doc);
    const plain = found.filter((f) => readPlainCard(f.card, patterns) !== null);
    expect(found[0] && readPlainCard(found[0].card, patterns)?.invitation).toEqual(found[0]?.invitation);
    expect(plain.length).toBeGreaterThanOrEqual(3);
    expect(plain.length).toBeLessThan(found.length);
  });

  it.each([
    [
      'an Accept label naming someone else',
      (c: Element) => c.querySelector('[aria-label^="Accept"]')?.setAttribute('aria-label', 'Accept Bo Li’s invitation'),
    ],
    [
      'two Accept sentences',
      (c: Element) => c.querySelector('[aria-label^="Accept"]')?.after(c.querySelector('[aria-label^="Accept"]')!.cloneNode(true)),
    ],
    ['no Ignore sentence', (c: Element) => c.querySelector('[aria-label^="Ignore"]')?.setAttribute('aria-label', 'Ignore')],
    [
      'a Page link',
      (c: Element) => c.querySelector('p')?.append(Object.assign(c.ownerDocument.createElement('a'), { href: '/company/contoso/' })),
    ],
    ['no picture', (c: Element) => c.querySelectorAll('img').forEach((img) => img.remove())],
    ['a follow sentence', (c: Element) => c.querySelector('p:last-of-type')?.replaceChildren('Ana Silva invited you to follow Contoso')],
  ])('leaves a card with %s to the long way', (_what, change) => {
    const doc = loadFixture('fixture-sdui-2026.html');
    const patterns = labelPatternsFor(doc.documentElement.lang);
    const [first] = findInvitations(doc);
    expect(first && readPlainCard(first.card, patterns)).not.toBeNull();
    change(first!.card);
    expect(readPlainCard(first!.card, patterns)).toBeNull();
    expect(comparable(findInvitations(first!.card), doc)).toEqual(comparable(findByControls(first!.card, patterns), doc));
  });
});
