import { describe, expect, it } from 'vitest';
import { type FoundInvitation, findInvitations } from './invitations';
import { hasAcceptVerb, hasIgnoreVerb, KNOWN_LABELS, nameInAcceptLabel, nameInIgnoreLabel } from './labels';
import { answerKey, loadFixture } from '../../tests/helpers/fixture-documents';
import { isEnglishVerb, nameInEnglishLabel } from '../../tests/helpers/english-labels';
import { invented, textNodes } from '../../tests/helpers/invented-language';

// The English fixtures (2026 React and Ember) turned into other UI languages, to show that finding
// people does not lean on English words (docs/linkedin-dom.md, "Stable hooks" 1). Only what the
// interface says is translated: the Accept/Ignore labels and buttons, the "is inviting you"
// sentences, the Page/newsletter sentences. The labels are GUESSES (nobody here has seen those
// pages): none of them matches a known sentence, so every person below is found by structure.
// Some inviters are renamed to right-to-left, CJK and emoji names with percent-encoded slugs, and
// names sit in bidi marks the way browsers and i18n libraries put them around right-to-left text.

const FSI = '\u2068'; // first-strong isolate … PDI: what ICU-style message formatting puts around names
const PDI = '\u2069';
const RLM = '\u200F';
const LRM = '\u200E';
const RLE = '\u202B'; // right-to-left embedding … PDF
const PDF = '\u202C';

interface Rename {
  name: string;
  slug: string;
  /** How the name sits in the aria-labels (default: as is). */
  inLabel?: (name: string) => string;
  /** How the name sits in its link's text (default: as is). */
  inLink?: (name: string) => string;
}

interface Language {
  lang: string;
  dir?: 'rtl';
  accept: (name: string) => string;
  ignore: (name: string) => string;
  acceptVerb: string;
  ignoreVerb: string;
  /** English interface sentence → this language's; longest first. */
  phrases: [string, string][];
  /** Old profile slug → the inviter's new identity in this variant. */
  renames: Record<string, Rename>;
}

const isolate = (n: string): string => `${FSI}${n}${PDI}`;

