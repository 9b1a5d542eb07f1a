import { describe, expect, it } from 'vitest';
import { findInvitations } from './invitations';

// The verb-less way in (shape-pair.ts) on hand-made cards in a language nobody knows: what it
// finds, and, one change at a time, what shares the list with invitations and must stay out.

function page(body: string, lang = 'xx'): Document {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
  doc.documentElement.lang = lang;
  return doc;
}

const names = (doc: Document): string[] => findInvitations(doc).map((f) => f.invitation.name);

// A 2026-shaped card whose words are of no language; every piece can be swapped.
function card({
  name = 'Ana Silva',
  href = '/in/ana-silva/',
  first = `Blip fneb ${name}`,
  second = `Zork ${name} vlem`,
  box = (a: string, b: string): string => `<div class="actions">${a}${b}</div>`,
  lines = '<p>Engineer at Contoso</p><p>3 days ago</p>',
  outer = 'div role="listitem"',
}: {
  name?: string;
  href?: string;
  first?: string;
  second?: string;
  box?: (a: string, b: string) => string;
  lines?: string;
  outer?: string;
} = {}): string {
  const tag = outer.split(' ')[0];
  return `<${outer}>
    <a href="${href}" aria-hidden="true"><img alt=""></a>
    <div><p><a href="${href}"><strong>${name}</strong></a><span> florb wib</span></p>${lines}</div>
    ${box(`<button aria-label="${first}"><span>Blip</span></button>`, `<button aria-label="${second}"><span>Zork</span></button>`)}
  </${tag}>`;
}

describe('the verb-less pair: what it finds', () => {
  it('the minimal card (so each case below tests one change)', () => {
    const [one] = findInvitations(page(card()));
    expect(one?.invitation).toMatchObject({ profile: 'ana-silva', name: 'Ana Silva', headline: 'Engineer at Contoso' });
    expect(one?.controls.className).toBe('actions');
  });

  it('in an Ember-like list item too, and with extra wrappers around one control', () => {
    expect(names(page(`<ul>${card({ outer: 'li' })}</ul>`))).toEqual(['Ana Silva']);
    const box = (a: string, b: string): string => `<div><div style="display: contents"><span>${a}</span></div>${b}</div>`;
    expect(names(page(card({ box })))).toEqual(['Ana Silva']);
  });

  it('right-to-left, bidi-isolated and emoji names', () => {
    const arabic = card({
      name: 'ليلى حداد',
      href: '/in/%D9%84%D9%8A%D9%84%D9%89/',
      first: 'بليب \u2068ليلى حداد\u2069',
      second: 'زورك \u2068ليلى حداد\u2069',
    });
    expect(findInvitations(page(arabic)).map((f) => f.invitation)).toMatchObject([{ name: 'ليلى حداد', profile: 'ليلى' }]);
    expect(names(page(card({ name: 'Ana Silva 👩‍💻' })))).toEqual(['Ana Silva 👩‍💻']);
  });
});

