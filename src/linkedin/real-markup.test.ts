import { describe, expect, it } from 'vitest';
import { type FoundInvitation, findInvitations } from './invitations';
import { pageKindOf, readsInvitations } from './pages';
import { showsUnrecognisedInvitations } from './pending-signs';

// Issue 13, kind × layout era × UI language: markup nobody here wrote, built small, one page per
// case. The five kinds (docs/linkedin-dom.md, "Markup other projects captured"):
//   1. a profile link that wraps more than the name (headline, degree, pronouns, a "Verified" badge);
//   2. Accept and Ignore without an accessible name (visible verbs only);
//   3. a card with no list item around it;
//   4. label wordings not seen before, and an Accept with no Ignore;
//   5. Page, group, newsletter and event invitations, told by links and pictures in any language.
// Each page holds the case's one person, and beside it Page/group/newsletter/event invitations
// shaped the same way, a "People you may know" suggestion and an already accepted card: detection
// must return exactly that person (name, slug, headline) and nothing else. Because the person is
// on every page, a page where detection threw (findInvitations swallows it and returns less)
// fails too. The limits (an unknown language gives nothing to go on) are asserted as their safe
// behaviour: no badge, and the page report's "invitations not recognised" sign on.
//
// Built with createElement and textContent, never innerHTML with data.

// ------------------------------------------------------------------ the languages

interface Person {
  name: string;
  slug: string;
  headline: string;
}

/** An Accept/Ignore label pair; `ignore: null` is an Accept with no Ignore beside it. */
interface Wording {
  what: string;
  accept: (name: string) => string;
  ignore: ((name: string) => string) | null;
}

interface Language {
  title: string;
  /** `<html lang>`. */
  lang: string;
  /** The controls' visible texts. */
  accept: string;
  ignore: string;
  /** The labels every layout era shows (first), then wordings not seen before and a lone Accept (kind 4). */
  wordings: readonly Wording[];
  inviting: string;
  /** "invited you to follow / join / subscribe to / attend", before the target's name. */
  invited: Record<NonPersonType, string>;
  /** "People you may know": the one control's label and text. */
  inviteToConnect: (name: string) => string;
  connect: string;
  /** An accepted card: its sentence, its Message link and Dismiss button. */
  nowConnected: string;
  message: string;
  dismiss: string;
  age: string;
  person: Person;
  /** Wordings this language cannot support, and why (docs/linkedin-dom.md, "Limits"). */
  limits: { unlabelled?: Limit; loneAccept?: Limit };
}

type NonPersonType = 'Page' | 'group' | 'newsletter' | 'event';
const NON_PERSON_TYPES: readonly NonPersonType[] = ['Page', 'group', 'newsletter', 'event'];

const SENDER = { name: 'Gino Sample', slug: 'gino-sample-events', headline: 'Community Manager at Contoso Cloud' };
const SUGGESTED = { name: 'Sam Okafor', slug: 'sam-okafor-0b9d3e2' };
const CONNECTED = { name: 'Nadia Kowalski', slug: 'nadia-kowalski-pm' };

const UNKNOWN_LIMIT = 'nothing in an unknown language tells Accept from Ignore or from any other control';

