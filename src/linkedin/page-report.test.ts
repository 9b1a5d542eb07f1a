import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCEPT_VERBS, IGNORE_VERBS } from './languages';
import { invitationsArea, pageReport } from './page-report';
import { isUiWord } from './report-vocabulary';
import { answerKey, fixtureNames, loadFixture, pageKindOfFixture } from '../../tests/helpers/fixture-documents';

// A page report is pasted into a public bug tracker. These tests collect, independently of
// page-report.ts, everything personal in each fixture and prove none of it comes out, then prove
// the structure a maintainer needs does.

const documents = new Map(fixtureNames.map((f) => [f, loadFixture(f)]));
const areaOf = (f: string): Element => {
  const area = invitationsArea(documents.get(f) as Document, pageKindOfFixture(f));
  if (!area) throw new Error(`no area in ${f}`);
  return area;
};

// Headlines, messages, companies, titles: what a member wrote, read off the fixtures by hand.
// Each must occur in some fixture (checked below), so the list cannot silently go stale.
const WRITTEN_BY_MEMBERS = [
  'Senior Data Engineer',
  'Northwind',
  'Analytics',
  'Culture',
  'Talent Development',
  'Founder',
  'Board member',
  'Hirewell',
  'Talent Partners',
  'Technical Recruiter',
  'ML Engineers',
  'Staff Data Engineer',
  'came across',
  'Spark/Kafka',
  'quick chat',
  'Welcome aboard',
  'analytics team',
  'Руководитель',
  'Северный Ветер',
  'B2B SaaS',
  '产品经理',
  '星河科技',
  'Product Manager',
  'Contoso',
  'The Data Brief',
  'Weekly',
  'IT Services',
  'Consulting',
  'Data Leaders Summit',
  'UX Researcher',
  'Fabrikam',
  'Personalleiter',
  'Geschäftsführerin',
  'Gründerin',
  'Μηχανικός Λογισμικού',
  'Hallo!',
  'Gespräch',
  'Wöchentlich',
  'remote, EU',
  'Thu, Nov 12',
];