describe('the verb-less pair: what it must leave alone', () => {
  it('"People you may know": one control naming the person', () => {
    const pymk = `<ul><li><a href="/in/nadia-klein-ux/"><p><strong>Nadia Klein</strong></p></a><p>UX at Fabrikam</p>
      <footer><button aria-label="Quux Nadia Klein snar"><span>Quux</span></button></footer></li></ul>`;
    expect(names(page(pymk))).toEqual([]);
  });

  it('"People you may know" with a dismiss control naming the person, apart from Connect', () => {
    const pymk = `<ul><li><button aria-label="Wub Nadia Klein"></button><a href="/in/nadia-klein-ux/"><p><strong>Nadia Klein</strong></p></a>
      <p>UX at Fabrikam</p><footer><button aria-label="Quux Nadia Klein snar"><span>Quux</span></button></footer></li></ul>`;
    expect(names(page(pymk))).toEqual([]);
  });

  it('"is now a connection": Message is a /messaging/ link, Dismiss names nobody (or the person)', () => {
    for (const dismiss of ['Wub', 'Wub Jonas Weber']) {
      const done = `<div role="listitem"><p><a href="/in/jonas-weber-nw/"><strong>Jonas Weber</strong></a><span> glorp wib</span></p>
        <div><a href="/messaging/compose/" aria-label="Glorp Jonas Weber"><span>Glorp</span></a><button aria-label="${dismiss}"></button></div></div>`;
      expect(names(page(done)), dismiss).toEqual([]);
    }
  });

  it('where we know the words: "Message <Name>" + "Dismiss <Name>" side by side are not Accept + Ignore', () => {
    const done = card({
      name: 'Jonas Weber',
      href: '/in/jonas-weber-nw/',
      first: 'Send a message to Jonas Weber',
      second: 'Dismiss Jonas Weber',
    });
    expect(names(page(done, 'en'))).toEqual([]);
    const de = card({
      name: 'Jonas Weber',
      href: '/in/jonas-weber-nw/',
      first: 'Nachricht an Jonas Weber',
      second: 'Jonas Weber entfernen',
    });
    expect(names(page(de, 'de'))).toEqual([]);
  });

  it('a control naming someone else, or nobody', () => {
    expect(names(page(card({ second: 'Zork Bo Li vlem' })))).toEqual([]);
    expect(names(page(card({ second: 'Zork' })))).toEqual([]);
  });

  it('labels that are the name and nothing more, or that say the same thing', () => {
    expect(names(page(card({ second: 'Ana Silva' })))).toEqual([]);
    expect(names(page(card({ first: 'Zork Ana Silva', second: 'Zork Ana Silva' })))).toEqual([]);
  });

  it('a third control naming the person inside the box, or two pairs on one card', () => {
    const third = (a: string, b: string): string => `<div>${a}${b}<button aria-label="Plonk Ana Silva"></button></div>`;
    expect(names(page(card({ box: third })))).toEqual([]);
    const twoPairs = (a: string, b: string): string =>
      `<div>${a}${b}</div><div><button aria-label="Plonk Ana Silva"></button><button aria-label="Vex Ana Silva"></button></div>`;
    expect(names(page(card({ box: twoPairs })))).toEqual([]);
  });

  it('the pair not in a box of its own: text or another control beside it, or straight in the card', () => {
    const withText = (a: string, b: string): string => `<div>${a}<p>Engineer</p>${b}</div>`;
    expect(names(page(card({ box: withText })))).toEqual([]);
    const withControl = (a: string, b: string): string => `<div>${a}<a href="/feed/">Vex</a>${b}</div>`;
    expect(names(page(card({ box: withControl })))).toEqual([]);
    expect(names(page(card({ box: (a, b) => `${a}${b}` })))).toEqual([]);
  });

  it('a Page, newsletter or event invitation whose labels name the sender', () => {
    for (const path of ['/company/contoso/', '/newsletters/brief-1/', '/events/123/']) {
      const lines = `<p>grint blab <a href="https://www.linkedin.com${path}">Contoso</a></p>`;
      expect(names(page(card({ lines }))), path).toEqual([]);
    }
  });

  it('no card around the pair (a dialog), and a card without list item (issue 13)', () => {
    expect(names(page(`<div role="dialog">${card({ outer: 'div' })}</div>`))).toEqual([]);
    // Without any list item, the smallest box holding one person's links and the pair is the card.
    expect(names(page(card({ outer: 'div' })))).toEqual(['Ana Silva']);
  });

  it('a list item holding two people’s cards: nobody rather than a guess', () => {
    const inner = (n: string, h: string): string => card({ name: n, href: h, outer: 'div' });
    expect(names(page(`<ul><li>${inner('Ana Silva', '/in/ana-silva/')}${inner('Bo Li', '/in/bo-li/')}</li></ul>`))).toEqual([]);
  });

  it('a card the verb paths refused is not taken again, even from a control outside it', () => {
    // Two Accept verbs: the verb path refuses ("a whole list"). The list item around that card,
    // reached from a control of its own, must not let the shape path say yes to the same pair.
    const twoAccepts = card({
      first: 'Accept Ana Silva later',
      second: 'Accept Ana Silva now',
      outer: 'div data-view-name="pending-invitation"',
    });
    expect(names(page(twoAccepts))).toEqual([]);
    expect(names(page(`<div role="listitem">${twoAccepts}<button aria-label="Vex"></button></div>`))).toEqual([]);
  });
});

describe('the verb-less pair: cards it finds that the verb paths cannot', () => {
  it('a half-known language: the Ignore verb is known, the Accept verb is not', () => {
    expect(names(page(card({ first: 'Ignorar la invitación de Ana Silva', second: 'Zork Ana Silva vlem' }), 'es'))).toEqual(['Ana Silva']);
  });

  it('the 2025 React card, not inside any list item', () => {
    expect(names(page(card({ outer: 'div data-view-name="pending-invitation"' })))).toEqual(['Ana Silva']);
  });

  it('another control naming the person elsewhere on the card ("More actions for <Name>")', () => {
    const lines = '<p>Engineer at Contoso</p><button aria-label="Plonk Ana Silva"><svg></svg></button>';
    expect(names(page(card({ lines })))).toEqual(['Ana Silva']);
  });
});