const LANGUAGES: Language[] = [
  {
    lang: 'es',
    accept: (n) => `Aceptar la invitación de ${n}`,
    ignore: (n) => `Ignorar la invitación a conectar de ${n}`,
    acceptVerb: 'Aceptar',
    ignoreVerb: 'Ignorar',
    phrases: [
      [' follows you and is inviting you to connect', ' te sigue y quiere conectar contigo'],
      [' is inviting you to connect', ' quiere conectar contigo'],
      ['invited you to subscribe to', 'te ha invitado a suscribirte a'],
      ['invited you to follow', 'te ha invitado a seguir'],
    ],
    renames: {
      'priya-raman-4b2a1c': { name: 'ليلى حداد', slug: 'ليلى-حداد-4b2a1c', inLabel: isolate },
      'tom-becker-recruiting-77c1': { name: 'Tom Becker 👨‍💻', slug: 'tom-becker-recruiting-77c1' },
    },
  },
  {
    lang: 'pt',
    accept: (n) => `Aceitar o convite de ${n}`,
    ignore: (n) => `Ignorar o convite para se conectar de ${n}`,
    acceptVerb: 'Aceitar',
    ignoreVerb: 'Ignorar',
    phrases: [
      [' follows you and is inviting you to connect', ' segue você e quer se conectar'],
      [' is inviting you to connect', ' quer se conectar com você'],
      ['invited you to subscribe to', 'convidou você para assinar'],
      ['invited you to follow', 'convidou você para seguir'],
    ],
    renames: {
      'marcus-feld-hr': { name: 'נועה לוי', slug: 'נועה-לוי-hr', inLabel: isolate },
      'sam-okafor-0b9d3e2': { name: 'Sam Okafor 🏳️‍🌈', slug: 'sam-okafor-0b9d3e2' },
    },
  },
  {
    lang: 'it',
    accept: (n) => `Accetta l’invito di ${n}`,
    ignore: (n) => `Ignora l’invito a collegarsi di ${n}`,
    acceptVerb: 'Accetta',
    ignoreVerb: 'Ignora',
    phrases: [
      [' follows you and is inviting you to connect', ' ti segue e vorrebbe collegarsi con te'],
      [' is inviting you to connect', ' vorrebbe collegarsi con te'],
      ['invited you to subscribe to', 'ti ha invitato a iscriverti a'],
      ['invited you to follow', 'ti ha invitato a seguire'],
    ],
    renames: {
      elenavasquez: { name: 'Elena Vasquez 👩‍👩‍👧', slug: 'elenavasquez' },
    },
  },
  {
    lang: 'nl',
    accept: (n) => `Uitnodiging van ${n} accepteren`,
    ignore: (n) => `Uitnodiging om te connecten van ${n} negeren`,
    acceptVerb: 'Accepteren',
    ignoreVerb: 'Negeren',
    phrases: [
      [' follows you and is inviting you to connect', ' volgt u en wil met u connecten'],
      [' is inviting you to connect', ' wil met u connecten'],
      ['invited you to subscribe to', 'heeft u uitgenodigd om u te abonneren op'],
      ['invited you to follow', 'heeft u uitgenodigd om te volgen'],
    ],
    renames: {
      'priya-raman-4b2a1c': { name: 'נועה לוי', slug: 'נועה-לוי-4b2a1c', inLabel: (n) => `${RLM}${n}${RLM}` },
    },
  },
  {
    lang: 'ar',
    dir: 'rtl',
    accept: (n) => `قبول دعوة ${n}`,
    ignore: (n) => `تجاهل دعوة التواصل من ${n}`,
    acceptVerb: 'قبول',
    ignoreVerb: 'تجاهل',
    phrases: [
      [' follows you and is inviting you to connect', ' يتابعك ويدعوك للتواصل'],
      [' is inviting you to connect', ' يدعوك للتواصل'],
      ['invited you to subscribe to', 'دعاك للاشتراك في'],
      ['invited you to follow', 'دعاك لمتابعة'],
    ],
    renames: {
      'priya-raman-4b2a1c': { name: 'ليلى حداد', slug: 'ليلى-حداد-4b2a1c', inLabel: (n) => `${RLM}${n}${RLM}` },
      'marcus-feld-hr': { name: 'يوسف العلي 🧑🏽‍💼', slug: 'يوسف-العلي', inLink: (n) => `${RLM}${n}` },
      // A Latin name in a right-to-left sentence: isolated in the label, marked in its link.
      'tom-becker-recruiting-77c1': {
        name: 'Tom Becker',
        slug: 'tom-becker-recruiting-77c1',
        inLabel: isolate,
        inLink: (n) => `${n}${LRM}`,
      },
    },
  },
  {
    lang: 'he',
    dir: 'rtl',
    accept: (n) => `אישור ההזמנה של ${n}`,
    ignore: (n) => `התעלמות מההזמנה להתחבר של ${n}`,
    acceptVerb: 'אישור',
    ignoreVerb: 'התעלמות',
    phrases: [
      [' follows you and is inviting you to connect', ' עוקב/ת אחריך ומזמין/ה אותך להתחבר'],
      [' is inviting you to connect', ' מזמין/ה אותך להתחבר'],
      ['invited you to subscribe to', 'הזמין/ה אותך להירשם אל'],
      ['invited you to follow', 'הזמין/ה אותך לעקוב אחרי'],
    ],
    renames: {
      'marcus-feld-hr': { name: 'נועה לוי', slug: 'נועה-לוי-hr', inLabel: (n) => `${RLE}${n}${PDF}` },
      elenavasquez: { name: 'Elena Vasquez', slug: 'elenavasquez', inLabel: isolate, inLink: isolate },
      'sam-okafor-0b9d3e2': { name: 'שרה כהן 👩‍❤️‍👨', slug: 'שרה-כהן-0b9d3e2' },
    },
  },
  {
    lang: 'ja',
    accept: (n) => `${n}さんからの招待を承認`,
    ignore: (n) => `${n}さんからのつながり申請を無視`,
    acceptVerb: '承認',
    ignoreVerb: '無視',
    phrases: [
      [' follows you and is inviting you to connect', 'さんがあなたをフォローし、つながりを申請しています'],
      [' is inviting you to connect', 'さんからつながり申請が届いています'],
      ['invited you to subscribe to', 'さんがニュースレターの購読に招待しました:'],
      ['invited you to follow', 'さんがページのフォローに招待しました:'],
    ],
    renames: {
      'priya-raman-4b2a1c': { name: '山田 花子', slug: '山田-花子-4b2a1c' },
      'tom-becker-recruiting-77c1': { name: '佐藤 健 🧑‍💻', slug: 'sato-ken-77c1' },
    },
  },
];

