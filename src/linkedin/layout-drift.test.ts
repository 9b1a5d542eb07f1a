import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInvitations } from './invitations';
import { profileSlug } from './profile-slug';
import { answerKey, fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';
import { invented } from '../../tests/helpers/invented-language';

// LinkedIn rehashes its classes every release and reshuffles wrappers between layouts
// (docs/linkedin-dom.md: "code that follows the hooks below, rather than the exact shape of one
// fixture, will meet them"). Each fixture is drifted at random, the way a new build might drift it,
// and detection must still find exactly the people whose cards are left, and never anything else.
// fast-check generates the drifts and, when one fails, shrinks it to the smallest list of changes
// that still fails, printed with the seed that reproduces it.
//
// Before any change, the test marks what it knows from the answer key with attributes the detector
// never reads (data-test-*): person cards and their profile, the other list items, the controls,
// the line after the name, the message, the lists. The changes find their targets by those marks,
// so they still work after the classes are gone, and the check does not trust the detector to say
// which card is which.

const SEED = 20260517;
// Drifted pages per fixture. jsdom needs ~15–35 ms for one (parse, drift, detect, check): 5 × 50
// plus 2 × 30 in a language nobody knows keep the file near 8 s.
const RUNS = 50;
const RUNS_INVENTED = 30;

// The visible verbs of the fixtures, and "Zork"/"Blip" of the invented language (tests/helpers/invented-language.ts).
const ACCEPT_TEXTS = new Set(['Accept', 'Annehmen', 'Zork']);
const IGNORE_TEXTS = new Set(['Ignore', 'Ignorieren', 'Blip']);
const CARD = '[data-test-card]';

/** The fixture with its marks, and the name of each expected person by profile. */
function prepared(fixture: string, load: (f: string) => Document = loadFixture): { html: string; names: Map<string, string> } {
  const doc = load(fixture);
  const names = new Map((answerKey.fixtures[fixture]?.people ?? []).map((p) => [p.profile, p.name]));
  for (const link of doc.querySelectorAll('a[href*="/in/"]')) {
    const profile = profileSlug(link.getAttribute('href') ?? '');
    const card = link.closest('[role="listitem"], li');
    if (!card || !names.has(profile)) continue;
    card.setAttribute('data-test-kind', 'person');
    card.setAttribute('data-test-profile', profile);
  }
  for (const item of doc.querySelectorAll('[role="listitem"], li')) {
    const inPerson = item.closest('[data-test-kind="person"]') ?? item.querySelector('[data-test-kind="person"]');
    if (!inPerson) item.setAttribute('data-test-kind', 'non-person');
  }
  for (const control of doc.querySelectorAll('button, a')) {
    const text = control.textContent?.trim() ?? '';
    const part = ACCEPT_TEXTS.has(text) ? 'accept' : IGNORE_TEXTS.has(text) ? 'ignore' : '';
    if (!part) continue;
    control.setAttribute('data-test-part', part);
    // Cards are the list items holding an Accept: person invitations and Page/newsletter/event ones.
    if (part === 'accept') control.closest('[data-test-kind]')?.setAttribute('data-test-card', '');
  }
  for (const card of doc.querySelectorAll(CARD)) {
    const nameLink = [...card.querySelectorAll('a[href*="/in/"]')].find((a) => a.textContent?.trim());
    nameLink?.parentElement?.closest('p, div')?.nextElementSibling?.setAttribute('data-test-part', 'after-name');
    card
      .querySelector('[data-testid="expandable-text-box"], .invitation-card__custom-message-container')
      ?.setAttribute('data-test-part', 'message');
    card.parentElement?.closest('[data-testid="lazy-column"], [role="list"], ul')?.setAttribute('data-test-list', '');
  }
  const marked = doc.querySelectorAll(`${CARD}[data-test-kind="person"]`).length;
  if (marked !== names.size) throw new Error(`${fixture}: marked ${marked} person cards, expected ${names.size}`);
  return { html: doc.documentElement.outerHTML, names };
}

// ------------------------------------------------------------------ the changes

type Change =
  | { kind: 'classes'; salt: number; mode: 'rehash' | 'remove' | 'mixed' }
  | { kind: 'wrapInside'; card: number; target: number; contents: boolean }
  | { kind: 'wrapCard'; card: number; contents: boolean }
  | { kind: 'wrapList'; contents: boolean }
  | { kind: 'swapControls'; card: number }
  | { kind: 'shuffleCards'; salt: number }
  | { kind: 'removeCard'; card: number }
  | { kind: 'removeAfterName'; card: number }
  | { kind: 'removeMessage'; card: number }
  | { kind: 'renameHooks'; salt: number; everywhere: boolean };

const index = fc.nat({ max: 40 });
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('classes' as const),
    salt: fc.nat(),
    mode: fc.constantFrom('rehash' as const, 'remove' as const, 'mixed' as const),
  }),
  fc.record({ kind: fc.constant('wrapInside' as const), card: index, target: fc.nat({ max: 200 }), contents: fc.boolean() }),
  fc.record({ kind: fc.constant('wrapCard' as const), card: index, contents: fc.boolean() }),
  fc.record({ kind: fc.constant('wrapList' as const), contents: fc.boolean() }),
  fc.record({ kind: fc.constant('swapControls' as const), card: index }),
  fc.record({ kind: fc.constant('shuffleCards' as const), salt: fc.nat() }),
  fc.record({ kind: fc.constant('removeCard' as const), card: index }),
  fc.record({ kind: fc.constant('removeAfterName' as const), card: index }),
  fc.record({ kind: fc.constant('removeMessage' as const), card: index }),
  fc.record({ kind: fc.constant('renameHooks' as const), salt: fc.nat(), everywhere: fc.boolean() }),
);
const changes = fc.array(change, { minLength: 1, maxLength: 10 });