const LANGUAGES: readonly Language[] = [
  {
    title: 'English',
    lang: 'en',
    accept: 'Accept',
    ignore: 'Ignore',
    wordings: [
      { what: 'current labels', accept: (n) => `Accept ${n}’s invitation`, ignore: (n) => `Ignore an invitation to connect from ${n}` },
      {
        what: '"to connect", ASCII apostrophe, period',
        accept: (n) => `Accept ${n}'s invitation to connect.`,
        ignore: (n) => `Ignore ${n}'s invitation to connect.`,
      },
      {
        what: 'a "Verified" word read into the name',
        accept: (n) => `Accept ${n} Verified’s invitation to connect`,
        ignore: (n) => `Ignore an invitation to connect from ${n} Verified`,
      },
      {
        what: 'a "Premium" word, no period',
        accept: (n) => `Accept ${n} Premium’s invitation`,
        ignore: (n) => `Ignore ${n} Premium’s invitation`,
      },
      { what: 'Accept alone', accept: (n) => `Accept ${n}’s invitation to connect.`, ignore: null },
    ],
    inviting: ' is inviting you to connect',
    invited: {
      Page: 'invited you to follow',
      group: 'invited you to join',
      newsletter: 'invited you to subscribe to',
      event: 'invited you to attend',
    },
    inviteToConnect: (n) => `Invite ${n} to connect`,
    connect: 'Connect',
    nowConnected: ' is now a connection',
    message: 'Message',
    dismiss: 'Dismiss',
    age: '2 days ago',
    person: { name: 'Priya Raman', slug: 'priya-raman-4b2a1c', headline: 'Senior Data Engineer at Northwind Analytics' },
    limits: {},
  },
  {
    title: 'French',
    lang: 'fr',
    accept: 'Accepter',
    ignore: 'Ignorer',
    wordings: [
      {
        what: 'current labels',
        accept: (n) => `Accepter l’invitation d’${n}`,
        ignore: (n) => `Ignorer l’invitation d’${n} à rejoindre son réseau`,
      },
      {
        what: 'ASCII apostrophes, short Ignore',
        accept: (n) => `Accepter l'invitation d'${n}`,
        ignore: (n) => `Ignorer l'invitation d'${n}`,
      },
      { what: 'Accept alone', accept: (n) => `Accepter l’invitation d’${n}`, ignore: null },
    ],
    inviting: ' vous invite à rejoindre son réseau',
    invited: {
      Page: 'vous a invité à suivre',
      group: 'vous a invité à rejoindre',
      newsletter: 'vous a invité à vous abonner à',
      event: 'vous a invité à participer à',
    },
    inviteToConnect: (n) => `Inviter ${n} à rejoindre votre réseau`,
    connect: 'Se connecter',
    nowConnected: ' fait désormais partie de vos relations',
    message: 'Envoyer un message',
    dismiss: 'Retirer',
    age: 'il y a 2 jours',
    person: { name: 'Élodie Martin', slug: 'elodie-martin-rh', headline: 'Responsable RH chez Northwind Analytics' },
    limits: {},
  },
  {
    title: 'German',
    lang: 'de',
    accept: 'Annehmen',
    ignore: 'Ignorieren',
    wordings: [
      {
        what: 'the German fixture’s labels',
        accept: (n) => `Einladung von ${n} annehmen`,
        ignore: (n) => `Einladung zum Vernetzen von ${n} ignorieren`,
      },
      {
        what: 'the profile page’s wording, with a period',
        accept: (n) => `Kontaktanfrage von ${n} annehmen.`,
        ignore: (n) => `Kontaktanfrage von ${n} ignorieren.`,
      },
      { what: 'Accept alone', accept: (n) => `Einladung von ${n} annehmen`, ignore: null },
    ],
    inviting: ' möchte Kontakt mit Ihnen aufnehmen',
    invited: {
      Page: 'hat Sie eingeladen, dieser Seite zu folgen:',
      group: 'hat Sie eingeladen, der Gruppe beizutreten:',
      newsletter: 'hat Sie eingeladen, den Newsletter zu abonnieren:',
      event: 'hat Sie zur Veranstaltung eingeladen:',
    },
    inviteToConnect: (n) => `${n} zum Vernetzen einladen`,
    connect: 'Vernetzen',
    nowConnected: ' ist jetzt ein Kontakt',
    message: 'Nachricht',
    dismiss: 'Verwerfen',
    age: 'Vor 2 Tagen',
    // A slug with letters outside ASCII: the link holds it percent-encoded.
    person: { name: 'Jürgen Weiß', slug: 'jürgen-weiß-4a1', headline: 'Leiter Personal bei Northwind Analytics' },
    limits: {},
  },
  {
    title: 'Spanish',
    lang: 'es',
    accept: 'Aceptar',
    ignore: 'Ignorar',
    wordings: [
      { what: 'usual labels', accept: (n) => `Aceptar la invitación de ${n}`, ignore: (n) => `Ignorar la invitación de ${n}` },
      {
        what: '"a conectar", period',
        accept: (n) => `Aceptar la invitación a conectar de ${n}.`,
        ignore: (n) => `Ignorar la invitación a conectar de ${n}.`,
      },
      { what: 'Accept alone', accept: (n) => `Aceptar la invitación de ${n}`, ignore: null },
    ],
    inviting: ' te ha invitado a conectar',
    invited: {
      Page: 'te ha invitado a seguir',
      group: 'te ha invitado a unirte a',
      newsletter: 'te ha invitado a suscribirte a',
      event: 'te ha invitado a asistir a',
    },
    inviteToConnect: (n) => `Invitar a ${n} a conectar`,
    connect: 'Conectar',
    nowConnected: ' es ahora un contacto',
    message: 'Mensaje',
    dismiss: 'Descartar',
    age: 'hace 2 días',
    person: { name: 'Lucía Núñez', slug: 'lucia-nunez-datos', headline: 'Ingeniera de datos en Northwind Analytics' },
    limits: {},
  },
  {
    title: 'an unknown language',
    lang: 'xx',
    accept: 'Zork',
    ignore: 'Blip',
    wordings: [
      { what: 'labels naming the person', accept: (n) => `Zork ${n} vlem`, ignore: (n) => `Blip fneb ${n}` },
      { what: 'the name in the middle, a period', accept: (n) => `Zork vlem ${n}.`, ignore: (n) => `Blip ${n} fneb.` },
      { what: 'Accept alone', accept: (n) => `Zork ${n} vlem`, ignore: null },
    ],
    inviting: ' florb wib',
    invited: { Page: 'grint blab', group: 'grint zop', newsletter: 'grint snorf', event: 'grint vop' },
    inviteToConnect: (n) => `Quux ${n} snar`,
    connect: 'Quux',
    nowConnected: ' glorp wib',
    message: 'Glorp',
    dismiss: 'Wub',
    age: 'vop 2 zib',
    person: { name: 'Ngozi Adeyemi', slug: 'ngozi-adeyemi-ops', headline: 'Plonk vrrt at Northwind Analytics' },
    limits: {
      unlabelled: { why: `controls without labels: ${UNKNOWN_LIMIT}`, reported: true },
      // One control is what a suggestion or an accepted card shows too: the page report's sign stays off.
      loneAccept: { why: `an Accept alone: ${UNKNOWN_LIMIT}`, reported: false },
    },
  },
];