const FIXTURES = ['fixture-sdui-2026.html', 'fixture-ember-2022.html'] as const;

/** The English names of the answer key, by profile slug. */
function namesOf(fixture: string): Map<string, string> {
  return new Map((answerKey.fixtures[fixture]?.people ?? []).map((p) => [p.profile, p.name]));
}

/** The fixture in `language`, and the people a correct detection must find there, in order. */
function translated(fixture: string, language: Language): { doc: Document; people: { name: string; profile: string }[] } {
  const doc = loadFixture(fixture);
  const english = namesOf(fixture);
  doc.documentElement.lang = language.lang;
  if (language.dir) doc.documentElement.dir = language.dir;

  // 1. Renamed inviters: their links, their names in text and in labels.
  for (const [oldSlug, rename] of Object.entries(language.renames)) {
    const oldName = english.get(oldSlug);
    if (!oldName) throw new Error(`${oldSlug} is not in ${fixture}`);
    // Names in text first, then the links (a new name may hold the old one: "Tom Becker 👨‍💻").
    for (const t of textNodes(doc)) t.data = t.data.replaceAll(oldName, rename.name);
    for (const a of doc.querySelectorAll(`a[href*="/in/${oldSlug}"]`)) {
      a.setAttribute('href', `https://www.linkedin.com/in/${encodeURIComponent(rename.slug)}/`);
      for (const t of textNodes(a)) if (t.data.trim() === rename.name) t.data = (rename.inLink ?? String)(rename.name);
    }
    for (const el of doc.querySelectorAll('[aria-label], [alt]')) {
      for (const attr of ['aria-label', 'alt']) {
        const value = el.getAttribute(attr);
        if (value?.includes(oldName)) el.setAttribute(attr, value.replaceAll(oldName, `\u0000${oldSlug}\u0000`));
      }
    }
  }
  const nameInLabel = (raw: string): string => {
    const renamed = /^\u0000(.+)\u0000$/.exec(raw)?.[1];
    const rename = renamed ? language.renames[renamed] : undefined;
    return rename ? (rename.inLabel ?? String)(rename.name) : raw;
  };

  // 2. The controls: sentences, bare verbs, visible verbs.
  for (const el of doc.querySelectorAll('[aria-label]')) {
    const label = el.getAttribute('aria-label') ?? '';
    const accept = nameInEnglishLabel(label, 'accept');
    const ignore = nameInEnglishLabel(label, 'ignore');
    if (accept) el.setAttribute('aria-label', language.accept(nameInLabel(accept)));
    else if (ignore) el.setAttribute('aria-label', language.ignore(nameInLabel(ignore)));
    else if (isEnglishVerb(label, 'accept')) el.setAttribute('aria-label', language.acceptVerb);
    else if (isEnglishVerb(label, 'ignore')) el.setAttribute('aria-label', language.ignoreVerb);
    else
      el.setAttribute(
        'aria-label',
        label.replace(/\u0000(.+?)\u0000/g, (_, slug: string) => language.renames[slug]?.name ?? slug),
      );
  }
  for (const el of doc.querySelectorAll('[alt]')) {
    const alt = el.getAttribute('alt') ?? '';
    el.setAttribute(
      'alt',
      alt.replace(/\u0000(.+?)\u0000/g, (_, slug: string) => language.renames[slug]?.name ?? slug),
    );
  }
  for (const t of textNodes(doc)) {
    if (!t.parentElement?.closest('button, a')) continue;
    if (isEnglishVerb(t.data.trim(), 'accept')) t.data = language.acceptVerb;
    if (isEnglishVerb(t.data.trim(), 'ignore')) t.data = language.ignoreVerb;
  }

  // 3. The interface sentences.
  for (const t of textNodes(doc)) for (const [en, other] of language.phrases) t.data = t.data.replace(en, other);

  const people = (answerKey.fixtures[fixture]?.people ?? []).map((p) => {
    const rename = language.renames[p.profile];
    return rename ? { name: rename.name, profile: rename.slug } : { name: p.name, profile: p.profile };
  });
  return { doc, people };
}