/** A small deterministic generator: fast-check chooses (and shrinks) the salt, this spreads it. */
function spread(salt: number): () => number {
  let state = salt >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const HOOKS = ['data-testid', 'componentkey', 'data-view-name', 'data-sdui-screen', 'data-component-type'];

function wrap(el: Element, contents: boolean): void {
  const wrapper = el.ownerDocument.createElement('div');
  if (contents) wrapper.setAttribute('style', 'display: contents;');
  el.replaceWith(wrapper);
  wrapper.append(el);
}

function apply(doc: Document, c: Change): void {
  const cards = [...doc.querySelectorAll(CARD)];
  const card = 'card' in c ? cards[c.card % Math.max(cards.length, 1)] : undefined;
  switch (c.kind) {
    case 'classes': {
      const next = spread(c.salt);
      for (const el of doc.querySelectorAll('[class]')) {
        const hashed = [...el.classList]
          .filter(() => c.mode !== 'remove' && (c.mode === 'rehash' || next() < 0.5))
          .map(
            () =>
              `_${Math.floor(next() * 2 ** 32)
                .toString(16)
                .padStart(8, '0')}`,
          );
        if (hashed.length) el.setAttribute('class', hashed.join(' '));
        else el.removeAttribute('class');
      }
      return;
    }
    case 'wrapInside': {
      const inside = card ? [...card.querySelectorAll('*')].filter((el) => !el.closest('svg')) : [];
      const target = inside[c.target % Math.max(inside.length, 1)];
      if (target) wrap(target, c.contents);
      return;
    }
    case 'wrapCard':
      if (card) wrap(card, c.contents);
      return;
    case 'wrapList':
      for (const list of doc.querySelectorAll('[data-test-list]')) wrap(list, c.contents);
      return;
    case 'swapControls': {
      const [a, b] = [card?.querySelector('[data-test-part="accept"]'), card?.querySelector('[data-test-part="ignore"]')];
      if (!a || !b) return;
      const mark = doc.createComment('swap');
      a.replaceWith(mark);
      b.replaceWith(a);
      mark.replaceWith(b);
      return;
    }
    case 'shuffleCards': {
      const next = spread(c.salt);
      for (const list of doc.querySelectorAll('[data-test-list]')) {
        const items = [...list.children];
        for (let i = items.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [items[i], items[j]] = [items[j] as Element, items[i] as Element];
        }
        list.append(...items);
      }
      return;
    }
    case 'removeCard':
      card?.remove();
      return;
    case 'removeAfterName':
      card?.querySelector('[data-test-part="after-name"]')?.remove();
      return;
    case 'removeMessage':
      card?.querySelector('[data-test-part="message"]')?.remove();
      return;
    case 'renameHooks': {
      const next = spread(c.salt);
      const scope = c.everywhere ? [...doc.querySelectorAll('*')] : listsAndAbove(doc);
      for (const el of scope) {
        for (const hook of HOOKS) if (el.hasAttribute(hook)) el.setAttribute(hook, `x${Math.floor(next() * 1e9).toString(36)}`);
      }
      return;
    }
  }
}

/** The list containers and their ancestors: where LinkedIn's list hooks live. */
function listsAndAbove(doc: Document): Element[] {
  const out = new Set<Element>();
  for (let el: Element | null = doc.querySelector('[data-test-list]'); el; el = el.parentElement) out.add(el);
  for (const list of doc.querySelectorAll('[data-test-list]')) out.add(list);
  return [...out];
}

// ------------------------------------------------------------------ the property

function drifted(html: string, list: readonly Change[]): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const c of list) apply(doc, c);
  return doc;
}