/** Everything personal in a fixture, collected from the page and the answer key, not from the module. */
function secretsOf(fixture: string, doc: Document): string[] {
  const secrets = new Set<string>();
  const names = [
    ...(answerKey.fixtures[fixture]?.people.map((p) => p.name) ?? []),
    // Inviters of Page/newsletter/event invitations, mutual names and suggestions are not in the key.
    ...[...doc.querySelectorAll('strong')].map((s) => s.textContent?.trim() ?? ''),
    'Jonas Weber',
    'Nadia Klein',
    'Gino Sample',
    'Rita Chen',
  ];
  for (const name of names.filter(Boolean)) {
    secrets.add(name);
    // Parts that are interface words ("The Data Brief") are kept by design; the whole name is not.
    for (const part of name.split(/\s+/)) if (part.length >= 2 && !isUiWord(part)) secrets.add(part);
  }
  for (const p of answerKey.fixtures[fixture]?.people ?? []) secrets.add(p.profile);
  for (const a of doc.querySelectorAll('[href*="/in/"]')) {
    const slug = /\/in\/([^/?#]+)/.exec(a.getAttribute('href') ?? '')?.[1] ?? '';
    secrets.add(slug).add(decodeURIComponent(slug));
  }
  for (const img of doc.querySelectorAll('img, source, video')) {
    for (const attr of ['src', 'srcset', 'alt']) {
      const value = img.getAttribute(attr)?.trim();
      if (value) secrets.add(value);
    }
  }
  for (const s of WRITTEN_BY_MEMBERS) secrets.add(s);
  secrets.delete('');
  return [...secrets];
}

/** Words of every text and text attribute in the area that the vocabulary does not allow. */
function unknownWordsOf(area: Element): Set<string> {
  const texts: string[] = [];
  const walker = area.ownerDocument.createTreeWalker(area, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('script, style, svg')) texts.push(n.nodeValue ?? '');
  }
  for (const el of [area, ...area.querySelectorAll('*')]) {
    for (const attr of ['aria-label', 'alt', 'title', 'placeholder']) texts.push(el.getAttribute(attr) ?? '');
  }
  const words = texts.flatMap((t) => t.match(/[\p{L}\p{N}]+/gu) ?? []);
  return new Set(words.filter((w) => [...w].length >= 3 && !isUiWord(w)));
}

const wholeWord = (word: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

// Every line is a tag, a closing tag, a one-line element or text, and `<`, `>`, `"` appear only as
// the syntax of our own tags: nothing in a value can open a tag or close an attribute.
const LINE = new RegExp(
  [
    String.raw`^ *<([a-z][a-z0-9-]*)((?: [^\s<>"=]+="[^"<>]*")*)( …)?>(?:[^<>"]*</\1>)?$`,
    String.raw`^ *</[a-z][a-z0-9-]*>$`,
    String.raw`^ *[^<>"]+$`,
  ].join('|'),
  'u',
);

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe.each(fixtureNames)('page report of %s', (fixture) => {
  const doc = documents.get(fixture) as Document;
  const area = areaOf(fixture);
  const report = pageReport(area);

  it('snapshots the known invitation list, whole', () => {
    expect(
      area.matches('[data-testid="lazy-column"], [componentkey="InvitationManagerPage_InvitationsList"], ul.mn-invitation-list, section'),
    ).toBe(true);
    expect(report.truncated).toBe(false);
    // Its cards: list items, or the list's children where cards have no list item (fixture-sdui-2025-unlisted.html).
    expect(
      area.querySelectorAll('[role="listitem"], li, [componentkey="InvitationManagerPage_InvitationsList"] > *').length,
    ).toBeGreaterThan(4);
  });

  it('contains no name, slug, headline, message, image address or picture alt', () => {
    const secrets = secretsOf(fixture, doc);
    expect(secrets.length).toBeGreaterThan(30);
    for (const secret of secrets) expect(report.text, secret).not.toContain(secret);
    // Lower-cased too: slugs are names, and a report that lower-cased a name would still leak it.
    const lower = report.text.toLowerCase();
    for (const p of answerKey.fixtures[fixture]?.people ?? []) expect(lower).not.toContain(p.profile);
    expect(report.text).not.toMatch(/https?:|licdn|linkedin\.com|urn%3A|ACoAA/i);
  });

  it('lets through no word the vocabulary does not allow', () => {
    const unknown = unknownWordsOf(area);
    expect(unknown.size).toBeGreaterThan(20);
    // Tag and attribute names are ours ("strong" the tag is not "strong" the word of a message).
    const values = report.text.replace(/<\/?[a-z][a-z0-9-]*/g, '<').replace(/ [^\s<>"=]+="/g, ' ="');
    for (const word of unknown) expect(values, word).not.toMatch(wholeWord(word));
  });

  it('writes only well-formed lines, so nothing in a value can open a tag', () => {
    for (const line of report.text.split('\n')) expect(line).toMatch(LINE);
  });

  it('keeps every element, the list items, componentkey prefixes and test ids', () => {
    const inside = [area, ...area.querySelectorAll('*')];
    // svg and script children are not written; everything else is, badges aside.
    const written = inside.filter((el) => el === area || !el.parentElement?.closest('svg, script, style, template'));
    expect(report.elements).toBe(written.length);
    expect(count(report.text, '\n') + 1).toBeGreaterThanOrEqual(written.length);

    expect(count(report.text, ' role="listitem"')).toBe(inside.filter((el) => el.getAttribute('role') === 'listitem').length);

    const keys = inside.map((el) => el.getAttribute('componentkey')).filter((k): k is string => k !== null);
    expect(count(report.text, ' componentkey="')).toBe(keys.length);
    for (const key of keys) {
      const prefix = /^[^0-9]*/.exec(key)?.[0] ?? '';
      expect(report.text).toContain(`componentkey="${prefix}`);
      if (key.startsWith('urn:li:invitation:')) expect(report.text).toContain(`componentkey="${key.replace(/\d/g, '0')}"`);
      if (key.length > prefix.length) expect(report.text).not.toContain(key.slice(prefix.length));
    }

    for (const el of inside.filter((e) => e.hasAttribute('data-testid'))) {
      expect(report.text).toContain(`data-testid="${el.getAttribute('data-testid')}"`);
    }
    expect(count(report.text, ' data-testid="')).toBe(inside.filter((e) => e.hasAttribute('data-testid')).length);
  });

  it('keeps every button and its Accept / Ignore verb', () => {
    const inside = [area, ...area.querySelectorAll('*')];
    expect(count(report.text, '<button')).toBe(inside.filter((el) => el.localName === 'button').length);
    const verbs = new Set([...ACCEPT_VERBS, ...IGNORE_VERBS]);
    const shown = new Map<string, number>();
    for (const control of inside.filter((el) => el.matches('button, a'))) {
      const text = control.textContent?.trim() ?? '';
      if (verbs.has(text)) shown.set(text, (shown.get(text) ?? 0) + 1);
    }
    // One accept verb and one ignore verb in each fixture, except the one whose words nobody knows
    // (fixture-sdui-2026-invented-language.html): its "Zork"/"Blip" are no verbs to keep.
    expect(shown.size).toBe(doc.documentElement.lang === 'xx' ? 0 : 2);
    for (const [verb, n] of shown) expect(count(report.text, `>${verb}</span>`), verb).toBe(n);
    if (shown.size === 0) expect(report.text).not.toMatch(/\b(?:Zork|Blip)\b/);
  });

  it('maps the same slug to the same person-N, numbered in order of appearance', () => {
    const slugs = [...area.querySelectorAll('[href*="/in/"]')].map((a) =>
      decodeURIComponent(/\/in\/([^/?#]+)/.exec(a.getAttribute('href') ?? '')?.[1] ?? '').toLowerCase(),
    );
    const people = [...report.text.matchAll(/href="\/in\/(person-\d+)\/"/g)].map((m) => m[1]);
    expect(people.length).toBe(slugs.length);
    const firstSeen = [...new Set(slugs)];
    slugs.forEach((slug, i) => expect(people[i], slug).toBe(`person-${firstSeen.indexOf(slug) + 1}`));
    expect(new Set(people).size).toBe(firstSeen.length);
  });
});

describe('invitationsArea', () => {
  it('picks the strip section over the list inside it, the list on the manager page', () => {
    expect(areaOf('fixture-mynetwork-strip.html').getAttribute('componentkey')).toBe('pending-invitations-preview');
    expect(areaOf('fixture-mynetwork-strip-ember-2022.html').matches('section.mn-invitations-preview')).toBe(true);
    expect(areaOf('fixture-ember-2022.html').matches('ul.mn-invitation-list')).toBe(true);
    expect(areaOf('fixture-sdui-2026.html').getAttribute('data-testid')).toBe('lazy-column');
  });

  it('falls back to <main>, then [role="main"], then the body', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    const manager = 'invitation-manager';
    expect(
      invitationsArea(parse('<div componentkey="InvitationManagerPage_InvitationsList"></div><main></main>'), manager)?.getAttribute(
        'componentkey',
      ),
    ).toBe('InvitationManagerPage_InvitationsList');
    expect(invitationsArea(parse('<div role="main"></div><main id="m"></main>'), manager)?.id).toBe('m');
    expect(invitationsArea(parse('<div><div role="main" id="r"></div></div>'), manager)?.id).toBe('r');
    expect(invitationsArea(parse('<p>nothing known</p>'), manager)?.localName).toBe('body');
  });

  it('looks for a list only where the page has one (pages.ts): elsewhere the main area', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    const page = '<main id="m"><ul class="mn-invitation-list" id="l"></ul></main>';
    expect(invitationsArea(parse(page), 'network-strip')?.id).toBe('l');
    expect(invitationsArea(parse(page), 'sent')?.id).toBe('m');
    expect(invitationsArea(parse(page), 'other')?.id).toBe('m');
  });
});

describe('masking, case by case', () => {
  const reportOf = (html: string): string => {
    const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
    return pageReport(doc.getElementById('root') as Element).text;
  };
  const line = (html: string): string => reportOf(html).split('\n')[1]?.trim() ?? '';

  it('keeps interface words, masks every other word, zeroes digits, keeps possessives', () => {
    expect(line('<p aria-label="Accept Priya Raman’s invitation">Jonas Weber and 13 other mutual connections</p>')).toBe(
      '<p aria-label="Accept ••• •••’s invitation">••• ••• and 00 other mutual connections</p>',
    );
    expect(line('<p>Ignore an invitation to connect from Дмитрий Соколов 🎯</p>')).toBe(
      '<p>Ignore an invitation to connect from ••• ••• •••</p>',
    );
    expect(line('<p title="Accepter l’invitation d’Élodie">Einladung von Jean-Pierre O\'Brien annehmen</p>')).toBe(
      '<p title="Accepter l’invitation d’•••">Einladung von ••• ••• annehmen</p>',
    );
    expect(line('<p>  Vor   4\n Tagen · B2B  </p>')).toBe('<p>Vor 0 Tagen · •••</p>');
    // Invisible characters go before words are looked up: they neither hide a word nor add a •••.
    expect(line('<p>Vor\u200B 4 \u202E Ta\u00ADgen\u202C</p>')).toBe('<p>Vor 0 Tagen</p>');
  });

  it('masks links to their path shape', () => {
    const hrefs = [
      ['https://www.linkedin.com/in/priya-raman-4b2a1c/?miniProfileUrn=urn%3Ali%3Afs', '/in/person-1/'],
      ['/in/PRIYA-raman-4b2a1c', '/in/person-1/'],
      ['https://www.linkedin.com/in/%C5%BEofie-1b2/details/experience/', '/in/person-2/…/'],
      ['https://www.linkedin.com/in/žofie-1b2/', '/in/person-2/'],
      ['https://www.linkedin.com/company/contoso-cloud/', '/company/company-1/'],
      ['https://www.linkedin.com/showcase/contoso-labs/', '/showcase/showcase-1/'],
      ['https://www.linkedin.com/school/fabrikam-u/', '/school/school-1/'],
      ['https://www.linkedin.com/newsletters/the-data-brief-6912345678901234567/', '/newsletters/newsletter-1/'],
      ['https://www.linkedin.com/events/7351122334455667788/', '/events/event-1/'],
      ['https://www.linkedin.com/events/7351122334455667788', '/events/event-1/'],
      [
        'https://www.linkedin.com/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/',
        '/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/',
      ],
      [
        'https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAB1cXyZ&recipient=ACoAAB1cXyZ',
        '/messaging/compose/',
      ],
      ['https://www.linkedin.com/messaging/thread/2-ZmQ0NjU3/', '/messaging/thread/…/'],
      ['/games/queens/', '/other/'],
      ['#', '/other/'],
      ['javascript:alert(1)', '/other/'],
      ['https://evil.example/in/priya-raman-4b2a1c/', '/other/'],
      ['https://www.linkedin.com.evil.example/in/x/', '/other/'],
    ];
    const text = reportOf(hrefs.map(([href]) => `<a href="${href}"></a>`).join(''));
    expect([...text.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(hrefs.map(([, masked]) => masked));
  });

  it('numbers images, masks componentkey ids, keeps only structural attribute values', () => {
    const text = reportOf(
      '<img src="https://media.licdn.invalid/a.jpg"><img srcset="https://media.licdn.invalid/b.jpg 2x"><img src="https://media.licdn.invalid/a.jpg">' +
        '<button componentkey="ConnectButtonstate:invitation:urn:li:member:123456789_connect" id="ember12" data-control-name="invite" style="color: red"></button>' +
        '<div id="profile-priya" style="display:contents" data-x="" dir="auto" lang="de"></div>',
    );
    expect([...text.matchAll(/(?:src|srcset)="([^"]*)"/g)].map((m) => m[1])).toEqual(['image-1', 'image-2', 'image-1']);
    expect(text).toContain(
      '<button componentkey="ConnectButtonstate:invitation:urn:li:member:000000000_connect" id="ember12" data-control-name="…" style="…"></button>',
    );
    expect(text).toContain('<div id="…" style="display: contents;" data-x="" dir="auto" lang="de"></div>');
  });

  it('scrubs a slug out of the attributes it keeps, with the same person-N as the link', () => {
    const text = reportOf(
      '<div componentkey="profile-card-marcus-feld-hr-42" class="card marcus-feld-hr"><a href="/in/marcus-feld-hr/">x</a></div>',
    );
    expect(text).not.toContain('marcus');
    expect(text).toContain('componentkey="profile-card-person-1-00"');
    expect(text).toContain('class="card person-1"');
    expect(text).toContain('href="/in/person-1/"');
  });

  it('stops descending past a depth no real page reaches', () => {
    const deep = '<div>'.repeat(150) + 'Priya' + '</div>'.repeat(150);
    const text = reportOf(deep);
    expect(text.split('\n').some((l) => l.trim() === '…')).toBe(true);
    expect(text).not.toContain('Priya');
  });

  it('drops comments, our badges, and what is inside svg, script, style and template', () => {
    const text = reportOf(
      '<!-- Priya Raman --><div data-know-trust-profile="priya-raman"><span>Colleague at Northwind</span></div>' +
        '<svg role="img" aria-label="Verified"><title>Priya</title><path d="M0"></path></svg>' +
        '<script>const priya = 1</script><style>.priya{}</style><template><p>Priya</p></template>',
    );
    expect(text).not.toMatch(/priya|Northwind|Colleague|know-trust|path|title/i);
    expect(text).toContain('<svg role="img" aria-label="Verified"></svg>');
    expect(text).toContain('<script></script>');
    expect(pageReport(new DOMParser().parseFromString('<p>x</p>', 'text/html').body).elements).toBe(2);
  });
});

describe('hostile page', () => {
  const BIG = 100_000;
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u202Egnp.exe\u202C Ab\u2066cd\u2069 \u200Fxy\u200E',
    'Sm'.repeat(BIG / 2),
    'word '.repeat(BIG / 5),
  ];

  function hostile(rows: number): Element {
    // Kept attributes are LinkedIn's, not a member's: a hostile one there is escaped, not masked.
    const doc = new DOMParser().parseFromString(
      `<main><div data-testid="lazy-column"><div a"b="c" onclick="alert(1)" class='"><svg onload=alert(2)>\u202Ex' data-view-name="&lt;b&gt;"></div></div></main>`,
      'text/html',
    );
    const list = doc.querySelector('[data-testid="lazy-column"]') as Element;
    for (let i = 0; i < rows; i++) {
      const name = payloads[i % payloads.length] as string;
      const row = doc.createElement('div');
      row.setAttribute('role', 'listitem');
      row.setAttribute('componentkey', `urn:li:invitation:${i}${name}`);
      row.setAttribute('data-testid', name); // kept, but the name is also the slug below: scrubbed
      const link = row.appendChild(doc.createElement('a'));
      link.setAttribute('href', `/in/${encodeURIComponent(name)}/`);
      link.textContent = name;
      const img = row.appendChild(doc.createElement('img'));
      img.setAttribute('src', `https://media.licdn.invalid/${name}`);
      img.setAttribute('alt', `${name}’s profile picture`);
      const accept = row.appendChild(doc.createElement('button'));
      accept.setAttribute('aria-label', `Accept ${name}’s invitation`);
      accept.textContent = 'Accept';
      row.appendChild(doc.createElement('script')).textContent = `alert(${JSON.stringify(name)})`;
      const badge = row.appendChild(doc.createElement('div'));
      badge.setAttribute('data-know-trust-profile', name);
      badge.textContent = `Know & Trust: ${name}`;
      list.appendChild(row);
    }
    return list;
  }

  it('escapes or masks every payload and caps each value', () => {
    const report = pageReport(hostile(payloads.length));
    expect(report.truncated).toBe(false);
    for (const line of report.text.split('\n')) expect(line).toMatch(LINE);
    expect(report.text.split('\n')[1]).toBe(
      '  <div a&quot;b="…" onclick="…" class="&quot;&gt;&lt;svg onload=alert(2)&gt;x" data-view-name="&lt;b&gt;"></div>',
    );
    // Everywhere else the payloads are gone, short ones scrubbed even from a kept data-testid;
    // a slug longer than LinkedIn allows (100) is not scrubbed there, only capped.
    const rest = report.text
      .split('\n')
      .slice(2)
      .join('\n')
      .replace(/ data-testid="[^"]{300,}…"/g, '');
    for (const leak of ['alert', 'onerror', 'onload', 'script&', 'gnp', 'exe', 'SmSm', 'word', 'Know', 'know-trust']) {
      expect(rest, leak).not.toContain(leak);
    }
    expect(rest).toContain('data-testid="person-2"');
    expect(report.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/u);
    expect(report.text).toContain('aria-label="Accept •••’s invitation"');
    expect(count(report.text, '<script></script>')).toBe(payloads.length);
    expect(report.elements).toBe(2 + payloads.length * 5);
    expect(Math.max(...report.text.split('\n').map((l) => l.length))).toBeLessThan(1_000);
    expect(report.text.length).toBeLessThan(20_000);
  });

  it('stops at maxChars on a page too big to paste', () => {
    const report = pageReport(hostile(2_000));
    expect(report.truncated).toBe(true);
    expect(report.text.length).toBeLessThanOrEqual(200_000);
    expect(report.text.length).toBeGreaterThan(190_000);
    expect(report.text.split('\n').at(-1)).toBe('… report truncated at 200000 characters');
  });
});

describe('truncation', () => {
  const area = areaOf('fixture-sdui-2026.html');
  const full = pageReport(area);

  it('cuts at maxChars, says so on a last line, and counts only the elements written', () => {
    const cut = pageReport(area, { maxChars: 2_000 });
    expect(cut.truncated).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(2_000);
    expect(cut.text.length).toBeGreaterThan(1_800);
    const lines = cut.text.split('\n');
    expect(lines.at(-1)).toBe('… report truncated at 2000 characters');
    expect(full.text.startsWith(`${lines.slice(0, -1).join('\n')}\n`)).toBe(true);
    expect(cut.elements).toBe(lines.filter((l) => /^ *<[a-z]/.test(l)).length);
    expect(cut.elements).toBeLessThan(full.elements);
  });

  it('does not cut a report that fits exactly', () => {
    expect(pageReport(area, { maxChars: full.text.length })).toEqual(full);
    expect(pageReport(area, { maxChars: full.text.length - 1 }).truncated).toBe(true);
  });
});

describe('reads no serialised markup', () => {
  // outerHTML/innerHTML hold every name at once; the report must be built node by node.
  const saved = new Map<string, PropertyDescriptor>();
  beforeEach(() => {
    for (const prop of ['innerHTML', 'outerHTML']) {
      const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, prop);
      if (descriptor) saved.set(prop, descriptor);
      Object.defineProperty(Element.prototype, prop, {
        configurable: true,
        get() {
          throw new Error(`${prop} read`);
        },
      });
    }
  });
  afterEach(() => {
    for (const prop of ['innerHTML', 'outerHTML']) {
      const descriptor = saved.get(prop);
      if (descriptor) Object.defineProperty(Element.prototype, prop, descriptor);
      else delete (Element.prototype as unknown as Record<string, unknown>)[prop];
    }
  });

  it.each(fixtureNames)('%s', (fixture) => {
    expect(() => areaOf(fixture).outerHTML).toThrow();
    expect(pageReport(areaOf(fixture)).elements).toBeGreaterThan(50);
  });
});

it('every hand-listed member text occurs in some fixture', () => {
  const all = [...documents.values()].map((d) => d.documentElement.textContent ?? '').join('\n');
  for (const s of WRITTEN_BY_MEMBERS) expect(all, s).toContain(s);
});