// ------------------------------------------------------------------ the layout eras

type Era = 'Ember' | 'React 2025' | 'React 2026' | 'Ember strip' | 'React strip';
const ERAS: readonly Era[] = ['Ember', 'React 2025', 'React 2026', 'Ember strip', 'React strip'];
const isEmber = (era: Era): boolean => era.startsWith('Ember');

type Child = Node | string;

function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): Element {
  const el = tag === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return el;
}

const profileUrl = (slug: string): string => `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;

/** The page of an era, its list holding `cards`; `<html lang>` of the language. */
function pageOf(era: Era, lang: string, make: (doc: Document) => Element[]): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.lang = lang;
  const list = (): Element => {
    switch (era) {
      case 'Ember':
        return h(doc, 'ul', { class: 'mn-invitation-list artdeco-list' });
      case 'Ember strip':
        return h(doc, 'section', { class: 'mn-invitations-preview' }, h(doc, 'ul', { class: 'mn-invitation-list' }));
      case 'React 2025':
        return h(doc, 'div', { componentkey: 'InvitationManagerPage_InvitationsList', class: '_3b7e0f92' });
      case 'React 2026':
        return h(doc, 'div', { 'data-testid': 'lazy-column', 'data-component-type': 'LazyColumn' });
      case 'React strip':
        return h(
          doc,
          'section',
          { componentkey: 'pending-invitations-preview' },
          h(doc, 'div', { componentkey: 'MyNetwork_InvitationsPreview' }),
        );
    }
  };
  const outer = list();
  const inner = outer.querySelector('ul, div') ?? outer;
  inner.append(...make(doc));
  const screen =
    era === 'React 2026'
      ? h(
          doc,
          'div',
          { role: 'main', 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.mynetwork.invitations.InvitationReceivedWithType' },
          outer,
        )
      : outer;
  doc.body.append(h(doc, 'main', {}, screen));
  return doc;
}

let invitationId = 7345678901234560000;

/** One card's shell in an era: its list item, or (kind 3) a plain box where LinkedIn left it out. */
function shell(doc: Document, era: Era, listed: boolean, ...content: Element[]): Element {
  const id = String(++invitationId);
  if (isEmber(era)) return h(doc, listed ? 'li' : 'div', listed ? { class: 'invitation-card artdeco-list__item' } : {}, ...content);
  if (era === 'React 2025')
    return h(
      doc,
      'div',
      listed ? { 'data-view-name': 'pending-invitation', componentkey: `auto-component-${id}` } : { componentkey: `auto-component-${id}` },
      ...content,
    );
  if (era === 'React 2026')
    return h(
      doc,
      'div',
      { componentkey: `auto-component-${id}`, style: 'display: contents;' },
      h(
        doc,
        'div',
        listed ? { role: 'listitem', componentkey: `urn:li:invitation:${id}` } : { componentkey: `urn:li:invitation:${id}` },
        ...content,
      ),
    );
  // The React strip: a list item around the 2025 card.
  return listed
    ? h(doc, 'div', { role: 'listitem' }, h(doc, 'div', { 'data-view-name': 'pending-invitation' }, ...content))
    : h(doc, 'div', {}, h(doc, 'div', {}, ...content));
}

/** Accept and Ignore; labels `null` for none (kind 2), `ignore` null for an Accept alone. */
function controls(
  doc: Document,
  era: Era,
  language: Language,
  labels: { accept: string | null; ignore: string | null } | null,
  loneAccept = false,
): Element {
  const button = (text: string, label: string | null): Element =>
    h(doc, 'button', { type: 'button', ...(label === null ? {} : { 'aria-label': label }) }, h(doc, 'span', {}, text));
  const box = h(doc, 'div', isEmber(era) ? { class: 'invitation-card__action-container' } : {});
  if (!loneAccept) box.append(button(language.ignore, labels?.ignore ?? null));
  box.append(button(language.accept, labels?.accept ?? null));
  return box;
}

/** A mark the detector never reads (data-test-*): which card of the case this is. */
function marked(card: Element, what: string): Element {
  card.setAttribute('data-test-case', what);
  return card;
}

/** How the inviter's name link is made (kind 1 wraps more than the name). */
type NameLink =
  | 'name only'
  | 'name and headline, inline'
  | 'name, degree and headline, blocks'
  | 'name, pronouns and Verified badge'
  | 'name · degree in one text';
const WRAPPED: readonly NameLink[] = [
  'name and headline, inline',
  'name, degree and headline, blocks',
  'name, pronouns and Verified badge',
  'name · degree in one text',
];
/** Whether the headline went inside the link. */
const headlineInLink = (link: NameLink): boolean => link === 'name and headline, inline' || link === 'name, degree and headline, blocks';

function nameLink(doc: Document, who: Person, how: NameLink): Element {
  const a = (...children: Child[]): Element => h(doc, 'a', { href: profileUrl(who.slug) }, ...children);
  switch (how) {
    case 'name only':
      return a(h(doc, 'strong', {}, who.name));
    case 'name and headline, inline':
      return a(h(doc, 'span', {}, who.name), ' ', h(doc, 'span', {}, who.headline));
    case 'name, degree and headline, blocks':
      return a(h(doc, 'div', {}, who.name), h(doc, 'div', {}, '· 2nd'), h(doc, 'div', {}, who.headline));
    case 'name, pronouns and Verified badge':
      return a(
        h(doc, 'span', {}, who.name),
        ' ',
        h(doc, 'span', {}, '(she/her)'),
        ' ',
        h(doc, 'svg', { role: 'img', 'aria-label': 'Verified' }),
      );
    case 'name · degree in one text':
      return a(`${who.name} · 2nd`);
  }
}

/** The inviter's photo inside their own profile link: an <img>, or an <svg role="img"> where they have none. */
function photoLink(doc: Document, who: { name: string; slug: string }, svg = false): Element {
  const picture = svg
    ? h(doc, 'svg', { role: 'img', 'aria-label': who.name })
    : h(doc, 'img', { alt: who.name, src: `https://media.licdn.invalid/${who.slug}.jpg` });
  return h(doc, 'a', { href: profileUrl(who.slug), 'aria-hidden': 'true', tabindex: '-1' }, picture);
}