const found = (doc: Document, lang?: string): { name: string; profile: string }[] =>
  findInvitations(doc, lang).map((f) => ({ name: f.invitation.name, profile: f.invitation.profile }));

/** The cards a correct detection must leave alone: they link a Page or a newsletter. */
const isPageCard = (f: FoundInvitation): boolean => f.card.querySelector('a[href*="/company/"], a[href*="/newsletters/"]') !== null;

describe.each(FIXTURES)('%s in other UI languages', (fixture) => {
  const english = findInvitations(loadFixture(fixture));
  const headlineOf = new Map(english.map((f) => [f.invitation.profile, f.invitation.headline]));

  describe.each(LANGUAGES.map((l) => [l.lang, l] as const))('%s', (_, language) => {
    const { doc, people } = translated(fixture, language);

    it('the variant is what it says: no English word left on the controls, no known sentence', () => {
      for (const el of doc.querySelectorAll('button, a')) {
        const label = el.getAttribute('aria-label') ?? '';
        expect(label, label).not.toMatch(/\b(?:Accept|Ignore|invitation)\b/);
        expect(el.textContent, label).not.toMatch(/\b(?:Accept|Ignore)\b/);
        expect(nameInAcceptLabel(label, KNOWN_LABELS), label).toBeNull();
        expect(nameInIgnoreLabel(label, KNOWN_LABELS), label).toBeNull();
      }
      expect(doc.body.textContent).not.toMatch(/inviting you to connect|invited you to/);
      const renamed = Object.values(language.renames);
      for (const r of renamed) expect(doc.querySelector(`a[href*="/in/${encodeURIComponent(r.slug)}/"]`), r.slug).not.toBeNull();
    });

    it('finds every person, exact name (no bidi marks) and decoded slug, in order', () => {
      expect(found(doc)).toEqual(people);
      for (const p of found(doc)) expect(p.name).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    });

    it('whatever lang the caller claims (a stale or missing <html lang>)', () => {
      expect(found(doc, 'en-US')).toEqual(people);
      expect(found(doc, '')).toEqual(people);
    });

    it('never returns the Page or the newsletter invitation', () => {
      const all = findInvitations(doc);
      expect(all.filter(isPageCard)).toEqual([]);
      expect(all.length).toBe(answerKey.fixtures[fixture]?.people.length);
    });

    it('reads the same headlines as in English (only the interface was translated)', () => {
      const all = findInvitations(doc);
      const originalSlug = (slug: string): string => Object.entries(language.renames).find(([, r]) => r.slug === slug)?.[0] ?? slug;
      for (const f of all) expect(f.invitation.headline, f.invitation.name).toBe(headlineOf.get(originalSlug(f.invitation.profile)));
    });

    it('puts `controls` inside the card, around both translated buttons', () => {
      for (const { card, controls, invitation } of findInvitations(doc)) {
        expect(controls, invitation.name).not.toBe(card);
        expect(card.contains(controls)).toBe(true);
        const texts = [...controls.querySelectorAll('button, a')].map((el) => el.textContent?.trim());
        expect(texts, invitation.name).toEqual(expect.arrayContaining([language.acceptVerb, language.ignoreVerb]));
      }
    });
  });
});

describe('verbs and marks of right-to-left and unspaced scripts', () => {
  it('Arabic, Hebrew and Japanese visible verbs count, bare or glued to the sentence', () => {
    for (const verb of ['قبول', 'אישור', '承認']) expect(hasAcceptVerb(verb), verb).toBe(true);
    for (const verb of ['تجاهل', 'התעלמות', '無視']) expect(hasIgnoreVerb(verb), verb).toBe(true);
    expect(hasAcceptVerb('山田 花子さんからの招待を承認')).toBe(true);
    expect(hasAcceptVerb(`${RLM}قبول${RLM}`)).toBe(true);
    // Spaced scripts keep the whole-word rule.
    expect(hasAcceptVerb('Accepted')).toBe(false);
    expect(hasAcceptVerb('قبولها')).toBe(false);
  });

  it('a name with bidi marks inside its own link, not in the labels, is still the inviter', () => {
    const { doc } = translated('fixture-sdui-2026.html', LANGUAGES.find((l) => l.lang === 'ar') as Language);
    const link = doc.querySelectorAll('a[href*="/in/"] strong')[3]; // Tom Becker’s name, with a trailing LRM
    expect(link?.textContent).toBe(`Tom Becker${LRM}`);
    expect(found(doc).map((p) => p.name)).toContain('Tom Becker');
  });

  it('with neither a known verb nor two differently worded labels, nobody is found', () => {
    const { doc } = translated('fixture-sdui-2026.html', {
      ...(LANGUAGES.find((l) => l.lang === 'ar') as Language),
      acceptVerb: 'Qbl',
      ignoreVerb: 'Tjhl',
      accept: (n) => `Qbl ${n}`,
      ignore: (n) => `Qbl ${n}`,
    });
    // Same residue on both labels: neither the verb path nor the shape path may take it.
    expect(found(doc)).toEqual([]);
  });
});