/** What must hold on any drifted page: exactly the people left, in their new order, nothing else. */
function check(doc: Document, names: Map<string, string>): void {
  const expected = [...doc.querySelectorAll('[data-test-kind="person"]')].map((card) => {
    const profile = card.getAttribute('data-test-profile') ?? '';
    return { name: names.get(profile), profile };
  });
  const found = findInvitations(doc);
  expect(found.map((f) => ({ name: f.invitation.name, profile: f.invitation.profile }))).toEqual(expected);
  for (const { card, controls, invitation } of found) {
    const marked = card.closest('[data-test-kind]');
    expect(marked?.getAttribute('data-test-kind'), invitation.name).toBe('person');
    expect(marked?.getAttribute('data-test-profile')).toBe(invitation.profile);
    expect(card.querySelector('[data-test-kind="non-person"]')).toBeNull();
    expect(controls).not.toBe(card);
    expect(card.contains(controls)).toBe(true);
    expect(controls.querySelector('[data-test-part="accept"]'), invitation.name).not.toBeNull();
    expect(controls.querySelector('[data-test-part="ignore"]'), invitation.name).not.toBeNull();
  }
}

describe.each(fixtureNames)('layout drift: %s', (fixture) => {
  const { html, names } = prepared(fixture);

  it('the undrifted page passes the check (the marks are right)', () => {
    check(drifted(html, []), names);
  });

  it(`finds exactly the people left, never anything else, on ${RUNS} drifted pages (seed ${SEED})`, () => {
    fc.assert(
      fc.property(changes, (list) => {
        check(drifted(html, list), names);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every class gone at once (Ember BEM names too), every hook renamed, wrappers everywhere', () => {
    const all: Change[] = [
      { kind: 'classes', salt: 1, mode: 'remove' },
      { kind: 'renameHooks', salt: 1, everywhere: true },
      { kind: 'wrapList', contents: true },
      ...[...Array(10).keys()].flatMap((card): Change[] => [
        { kind: 'wrapCard', card, contents: card % 2 === 0 },
        { kind: 'wrapInside', card, target: 3 * card + 1, contents: true },
        { kind: 'swapControls', card },
      ]),
    ];
    const doc = drifted(html, all);
    expect(doc.querySelector('[class], .invitation-card, [data-testid="lazy-column"]')).toBeNull();
    check(doc, names);
  });
});

// The verb-less way in (shape-pair.ts) leans on the pair sitting in a box of its own: wrappers,
// swaps and vanished classes must not cost it the people either.
describe.each(['fixture-sdui-2026.html', 'fixture-ember-2022.html'])('layout drift in a language nobody knows: %s', (fixture) => {
  const { html, names } = prepared(fixture, invented);

  it(`finds exactly the people left on ${RUNS_INVENTED} drifted pages (seed ${SEED})`, () => {
    check(drifted(html, []), names);
    fc.assert(
      fc.property(changes, (list) => {
        check(drifted(html, list), names);
      }),
      { seed: SEED, numRuns: RUNS_INVENTED },
    );
  });
});