interface PersonCardOptions {
  link: NameLink;
  /** null: no accessible names (kind 2). */
  wording: Wording | null;
  listed: boolean;
  photo: 'img' | 'svg' | 'none';
}

function personCard(doc: Document, era: Era, language: Language, o: PersonCardOptions): Element {
  const who = language.person;
  const link = nameLink(doc, who, o.link);
  // An English "Verified" label goes with the badge it read.
  const labelName = who.name;
  const labels = o.wording ? { accept: o.wording.accept(labelName), ignore: o.wording.ignore?.(labelName) ?? null } : null;
  const headline = headlineInLink(o.link) ? [] : [h(doc, 'p', isEmber(era) ? { class: 'invitation-card__subtitle' } : {}, who.headline)];
  const details = isEmber(era)
    ? h(
        doc,
        'div',
        { class: 'invitation-card__details' },
        h(doc, 'h3', { class: 'invitation-card__tvm-title' }, link),
        ...headline,
        h(doc, 'span', { class: 'time-badge' }, language.age),
      )
    : h(doc, 'div', {}, h(doc, 'p', {}, link, h(doc, 'span', {}, language.inviting)), ...headline, h(doc, 'p', {}, language.age));
  const photo = o.photo === 'none' ? [] : [photoLink(doc, who, o.photo === 'svg')];
  const card = shell(
    doc,
    era,
    o.listed,
    h(doc, 'div', {}, ...photo, details, controls(doc, era, language, labels, o.wording?.ignore === null)),
  );
  return marked(card, 'person');
}