// "Never let English words be the only way to find anything" (docs/linkedin-dom.md): the English
// fixtures with every interface word replaced by words of no language (tests/helpers/invented-language.ts). No verb
// is known there, so people can only be found by the shape of the pair (shape-pair.ts).
describe.each(fixtureNamesInEnglish())('no English-only path: %s in a language nobody knows', (fixture) => {
  const doc = invented(fixture);
  const english = loadFixture(fixture);
  // Known limit: an Accept alone (no Ignore beside it) names nobody we can tell from "Message <Name>"
  // in a language whose verbs are unknown; those people are found in the languages we know only.
  const alone = new Set(
    findInvitations(english)
      .filter((f) => !/Ignore/.test(f.controls.textContent ?? ''))
      .map((f) => f.invitation.profile),
  );
  const people = (answerKey.fixtures[fixture]?.people ?? [])
    .filter((p) => !alone.has(p.profile))
    .map((p) => ({ name: p.name, profile: p.profile }));
  const namedLabels = [...english.querySelectorAll('[aria-label]')].filter((el) => {
    const label = el.getAttribute('aria-label') ?? '';
    return nameInEnglishLabel(label, 'accept') !== undefined || nameInEnglishLabel(label, 'ignore') !== undefined;
  }).length;

  it('the variant holds no known verb and no known sentence anywhere on its controls', () => {
    let pairs = 0;
    for (const el of doc.querySelectorAll('button, a')) {
      const [label, text] = [el.getAttribute('aria-label') ?? '', el.textContent ?? ''];
      for (const s of [label, text]) {
        expect(hasAcceptVerb(s) || hasIgnoreVerb(s), s).toBe(false);
        expect(nameInAcceptLabel(s, KNOWN_LABELS) ?? nameInIgnoreLabel(s, KNOWN_LABELS), s).toBeNull();
      }
      if (/^(?:Zork|Blip) \S/.test(label)) pairs++;
    }
    expect(pairs).toBe(namedLabels);
    expect(pairs).toBeGreaterThanOrEqual(people.length * 2);
  });

  it('finds every person by the shape of the pair, and nothing else', () => {
    expect(found(doc)).toEqual(people);
    expect(found(doc, 'en')).toEqual(people);
  });

  it('the Page, newsletter and event invitations are still left alone', () => {
    const pageCards = findInvitations(doc).filter(
      (f) => f.card.querySelector('a[href*="/company/"], a[href*="/newsletters/"], a[href*="/events/"]') !== null,
    );
    expect(pageCards).toEqual([]);
  });

  it('puts `controls` around the Zork and Blip controls, inside the card', () => {
    for (const { card, controls, invitation } of findInvitations(doc)) {
      expect(controls, invitation.name).not.toBe(card);
      expect(card.contains(controls)).toBe(true);
      const texts = [...controls.querySelectorAll('button, a')].map((el) => el.textContent?.trim()).sort();
      expect(texts, invitation.name).toEqual(['Blip', 'Zork']);
    }
  });
});

/** The English fixtures: the German, French and Spanish ones are known words already (Annehmen, Accepter, Aceptar…). */
function fixtureNamesInEnglish(): string[] {
  // By the page's own language: a fixture without lang (or in English) is English.
  return Object.keys(answerKey.fixtures)
    .filter((f) => /^(?:en(?:-|$)|$)/.test(loadFixture(f).documentElement.lang))
    .sort();
}
