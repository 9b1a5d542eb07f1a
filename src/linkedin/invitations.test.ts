import { describe, expect, it } from 'vitest';
import { guessInsider } from '../core/insider';
import type { Invitation } from '../core/types';
import { type FoundInvitation, findInvitations, profileSlug } from './invitations';
import { KNOWN_LABELS, labelPatternsFor, nameInAcceptLabel, nameInIgnoreLabel } from './labels';
import { isEnglishVerb, nameInEnglishLabel } from '../../tests/helpers/english-labels';
import { answerKey, fixtureFilesOnDisk, fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';

/** A page of our own: `<html lang>` set when given, `body` holding the snippet. */
function page(body: string, lang = ''): Document {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
  if (lang) doc.documentElement.lang = lang;
  return doc;
}

function byName(found: FoundInvitation[], name: string): Invitation {
  const one = found.find((f) => f.invitation.name === name);
  if (!one) throw new Error(`${name} not found among ${found.map((f) => f.invitation.name).join(', ')}`);
  return one.invitation;
}

// The fixtures' visible button texts, read straight from the HTML: how the test counts the cards
// that carry an Accept control, independently of labels.ts ("Zork"/"Blip": the invented language
// of fixture-sdui-2026-invented-language.html).
const ACCEPT_TEXTS = new Set(['Accept', 'Annehmen', 'Accepter', 'Aceptar', 'Zork']);
const IGNORE_TEXTS = new Set(['Ignore', 'Ignorieren', 'Ignorer', 'Ignorar', 'Blip']);
// The cards of the fixtures without list items (fixture-sdui-2025-unlisted.html, and one card each
// of the German and invented-language 2026 fixtures): the list's children.
const CARDS = '[role="listitem"], li, [componentkey="InvitationManagerPage_InvitationsList"] > *, [data-testid="lazy-column"] > *';
function cardsWithAccept(doc: Document): Element[] {
  const cards = new Set<Element>();
  for (const el of doc.querySelectorAll('button, a')) {
    if (!ACCEPT_TEXTS.has((el.textContent ?? '').trim())) continue;
    const card = el.closest(CARDS);
    if (card) cards.add(card);
  }
  return [...cards];
}

describe('findInvitations on the fixtures (answer key: expected.json)', () => {
  it('knows every fixture in the answer key, and the answer key knows every fixture on disk', () => {
    expect(fixtureNames).toEqual(Object.keys(answerKey.fixtures).sort());
    expect(fixtureFilesOnDisk()).toEqual(fixtureNames);
  });

  describe.each(fixtureNames)('%s', (fixture) => {
    const expected = answerKey.fixtures[fixture];
    if (!expected) throw new Error(`${fixture} is missing from expected.json`);
    const doc = loadFixture(fixture);
    const found = findInvitations(doc);

    it('finds exactly the expected people, in order, names and profiles exact', () => {
      expect(found.map((f) => ({ name: f.invitation.name, profile: f.invitation.profile }))).toEqual(
        expected.people.map((p) => ({ name: p.name, profile: p.profile })),
      );
    });

    it('gives the expected insider hint for each headline', () => {
      const hints = found.map((f) => guessInsider(f.invitation.headline, [answerKey.userCompany]));
      expect(hints).toEqual(expected.people.map((p) => p.insider));
    });

    it('leaves the non-person invitation cards alone (they exist and are not returned)', () => {
      const withAccept = cardsWithAccept(doc);
      const returned = (card: Element): boolean => found.some((f) => card.contains(f.card) || f.card.contains(card));
      const left = withAccept.filter((card) => !returned(card));
      expect(left.length).toBe(expected.nonPersonInvitations);
      expect(withAccept.length).toBe(expected.people.length + expected.nonPersonInvitations);
    });

    it('returns one invitation per card, in document order', () => {
      expect(new Set(found.map((f) => f.card)).size).toBe(found.length);
      for (let i = 1; i < found.length; i++) {
        const [before, after] = [found[i - 1]?.card, found[i]?.card];
        expect(before && after && before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      }
    });

    it('puts `controls` strictly inside the card, around both Accept and Ignore', () => {
      for (const { card, controls, invitation } of found) {
        expect(controls).not.toBe(card);
        expect(card.contains(controls)).toBe(true);
        const texts = [...controls.querySelectorAll('button, a')].map((el) => el.textContent?.trim());
        expect(
          texts.filter((t) => ACCEPT_TEXTS.has(t ?? '')),
          invitation.name,
        ).toHaveLength(1);
        // Around Ignore too, where the card has one (Mei Tanaka's and Lena Fischer's show Accept alone).
        const ignores = [...card.querySelectorAll('button, a')].filter((el) => IGNORE_TEXTS.has(el.textContent?.trim() ?? ''));
        expect(
          texts.filter((t) => IGNORE_TEXTS.has(t ?? '')),
          invitation.name,
        ).toHaveLength(ignores.length);
        // The card is a card, not the whole list: it holds one Accept control only.
        const accepts = [...card.querySelectorAll('button, a')].filter((el) => ACCEPT_TEXTS.has(el.textContent?.trim() ?? ''));
        expect(accepts.length).toBe(1);
      }
    });

    it('hands out collapsed, trimmed plain strings', () => {
      for (const { invitation } of found) {
        for (const value of Object.values(invitation)) {
          expect(value).toBeTypeOf('string');
          expect(value).toBe(value.replace(/\s+/g, ' ').trim());
        }
      }
    });

    it('finds the same after a badge is placed before each `controls` (as the content script does)', () => {
      const again = loadFixture(fixture);
      for (const f of findInvitations(again)) {
        const badge = again.createElement('span');
        badge.setAttribute('data-know-trust-profile', f.invitation.profile);
        badge.setAttribute('role', 'img');
        f.controls.before(badge);
      }
      expect(findInvitations(again).map((f) => f.invitation)).toEqual(found.map((f) => f.invitation));
    });
  });
});

describe('card fields by text shape', () => {
  it('2026 layout: headline before the company accent line, mutual, age, message without "… more"', () => {
    const found = findInvitations(loadFixture('fixture-sdui-2026.html'));
    expect(byName(found, 'Priya Raman')).toEqual({
      profile: 'priya-raman-4b2a1c',
      name: 'Priya Raman',
      headline: 'Senior Data Engineer at Northwind Analytics',
      mutual: 'Jonas Weber and 13 other mutual connections',
      age: '2 days ago',
      message: '',
    });
    expect(byName(found, 'Tom Becker')).toMatchObject({
      headline: 'Senior Technical Recruiter at Hirewell Talent Partners – Hiring Data & ML Engineers',
      mutual: '2 mutual connections',
      age: '12 hours ago',
      message:
        'Hi! I came across your profile and have a Staff Data Engineer opening (remote, EU) with one of our clients that looks like a strong match for your Spark/Kafka background…',
    });
    expect(byName(found, 'Sam Okafor')).toMatchObject({ headline: '', mutual: '', age: '3 months ago', message: '' });
    expect(byName(found, '李明 🚀')).toMatchObject({
      headline: '产品经理 @ 星河科技 | Product Manager',
      mutual: 'Priya Raman is a mutual connection',
      age: 'Today',
    });
    expect(byName(found, 'Marcus Feld')).toMatchObject({ age: 'Yesterday' });
  });

  it('2026 "follows you" card: Accept is a link, and the sentence is not the headline', () => {
    const found = findInvitations(loadFixture('fixture-sdui-2026.html'));
    const elena = found.find((f) => f.invitation.name === 'Elena Vasquez');
    expect(elena?.invitation).toMatchObject({ headline: 'CEO & Founder at Northwind Analytics', age: '1 week ago' });
    expect(elena?.controls.querySelector('a[aria-label^="Accept"]')).not.toBeNull();
  });

  it('Ember layout: subtitle, member insights, time badge, full text of a clamped message', () => {
    const found = findInvitations(loadFixture('fixture-ember-2022.html'));
    expect(byName(found, 'Tom Becker')).toMatchObject({
      headline: 'Senior Technical Recruiter at Hirewell Talent Partners – Hiring Data & ML Engineers',
      mutual: '2 mutual connections',
      age: '5 hours ago',
      message:
        'Hi! I came across your profile and have a Staff Data Engineer opening (remote, EU) with one of our clients that looks like a strong match for your Spark/Kafka background. Open to a quick chat this week?',
    });
    expect(byName(found, 'Elena Vasquez')).toMatchObject({
      headline: 'CEO & Founder at Northwind Analytics · Board member',
      mutual: 'Marcus Feld and 51 other mutual connections',
      age: '3 weeks ago',
      message: 'Welcome aboard! Great to have you on the analytics team.',
    });
    expect(byName(found, 'Sam Okafor')).toMatchObject({ headline: '', mutual: '', age: '1 month ago', message: '' });
    expect(byName(found, 'Дмитрий Соколов 🎯')).toMatchObject({
      headline: 'Руководитель отдела продаж в Северный Ветер | B2B SaaS',
      mutual: 'Priya Raman is a mutual connection',
    });
  });

  it('React strip: no age shown, message preview without "… more"', () => {
    const found = findInvitations(loadFixture('fixture-mynetwork-strip.html'));
    expect(byName(found, 'Tom Becker')).toMatchObject({
      headline: 'Senior Technical Recruiter at Hirewell Talent Partners',
      mutual: '2 mutual connections',
      age: '',
      message: 'Hi! I have a Staff Data Engineer opening (remote, EU) that looks like a strong match…',
    });
    expect(byName(found, 'Žofie Dvořáková 🌻')).toMatchObject({ headline: '', mutual: '', age: '', message: '' });
  });

  it('Ember strip: headline and short message', () => {
    const found = findInvitations(loadFixture('fixture-mynetwork-strip-ember-2022.html'));
    expect(byName(found, 'Marcus Feld')).toMatchObject({
      headline: 'HR Manager at Northwind Analytics | People & Culture',
      mutual: 'Elena Vasquez and 30 other mutual connections',
      age: '',
    });
    expect(byName(found, 'Tom Becker').message).toBe('Hi! I have a Staff Data Engineer opening (remote, EU) — open to a quick chat?');
  });

  it('German page: German mutual and age lines, message without "…mehr"', () => {
    const found = findInvitations(loadFixture('fixture-sdui-2026-de.html'));
    expect(byName(found, 'Priya Raman')).toMatchObject({
      headline: 'Senior Data Engineer bei Northwind Analytics',
      mutual: 'Jonas Weber und 13 weitere gemeinsame Kontakte',
      age: 'Vor 2 Tagen',
    });
    expect(byName(found, 'Tom Becker')).toMatchObject({
      mutual: '2 gemeinsame Kontakte',
      age: 'Heute',
      message:
        'Hallo! Ich habe eine Position als Staff Data Engineer (remote, EU) bei einem unserer Kunden, die sehr gut zu Ihrem Profil passt. Hätten Sie diese Woche Zeit für ein kurzes Gespräch?',
    });
    expect(byName(found, 'Αλέξανδρος Παπαδόπουλος 🇬🇷')).toMatchObject({
      headline: 'Μηχανικός Λογισμικού στην Northwind Analytics',
      mutual: 'Priya Raman ist ein gemeinsamer Kontakt',
      age: 'Vor 4 Tagen',
    });
    expect(byName(found, 'Sam Okafor')).toMatchObject({ headline: '', age: 'Vor 3 Monaten' });
  });
});

describe('card fields on hand-made cards', () => {
  it('a message in several blocks or lines reads as one line with spaces, without its "… more"', () => {
    const message =
      '<div><span data-testid="expandable-text-box"><p>Hello Ana,</p><p>we met at the meetup.<br>Coffee?</p> <button>… more</button></span></div>';
    expect(findInvitations(page(card({ message })))[0]?.invitation.message).toBe('Hello Ana, we met at the meetup. Coffee?');
    const plain = '<div><span data-testid="expandable-text-box">Great talk yesterday! …mehr</span></div>';
    expect(findInvitations(page(card({ message: plain })))[0]?.invitation.message).toBe('Great talk yesterday!');
  });

  it('an accent line that repeats the employer is not the headline, even when it comes first', () => {
    const lines = '<div><svg></svg><p>Contoso</p></div><p>Engineer at Contoso</p><p>Bo Li and 2 other mutual connections</p>';
    expect(findInvitations(page(card({ lines })))[0]?.invitation).toMatchObject({
      headline: 'Engineer at Contoso',
      mutual: 'Bo Li and 2 other mutual connections',
      age: '',
    });
  });

  it('Spanish and French mutual and age lines', () => {
    const es = '<p>Ingeniera en Contoso</p><p>Bo Li y 3 contactos en común más</p><p>hace 2 días</p>';
    expect(findInvitations(page(card({ lines: es })))[0]?.invitation).toMatchObject({
      headline: 'Ingeniera en Contoso',
      mutual: 'Bo Li y 3 contactos en común más',
      age: 'hace 2 días',
    });
    const fr = '<p>Ingénieure chez Contoso</p><p>2 relations en commun</p><p>il y a 3 semaines</p>';
    expect(findInvitations(page(card({ lines: fr })))[0]?.invitation).toMatchObject({
      headline: 'Ingénieure chez Contoso',
      mutual: '2 relations en commun',
      age: 'il y a 3 semaines',
    });
    expect(findInvitations(page(card({ lines: '<p>Ayer</p>' })))[0]?.invitation).toMatchObject({ headline: '', age: 'Ayer' });
    expect(findInvitations(page(card({ lines: '<p>Hier</p>' })))[0]?.invitation).toMatchObject({ headline: '', age: 'Hier' });
  });
});

describe('languages', () => {
  it('German page: found by structure, not by a sentence (no known sentence matches its labels)', () => {
    const doc = loadFixture('fixture-sdui-2026-de.html');
    expect(doc.documentElement.lang).toBe('de');
    for (const el of doc.querySelectorAll('[aria-label]')) {
      const label = el.getAttribute('aria-label') ?? '';
      expect(nameInAcceptLabel(label, KNOWN_LABELS), label).toBeNull();
      expect(nameInIgnoreLabel(label, KNOWN_LABELS), label).toBeNull();
    }
    const names = answerKey.fixtures['fixture-sdui-2026-de.html']?.people.map((p) => p.name);
    expect(findInvitations(doc).map((f) => f.invitation.name)).toEqual(names);
    // Whatever lang the caller claims.
    expect(findInvitations(doc, 'en-US').map((f) => f.invitation.name)).toEqual(names);
  });

  it('the structural fallback needs the inviter named in the accept label, or the inviter’s photo where it names nobody', () => {
    const doc = loadFixture('fixture-sdui-2026-de.html');
    const accepts = [...doc.querySelectorAll('[aria-label$="annehmen"]')];
    expect(accepts.length).toBe(6);
    for (const el of accepts) el.setAttribute('aria-label', 'Diese Einladung annehmen');
    expect(findInvitations(doc)).toEqual([]);
    // A bare verb names nobody: the card's photo in the inviter's own link says it is a person (issue 13)…
    for (const el of accepts) el.setAttribute('aria-label', 'Annehmen');
    const names = answerKey.fixtures['fixture-sdui-2026-de.html']?.people.map((p) => p.name);
    expect(findInvitations(doc).map((f) => f.invitation.name)).toEqual(names);
    // …and without it, nobody.
    for (const photo of doc.querySelectorAll('a[aria-hidden="true"] img, a[aria-hidden="true"] svg')) photo.remove();
    expect(findInvitations(doc)).toEqual([]);
  });

  // The 2026 page with the French sentences of docs/linkedin-dom.md instead of the English ones (read
  // with en.ts's own wordings, so a wording added there is translated too).
  function frenchPage(): Document {
    const doc = loadFixture('fixture-sdui-2026.html');
    for (const el of doc.querySelectorAll('[aria-label]')) {
      const label = el.getAttribute('aria-label') ?? '';
      const accept = nameInEnglishLabel(label, 'accept');
      const ignore = nameInEnglishLabel(label, 'ignore');
      if (accept) el.setAttribute('aria-label', `Accepter l’invitation de ${accept}`);
      else if (ignore) el.setAttribute('aria-label', `Ignorer l’invitation de ${ignore} à rejoindre son réseau`);
      else if (isEnglishVerb(label, 'accept')) el.setAttribute('aria-label', 'Accepter');
      else if (isEnglishVerb(label, 'ignore')) el.setAttribute('aria-label', 'Ignorer');
    }
    // A bare <span>Accept</span>, as the buttons hold their visible verb.
    for (const span of doc.querySelectorAll('span')) {
      if (span.attributes.length > 0 || span.children.length > 0) continue;
      if (isEnglishVerb(span.textContent ?? '', 'accept')) span.textContent = 'Accepter';
      if (isEnglishVerb(span.textContent ?? '', 'ignore')) span.textContent = 'Ignorer';
    }
    doc.documentElement.lang = 'fr';
    return doc;
  }

  it('French page: the French sentences find the same people, and bare "Accepter" cards are left alone', () => {
    const doc = frenchPage();
    expect(doc.querySelectorAll('[aria-label^="Accepter l’invitation de "]').length).toBe(6);
    const expected = answerKey.fixtures['fixture-sdui-2026.html']?.people.map((p) => p.profile);
    expect(findInvitations(doc).map((f) => f.invitation.profile)).toEqual(expected);
    expect(findInvitations(doc, 'fr-CA').map((f) => f.invitation.profile)).toEqual(expected);
  });

  it('label patterns: curly and ASCII apostrophes, French elision, lang prefix first', () => {
    const all = labelPatternsFor('');
    expect(nameInAcceptLabel('Accept Elena Vasquez’s invitation', all)).toBe('Elena Vasquez');
    expect(nameInAcceptLabel("Accept Elena Vasquez's invitation", all)).toBe('Elena Vasquez');
    expect(nameInAcceptLabel('Accept James’ invitation', all)).toBe('James');
    expect(nameInAcceptLabel('Accept', all)).toBeNull();
    expect(nameInAcceptLabel('Invite Nadia Klein to connect', all)).toBeNull();
    expect(nameInIgnoreLabel('Ignore an invitation to connect from 李明 🚀', all)).toBe('李明 🚀');
    expect(nameInAcceptLabel('Accepter l’invitation d’Élodie Martin', all)).toBe('Élodie Martin');
    expect(nameInIgnoreLabel('Ignorer l’invitation de Marc Dupont à rejoindre son réseau', all)).toBe('Marc Dupont');
    expect(labelPatternsFor('fr-FR')[0]?.lang).toBe('fr');
    expect(labelPatternsFor('en')[0]?.lang).toBe('en');
    expect(
      labelPatternsFor('de')
        .map((p) => p.lang)
        .sort(),
    ).toEqual(KNOWN_LABELS.map((p) => p.lang).sort());
  });
});

// A minimal 2026-shaped card; pieces can be swapped to build the cases below.
function card({
  name = 'Ana Silva',
  href = '/in/ana-silva/',
  accept = `Accept ${name}’s invitation`,
  ignore = `Ignore an invitation to connect from ${name}`,
  acceptText = 'Accept',
  lines = '<p>Engineer at Contoso</p><p>3 days ago</p>',
  message = '',
}: { name?: string; href?: string; accept?: string; ignore?: string; acceptText?: string; lines?: string; message?: string } = {}): string {
  return `<div role="listitem">
    <a href="${href}" aria-hidden="true"><img alt=""></a>
    <div><p><a href="${href}"><strong>${name}</strong></a><span> is inviting you to connect</span></p>${lines}</div>
    <div class="actions"><button aria-label="${ignore}"><span>Ignore</span></button><button aria-label="${accept}"><span>${acceptText}</span></button></div>
    ${message}
  </div>`;
}

describe('what is not a pending person invitation', () => {
  it('the minimal card itself is found (so the cases below test one change each)', () => {
    const [one] = findInvitations(page(card()));
    expect(one?.invitation).toEqual({
      profile: 'ana-silva',
      name: 'Ana Silva',
      headline: 'Engineer at Contoso',
      mutual: '',
      age: '3 days ago',
      message: '',
    });
    expect(one?.controls.className).toBe('actions');
  });

  it('a card linking a Page, a showcase, a newsletter or an event', () => {
    for (const path of ['/company/contoso/', '/showcase/contoso-ai/', '/newsletters/brief-1/', '/events/123/']) {
      const lines = `<p>Engineer</p><p><a href="https://www.linkedin.com${path}">Contoso</a></p>`;
      expect(findInvitations(page(card({ lines }))), path).toEqual([]);
    }
  });

  it('a card saying "invited you to follow / subscribe / attend", in four languages', () => {
    for (const sentence of [
      'invited you to follow Contoso',
      'vous a invité à suivre Contoso',
      'hat Sie eingeladen, Contoso zu folgen',
      'te ha invitado a seguir Contoso',
    ]) {
      expect(findInvitations(page(card({ lines: `<p>${sentence}</p>` }))), sentence).toEqual([]);
    }
  });

  it('but a company link or such a sentence inside the custom message is the sender’s own words', () => {
    const message =
      '<p><span data-testid="expandable-text-box">See https://www.linkedin.com/company/contoso/ — I invited you to follow us <a href="https://www.linkedin.com/company/contoso/">Contoso</a></span></p>';
    const [one] = findInvitations(page(card({ message })));
    expect(one?.invitation.message).toBe('See https://www.linkedin.com/company/contoso/ — I invited you to follow us Contoso');
  });

  it('bare-verb labels without the inviter’s photo (Page invitations), in any language', () => {
    for (const [accept, ignore] of [
      ['Accept', 'Ignore'],
      ['Annehmen', 'Ignorieren'],
      ['Aceptar', 'Ignorar'],
      ['Accetta', 'Ignora'],
    ]) {
      const bare = card({ accept, ignore, acceptText: accept });
      // With the photo in the inviter's link, a person (issue 13, kind 2)…
      expect(
        findInvitations(page(bare)).map((f) => f.invitation.name),
        accept,
      ).toEqual(['Ana Silva']);
      // …without it, or with it in a Page's link, or with a group linked, not.
      expect(findInvitations(page(bare.replace('<img alt="">', ''))), accept).toEqual([]);
      expect(
        findInvitations(page(bare.replace('href="/in/ana-silva/" aria-hidden', 'href="/company/contoso/" aria-hidden'))),
        accept,
      ).toEqual([]);
      expect(
        findInvitations(page(card({ accept, ignore, acceptText: accept, lines: '<p><a href="/groups/123/">Data Folks</a></p>' }))),
        accept,
      ).toEqual([]);
    }
  });

  it('"People you may know" suggestions', () => {
    const pymk = `<div role="listitem"><a href="/in/nadia-klein-ux/"><p><strong>Nadia Klein</strong></p></a>
      <button aria-label="Invite Nadia Klein to connect"><span>Connect</span></button></div>`;
    expect(findInvitations(page(pymk))).toEqual([]);
  });

  it('"is now a connection" cards (no Accept control)', () => {
    const done = `<div role="listitem"><p><a href="/in/jonas-weber-nw/"><strong>Jonas Weber</strong></a><span> is now a connection</span></p>
      <a href="/messaging/compose/"><span>Message</span></a><button aria-label="Dismiss"></button></div>`;
    expect(findInvitations(page(done))).toEqual([]);
  });

  it('an Accept control with no card around it (a bulk toolbar, a dialog)', () => {
    // A dialog holding one person's link and the pair: LinkedIn's own, never a card.
    const dialog = `<div role="dialog"><div><a href="/in/ana-silva/">Ana Silva</a><button aria-label="Accept Ana Silva’s invitation">Accept</button>
      <button aria-label="Ignore an invitation to connect from Ana Silva">Ignore</button></div></div>`;
    expect(findInvitations(page(dialog))).toEqual([]);
    // A toolbar above two people's cards: the smallest box around it with a profile link holds two people.
    const toolbar = `<main><section><div><button>Accept all</button><button>Ignore all</button></div>
      <div><a href="/in/ana-silva/">Ana Silva</a></div><div><a href="/in/bo-li/">Bo Li</a></div></section></main>`;
    expect(findInvitations(page(toolbar))).toEqual([]);
  });

  it('a card with no list item around it is the smallest box holding one person’s links and the pair (issue 13)', () => {
    const unlisted = `<main><section><div class="card"><a href="/in/ana-silva/"><img alt=""></a><div><p><a href="/in/ana-silva/">Ana Silva</a></p><p>Engineer at Contoso</p></div>
      <div class="actions"><button aria-label="Ignore an invitation to connect from Ana Silva">Ignore</button><button aria-label="Accept Ana Silva’s invitation">Accept</button></div></div></section></main>`;
    const [one, ...more] = findInvitations(page(unlisted));
    expect(more).toEqual([]);
    expect(one?.card.className).toBe('card');
    expect(one?.controls.className).toBe('actions');
    expect(one?.invitation.headline).toBe('Engineer at Contoso');
  });

  it('an Accept label naming someone else than the card’s profile link', () => {
    expect(findInvitations(page(card({ accept: 'Accept Someone Else’s invitation' })))).toEqual([]);
  });

  it('a "card" holding two invitations (no per-card wrapper): nobody rather than the wrong person', () => {
    const two = `<li>${card().replace('role="listitem"', '')}${card({ name: 'Bo Li', href: '/in/bo-li/' }).replace('role="listitem"', '')}</li>`;
    expect(findInvitations(page(two))).toEqual([]);
  });

  it('the Sent page: withdraw buttons, no Accept', () => {
    const sent = `<ul><li><a href="/in/ana-silva/">Ana Silva</a><p>Engineer at Contoso</p><p>Sent 2 days ago</p>
      <button aria-label="Withdraw invitation sent to Ana Silva"><span>Withdraw</span></button></li></ul>`;
    expect(findInvitations(page(sent))).toEqual([]);
  });
});

describe('robustness', () => {
  it('empty documents and fragments', () => {
    expect(findInvitations(page(''))).toEqual([]);
    expect(findInvitations(document.createDocumentFragment())).toEqual([]);
    expect(findInvitations(document.createElement('div'))).toEqual([]);
  });

  it('a card whose profile link has no text, or no profile link at all', () => {
    const noText = card().replace('<strong>Ana Silva</strong>', '');
    expect(findInvitations(page(noText))).toEqual([]);
    const noLink = card().replaceAll('href="/in/ana-silva/"', 'href="/feed/"');
    expect(findInvitations(page(noLink))).toEqual([]);
  });

  it('works from a root inside the page (a freshly added card)', () => {
    const doc = page(`<main>${card()}${card({ name: 'Bo Li', href: '/in/bo-li/' })}</main>`);
    const second = doc.querySelectorAll('[role="listitem"]')[1];
    expect(second && findInvitations(second).map((f) => f.invitation.name)).toEqual(['Bo Li']);
  });

  it('profile slugs: percent-decoded, malformed escapes kept, other sites ignored', () => {
    expect(profileSlug('https://www.linkedin.com/in/%E6%9D%8E%E6%98%8E-8a1b2c3d/')).toBe('李明-8a1b2c3d');
    expect(profileSlug('/in/ana-silva?miniProfileUrn=x')).toBe('ana-silva');
    expect(profileSlug('/in/bad-%E6%9D')).toBe('bad-%E6%9D');
    expect(profileSlug('https://evil.example/in/ana-silva/')).toBe('');
    expect(profileSlug('/company/contoso/')).toBe('');
    expect(profileSlug('http://[broken')).toBe('');
  });

  it('never throws on random junk, and whatever it returns is well-formed', () => {
    let seed = 20260;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(items: readonly T[]): T => items[rand(items.length)] as T;
    const tags = ['div', 'li', 'ul', 'p', 'span', 'a', 'button', 'strong', 'svg', 'section'];
    const labels = [
      'Accept Ana Silva’s invitation',
      'Ignore an invitation to connect from Ana Silva',
      'Accept',
      'Ignore',
      'Annehmen',
      'Accept ’s invitation',
      'Accept \u0000’s invitation',
      'Ignorieren Ana Silva',
      '',
    ];
    const hrefs = ['/in/ana-silva/', '/in/%E0%A4%', '/in/', '/company/x/', 'javascript:void(0)', '', 'http://[', '/in/%'];
    const texts = ['Ana Silva', 'Accept', 'Ignore', '2 days ago', 'mutual connections', '', '   ', 'Engineer at X', '…more'];
    for (let round = 0; round < 150; round++) {
      const doc = page('');
      const nodes: Element[] = [doc.body];
      for (let i = 0; i < 40; i++) {
        const el = doc.createElement(pick(tags));
        if (rand(3) === 0) el.setAttribute('role', pick(['listitem', 'button', 'list']));
        if (rand(2) === 0) el.setAttribute('aria-label', pick(labels));
        if (el.localName === 'a' && rand(4) !== 0) el.setAttribute('href', pick(hrefs));
        el.append(pick(texts));
        pick(nodes).append(el);
        nodes.push(el);
      }
      let found: FoundInvitation[] = [];
      expect(() => (found = findInvitations(doc, pick(['', 'de', 'fr', 'en-GB', '\u0000'])))).not.toThrow();
      for (const f of found) {
        expect(f.invitation.profile).not.toBe('');
        expect(f.invitation.name).not.toBe('');
        expect(f.card.contains(f.controls)).toBe(true);
      }
    }
  });

  it('never throws on what is not a DOM at all', () => {
    expect(findInvitations(null as unknown as ParentNode)).toEqual([]);
    expect(findInvitations({} as ParentNode)).toEqual([]);
  });
});