/** How a non-person invitation's controls are labelled. */
type NonPersonLabels = 'bare verbs' | 'no labels' | 'naming the sender' | 'naming the sender, no sentence';
const NON_PERSON_LABELS: readonly NonPersonLabels[] = ['bare verbs', 'no labels', 'naming the sender', 'naming the sender, no sentence'];

const TARGET: Record<NonPersonType, { name: string; href: string | null }> = {
  Page: { name: 'Contoso Cloud', href: 'https://www.linkedin.com/company/contoso-cloud/' },
  group: { name: 'Data Folk of Lyon', href: 'https://www.linkedin.com/groups/9234567/' },
  // A newsletter named in words only: its logo, standing outside every profile link, is the sign.
  newsletter: { name: 'The Data Letter', href: null },
  event: { name: 'Cloud Data Days 2026', href: 'https://www.linkedin.com/events/7361122334455667788/' },
};

interface NonPersonOptions {
  type: NonPersonType;
  labels: NonPersonLabels;
  listed: boolean;
  /** The sender's link wraps their headline too (kind 1). */
  senderLink: NameLink;
}

function nonPersonCard(doc: Document, era: Era, language: Language, o: NonPersonOptions): Element {
  const target = TARGET[o.type];
  const logo = h(doc, 'img', { alt: target.name, src: `https://media.licdn.invalid/logo-${o.type}.png` });
  const picture = target.href ? h(doc, 'a', { href: target.href, 'aria-hidden': 'true' }, logo) : logo;
  const targetName = target.href ? h(doc, 'a', { href: target.href }, target.name) : h(doc, 'span', {}, target.name);
  const sentence = o.labels === 'naming the sender, no sentence' ? [] : [h(doc, 'span', {}, ` ${language.invited[o.type]} `), targetName];
  const sender = nameLink(doc, SENDER, o.senderLink);
  const [wording] = language.wordings;
  const labels =
    o.labels === 'bare verbs'
      ? { accept: language.accept, ignore: language.ignore }
      : o.labels === 'no labels'
        ? null
        : { accept: wording?.accept(SENDER.name) ?? '', ignore: wording?.ignore?.(SENDER.name) ?? null };
  return shell(
    doc,
    era,
    o.listed,
    h(doc, 'div', {}, picture, h(doc, 'div', {}, h(doc, 'p', {}, sender, ...sentence)), controls(doc, era, language, labels)),
  );
}

/** "People you may know": one Connect control, the suggested person's photo and name linked. */
function suggestionCard(doc: Document, era: Era, language: Language, listed: boolean): Element {
  const name = h(doc, 'a', { href: profileUrl(SUGGESTED.slug) }, h(doc, 'strong', {}, SUGGESTED.name));
  const connect = h(
    doc,
    'button',
    { type: 'button', 'aria-label': language.inviteToConnect(SUGGESTED.name) },
    h(doc, 'span', {}, language.connect),
  );
  return shell(doc, era, listed, h(doc, 'div', {}, photoLink(doc, SUGGESTED), h(doc, 'p', {}, name), connect));
}

/** An invitation already accepted: "<Name> is now a connection", Message and Dismiss. */
function acceptedCard(doc: Document, era: Era, language: Language, listed: boolean): Element {
  const name = h(doc, 'a', { href: profileUrl(CONNECTED.slug) }, h(doc, 'strong', {}, CONNECTED.name));
  const message = h(doc, 'a', { href: 'https://www.linkedin.com/messaging/thread/2-abc/' }, language.message);
  const dismiss = h(doc, 'button', { type: 'button', 'aria-label': language.dismiss }, h(doc, 'span', {}, language.dismiss));
  return shell(
    doc,
    era,
    listed,
    h(
      doc,
      'div',
      {},
      photoLink(doc, CONNECTED),
      h(doc, 'p', {}, name, h(doc, 'span', {}, language.nowConnected)),
      h(doc, 'div', {}, message, dismiss),
    ),
  );
}

// ------------------------------------------------------------------ the checks

/** A case a language cannot support: why, and whether the page report's sign still lights up. */
interface Limit {
  why: string;
  /** pending-signs.ts: a card with a profile link and two controls of its own; an Accept alone is one. */
  reported: boolean;
}

interface Case {
  person: PersonCardOptions;
  /** How the page's non-person cards (one of each type), suggestion and accepted card are made. */
  others: Omit<NonPersonOptions, 'type'>;
}

/** The case's page: the person first, then one card of every non-person type, a suggestion, an accepted card. */
function build(era: Era, language: Language, c: Case): Document {
  return pageOf(era, language.lang, (doc) => [
    personCard(doc, era, language, c.person),
    ...NON_PERSON_TYPES.map((type) => marked(nonPersonCard(doc, era, language, { type, ...c.others }), type)),
    marked(suggestionCard(doc, era, language, c.others.listed), 'suggestion'),
    marked(acceptedCard(doc, era, language, c.others.listed), 'accepted'),
  ]);
}

function expectOnly(doc: Document, language: Language, expected: { limit?: Limit | undefined } = {}): void {
  const found = findInvitations(doc);
  // Which card each invitation came from, by a mark the detector never reads.
  const cases = found.map(
    (f) =>
      f.card.closest('[data-test-case]')?.getAttribute('data-test-case') ??
      f.card.querySelector('[data-test-case]')?.getAttribute('data-test-case'),
  );
  const { limit } = expected;
  if (limit) {
    // The documented safe behaviour: nothing badged; the page report offered where the card shows a pair.
    expect(cases, limit.why).toEqual([]);
    expect(showsUnrecognisedInvitations(doc), `page report offered (${limit.why})`).toBe(limit.reported);
    return;
  }
  expect(cases, 'the cards found').toEqual(['person']);
  const [one] = found as [FoundInvitation];
  const { person } = language;
  expect({ name: one.invitation.name, profile: one.invitation.profile }).toEqual({ name: person.name, profile: person.slug });
  expect(one.invitation.headline).toBe(person.headline);
  expect(one.card.contains(one.controls) && one.card !== one.controls).toBe(true);
  expect(one.controls.querySelectorAll('button').length).toBeGreaterThanOrEqual(1);
}

const PLAIN_OTHERS = { labels: 'bare verbs', listed: true, senderLink: 'name only' } as const;

// ------------------------------------------------------------------ the table

describe.each(ERAS)('%s layout', (era) => {
  describe.each(LANGUAGES)('in $title', (language) => {
    const [current] = language.wordings as [Wording];
    const { unlabelled, loneAccept } = language.limits;

    it('the builders are right: a plain card is found, the non-person ones beside it are not', () => {
      expectOnly(
        build(era, language, { person: { link: 'name only', wording: current, listed: true, photo: 'img' }, others: PLAIN_OTHERS }),
        language,
      );
    });

    describe('kind 1: a profile link wrapping more than the name', () => {
      it.each(WRAPPED)('%s', (link) => {
        // The English "Verified" word in the labels goes with the badge in the link.
        const wording =
          (language.lang === 'en' && link === 'name, pronouns and Verified badge' ? language.wordings[2] : undefined) ?? current;
        expectOnly(
          build(era, language, { person: { link, wording, listed: true, photo: 'img' }, others: { ...PLAIN_OTHERS, senderLink: link } }),
          language,
        );
      });
    });

    describe('kind 2: controls without an accessible name', () => {
      it.each(['img', 'svg'] as const)('the inviter’s photo is an <%s> in their link', (photo) => {
        expectOnly(
          build(era, language, {
            person: { link: 'name only', wording: null, listed: true, photo },
            others: { ...PLAIN_OTHERS, labels: 'no labels' },
          }),
          language,
          { limit: unlabelled },
        );
      });

      it('limit: no picture of the inviter at all', () => {
        expectOnly(
          build(era, language, {
            person: { link: 'name only', wording: null, listed: true, photo: 'none' },
            others: { ...PLAIN_OTHERS, labels: 'no labels' },
          }),
          language,
          { limit: { why: 'unlabelled controls need the inviter’s picture in their own link', reported: true } },
        );
      });

      it('the link wrapping name, degree and headline too', () => {
        const link = 'name, degree and headline, blocks';
        expectOnly(
          build(era, language, {
            person: { link, wording: null, listed: true, photo: 'img' },
            others: { labels: 'no labels', listed: true, senderLink: link },
          }),
          language,
          { limit: unlabelled },
        );
      });
    });

    describe('kind 3: cards without a list item', () => {
      it('labelled controls', () => {
        expectOnly(
          build(era, language, {
            person: { link: 'name only', wording: current, listed: false, photo: 'img' },
            others: { ...PLAIN_OTHERS, listed: false },
          }),
          language,
        );
      });

      it('a wrapped link, the non-person controls naming their sender', () => {
        const link = 'name and headline, inline';
        expectOnly(
          build(era, language, {
            person: { link, wording: current, listed: false, photo: 'img' },
            others: { labels: 'naming the sender', listed: false, senderLink: link },
          }),
          language,
        );
      });

      it('no labels', () => {
        expectOnly(
          build(era, language, {
            person: { link: 'name only', wording: null, listed: false, photo: 'img' },
            others: { labels: 'no labels', listed: false, senderLink: 'name only' },
          }),
          language,
          { limit: unlabelled },
        );
      });
    });

    describe('kind 4: wordings not seen before, an Accept alone', () => {
      it.each(language.wordings.map((w) => [w.what, w] as const))('%s', (_what, wording) => {
        expectOnly(
          build(era, language, {
            person: { link: 'name only', wording, listed: true, photo: 'img' },
            others: { ...PLAIN_OTHERS, labels: 'naming the sender' },
          }),
          language,
          { limit: wording.ignore === null ? loneAccept : undefined },
        );
      });
    });

    describe('kind 5: non-person invitations, told by links and pictures in any language', () => {
      it.each(NON_PERSON_TYPES)(
        '%s invitations: every labelling, listed or not, the sender’s link plain or wrapped: never found',
        (type) => {
          const doc = pageOf(era, language.lang, (d) => {
            const cards = [personCard(d, era, language, { link: 'name only', wording: current, listed: true, photo: 'img' })];
            for (const labels of NON_PERSON_LABELS)
              for (const listed of [true, false])
                for (const senderLink of ['name only', 'name and headline, inline', 'name, pronouns and Verified badge'] as const) {
                  const card = nonPersonCard(d, era, language, { type, labels, listed, senderLink });
                  cards.push(marked(card, `${type}, ${labels}, ${listed ? 'listed' : 'unlisted'}, sender ${senderLink}`));
                }
            return cards;
          });
          expect(doc.querySelectorAll('[data-test-case]').length).toBe(1 + NON_PERSON_LABELS.length * 6);
          expectOnly(doc, language);
        },
      );

      // The price of the rule below: a person's card trimmed of every picture, labelled as LinkedIn
      // labels it, is not badged either (docs/linkedin-dom.md, Limits).
      it('limit: a person’s labelled card with no picture at all: not badged, page report offered', () => {
        expectOnly(
          build(era, language, { person: { link: 'name only', wording: current, listed: true, photo: 'none' }, others: PLAIN_OTHERS }),
          language,
          { limit: { why: 'a card showing no picture at all is not badged', reported: current.ignore !== null } },
        );
      });

      // A card with no target link, no picture and a sentence nobody knows, its controls naming its
      // sender: nothing but the missing picture tells it from a person's card, and every member's
      // card shows a photo or LinkedIn's stand-in. Never found; the page report is still offered.
      it('no target link, no picture, a sentence nobody knows, controls naming the sender: never found, page report offered', () => {
        const doc = pageOf(era, language.lang, (d) => [
          marked(
            shell(
              d,
              era,
              true,
              h(
                d,
                'div',
                {},
                h(d, 'div', {}, h(d, 'p', {}, nameLink(d, SENDER, 'name only'), h(d, 'span', {}, ' vrolk zindar plimbet The Data Letter'))),
                controls(d, era, language, { accept: current.accept(SENDER.name), ignore: current.ignore?.(SENDER.name) ?? null }),
              ),
            ),
            'non-person without signs',
          ),
        ]);
        expect(doc.querySelectorAll('img, svg').length).toBe(0);
        expectOnly(doc, language, { limit: { why: 'a card showing no picture at all is not badged', reported: current.ignore !== null } });
      });
    });
  });
});

describe('pages that are never read', () => {
  it.each(['/mynetwork/invitation-manager/sent/', '/feed/', '/in/priya-raman-4b2a1c/'])('%s', (path) => {
    expect(readsInvitations(pageKindOf(path))).toBe(false);
  });
});
