// "Copy a page report": when LinkedIn changes its markup and detection finds no invitation, the
// user can file a bug with a snapshot of the invitations area that shows LinkedIn's structure and
// none of its members. The report is pasted in public, so the rule is "keep what LinkedIn built,
// mask what a member wrote or uploaded": tags, structural attributes and interface words stay;
// names, slugs, headlines, messages and image addresses go.
//
// The text is built by walking the nodes, never from outerHTML/innerHTML: those carry every name,
// and a serialiser that masks after the fact would have to find them all in a string it does not
// understand. Pure DOM code (no extension API) so it runs in the content script and in tests.
import type { PageKind } from '../core/page-kinds';
import { PAGES } from './pages';
import { isUiWord } from './report-vocabulary';
import { mainElement, mainRole } from './selectors';

export interface PageReport {
  text: string;
  truncated: boolean;
  /** Elements written, so a caller (and a bug reader) can tell a near-empty area from a cut one. */
  elements: number;
}

/**
 * The element to snapshot on a page of this kind: the page's own invitations area (pages.ts),
 * strongest first, else the page's main area, else the body.
 */
export function invitationsArea(doc: Document, kind: PageKind): Element | null {
  for (const selector of [...PAGES[kind].reportArea, mainElement, mainRole]) {
    const area = doc.querySelector(selector);
    if (area) return area;
  }
  return doc.body;
}

// ------------------------------------------------------------------------------- text masking

const MASK = '•••';
// Punctuation shows a sentence's shape ("••• ••• and 00 other mutual connections") and identifies
// no one, so it stays. Every other non-space character, emoji and symbols included, is part of a
// word, and an unknown word becomes ••• whatever its length or script: both can identify a short name.
const PUNCTUATION = '!"#$%&\'()*+,./:;<=>?@[\\]^_`{|}~-–—‐‒·•…’‘“”«»„‚‹›¿¡°€£¥©®™§¶';
const CLASS = PUNCTUATION.replace(/[\\\][^-]/g, '\\$&');
// Hyphens and apostrophes inside a word keep it whole: "Jean-Pierre" is one masked word, not two.
const WORD = new RegExp(`[^\\s${CLASS}]+(?:[-'’][^\\s${CLASS}]+)*`, 'gu');
// Bidi overrides, zero-width and control characters would let a name reorder or hide the report's
// own text; they carry nothing a bug reader needs.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const MAX_VALUE = 300;
const SLUG_MAX = 100;
const SCRUB_MAX = 2_000;

function maskWord(word: string): string {
  if (isUiWord(word)) return word;
  if (/^\p{Nd}+$/u.test(word)) return '0'.repeat([...word].length);
  // "Raman’s" → "•••’s", "d’Elena" → "d’•••": the possessive and the French elision are interface.
  const possessive = /^(.+)(['’]s)$/u.exec(word);
  if (possessive?.[1] && possessive[2]) return maskWord(possessive[1]) + possessive[2];
  const elision = /^([dl]['’])(.+)$/iu.exec(word);
  if (elision?.[1] && elision[2]) return elision[1] + maskWord(elision[2]);
  return MASK;
}

function maskText(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  return cap(text.replace(WORD, maskWord));
}

// A 100 KB label is an attack or a bug, not evidence: a few hundred characters show its shape.
function cap(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ------------------------------------------------------------------------------- attributes

// LinkedIn's own vocabulary for structure: roles, test ids, view names, hashed or BEM classes.
const KEPT = new Set([
  'role',
  'type',
  'tabindex',
  'aria-hidden',
  'aria-current',
  'aria-busy',
  'aria-expanded',
  'data-testid',
  'data-view-name',
  'data-component-type',
  'data-display-contents',
  'data-sdui-screen',
  'class',
  'dir',
  'lang',
]);
const TEXT_ATTRIBUTES = new Set(['alt', 'aria-label', 'title', 'placeholder']);
const MEDIA = new Set(['img', 'source', 'video']);
// Path kinds whose second segment names someone or something; numbered so the report still shows
// which links point to the same target ("/in/person-2/" twice = the photo and the name link).
const NAMED_PATHS: Readonly<Record<string, string>> = {
  in: 'person',
  company: 'company',
  showcase: 'showcase',
  school: 'school',
  newsletters: 'newsletter',
  events: 'event',
};
// LinkedIn's own routes, worth keeping; any segment that is not a plain word (a thread id, a
// member id) is masked all the same.
const OWN_PATHS = new Set(['mynetwork', 'messaging']);
const ROUTE_WORD = /^[A-Za-z][A-Za-z_-]*$/;

function linkedInPath(href: string): string[] | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return null;
  }
  const host = url.hostname;
  if (!/^https?:$/.test(url.protocol) || (host !== 'linkedin.com' && !host.endsWith('.linkedin.com'))) return null;
  return url.pathname.split('/').filter(Boolean);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(INVISIBLE, '').normalize('NFC').toLowerCase();
  } catch {
    return segment.replace(INVISIBLE, '').toLowerCase(); // a stray "%" is no reason to fail the report
  }
}

/** Names things consistently across one report: the same slug or image is always the same N. */
class Masker {
  private readonly numbers = new Map<string, Map<string, number>>();
  private readonly slugs: RegExp | null;

  constructor(area: Element) {
    // Slugs can leak into attributes we keep (a componentkey or class naming a profile); collect
    // them first so those values can be scrubbed even before the link itself is written.
    const found = new Set<string>();
    for (const el of [area, ...area.querySelectorAll('[href]')]) {
      const [kind, slug] = linkedInPath(el.getAttribute('href') ?? '') ?? [];
      if (kind !== 'in' || !slug) continue;
      // Short slugs would also match structural words ("urn", "auto"); LinkedIn's are 3 to 100
      // characters, and a longer one is an attack on this regular expression, not a profile.
      for (const s of [slug, decoded(slug)]) if (s.length >= 5 && s.length <= SLUG_MAX) found.add(s);
    }
    const alternatives = [...found].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.slugs = alternatives.length ? new RegExp(`(${alternatives.join('|')})`, 'iu') : null;
  }

  private number(kind: string, key: string): number {
    let seen = this.numbers.get(kind);
    if (!seen) this.numbers.set(kind, (seen = new Map()));
    if (!seen.has(key)) seen.set(key, seen.size + 1);
    return seen.get(key) as number;
  }

  // Returns the value capped: scrubbing a 100 KB value would be slow for nothing, and cutting it
  // first could leave the start of a slug at the end, so that tail is dropped with the rest.
  private scrub(value: string, rest: (text: string) => string): string {
    const long = value.length > SCRUB_MAX;
    const parts = this.slugs ? value.slice(0, SCRUB_MAX).split(this.slugs) : [value.slice(0, SCRUB_MAX)];
    if (long) parts.push((parts.pop() ?? '').slice(0, -SLUG_MAX));
    const scrubbed = parts.map((part, i) => (i % 2 ? `person-${this.number('person', decoded(part))}` : rest(part))).join('');
    return long ? `${cap(scrubbed).replace(/…$/, '')}…` : cap(scrubbed);
  }

  href(value: string): string {
    const segments = linkedInPath(value);
    const [first, second] = segments ?? [];
    if (!segments || !first) return '/other/';
    const kind = NAMED_PATHS[first];
    if (kind && second) {
      const more = segments.length > 2 ? '…/' : '';
      return `/${first}/${kind}-${this.number(kind, decoded(second))}/${more}`;
    }
    if (OWN_PATHS.has(first)) return `/${segments.map((s) => (ROUTE_WORD.test(s) ? s : '…')).join('/')}/`;
    return '/other/';
  }

  // Digits in a componentkey are invitation or member ids: keep the prefix shape
  // ("urn:li:invitation:0000"), mask the numbers and any token that is not a plain word.
  componentKey(value: string): string {
    return this.scrub(value, (text) =>
      text.replace(/[^:_\-./]+/g, (token) => {
        if (/^\d+$/.test(token)) return '0'.repeat(token.length);
        if (/^(?:[a-z]+|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*)$/.test(token)) return token;
        return token.replace(/\d/g, '0').replace(/[A-Z]/g, 'X').replace(/[^0X]/gu, 'x');
      }),
    );
  }

  attribute(tag: string, name: string, value: string): string {
    if (KEPT.has(name)) return this.scrub(value.replace(/\s+/g, ' ').replace(INVISIBLE, '').trim(), (text) => text);
    if (TEXT_ATTRIBUTES.has(name)) return maskText(value);
    if (name === 'id') return /^ember\d+$/.test(value) ? value : '…';
    if (name === 'style') return /^display:\s*contents;?$/i.test(value.trim()) ? 'display: contents;' : '…';
    if (name === 'componentkey') return this.componentKey(value);
    if (name === 'href' || name === 'xlink:href') return this.href(value);
    if (MEDIA.has(tag) && (name === 'src' || name === 'srcset')) return `image-${this.number('image', value.trim())}`;
    return value === '' ? '' : '…';
  }
}

// ------------------------------------------------------------------------------- the walk

// Their children are code, styles or drawing paths: nothing a layout bug report needs, and
// a script's text could hold anything.
const OPAQUE = new Set(['script', 'style', 'template', 'svg', 'noscript', 'math', 'iframe', 'object']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Our own badges: not LinkedIn's page, and they hold the verdicts the user keeps private. */
const BADGE = 'data-know-trust-profile';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MAX_DEPTH = 100;
const MAX_ATTRIBUTES = 40;

class Writer {
  private readonly lines: { text: string; element: boolean }[] = [];
  private length = 0; // of the lines joined by newlines, plus one
  full = false;
  constructor(private readonly maxChars: number) {}

  add(depth: number, line: string, element = false): boolean {
    if (this.full) return false;
    const text = '  '.repeat(depth) + line;
    if (this.length + text.length > this.maxChars) {
      this.full = true;
      return false;
    }
    this.lines.push({ text, element });
    this.length += text.length + 1;
    return true;
  }

  /** The report; when cut, lines are taken back until the line saying so fits within maxChars. */
  finish(ending: string): PageReport {
    while (this.full && this.lines.length && this.length + ending.length > this.maxChars) {
      this.length -= (this.lines.pop()?.text.length ?? 0) + 1;
    }
    const text = [...this.lines.map((l) => l.text), ...(this.full ? [ending] : [])].join('\n');
    return { text, truncated: this.full, elements: this.lines.filter((l) => l.element).length };
  }
}

export function pageReport(area: Element, options: { maxChars?: number } = {}): PageReport {
  // Below a few hundred characters not even the truncation line would fit.
  const maxChars = Math.max(options.maxChars ?? 200_000, 200);
  const ending = `… report truncated at ${maxChars} characters`;
  const masker = new Masker(area);
  const writer = new Writer(maxChars);

  const openTag = (el: Element, tag: string): string => {
    const attributes = [...el.attributes];
    const written = attributes
      .slice(0, MAX_ATTRIBUTES)
      .map((a) => ` ${escape(a.name.slice(0, 60))}="${escape(masker.attribute(tag, a.name, a.value))}"`)
      .join('');
    return `<${tag}${written}${attributes.length > MAX_ATTRIBUTES ? ' …' : ''}>`;
  };

  const walk = (el: Element, depth: number): void => {
    if (writer.full) return;
    // Real pages nest about 40 deep; a much deeper tree would only exhaust the stack.
    if (depth > MAX_DEPTH) {
      writer.add(depth, '…');
      return;
    }
    const tag = escape(el.localName.slice(0, 40));
    const children: (Element | string)[] = [];
    if (!OPAQUE.has(el.localName)) {
      for (const node of el.childNodes) {
        if (node.nodeType === ELEMENT_NODE && !(node as Element).hasAttribute(BADGE)) children.push(node as Element);
        else if (node.nodeType === TEXT_NODE) {
          const text = maskText(node.nodeValue ?? '');
          if (text) children.push(escape(text));
        }
        // Comments are dropped: LinkedIn's are build markers, anyone else's are unknown text.
      }
    }
    const open = openTag(el, tag);
    const only = children[0];
    // One text child stays on its tag's line ("<span>Accept</span>"), which is how buttons read.
    const nested = children.length > 1 || (only !== undefined && typeof only !== 'string');
    let line = open;
    if (!nested) line = only !== undefined ? `${open}${only}</${tag}>` : VOID.has(el.localName) ? open : `${open}</${tag}>`;
    if (!writer.add(depth, line, true)) return;
    if (!nested) return;
    for (const child of children) {
      if (typeof child === 'string') writer.add(depth + 1, child);
      else walk(child, depth + 1);
      if (writer.full) return;
    }
    writer.add(depth, `</${tag}>`);
  };

  if (!area.hasAttribute(BADGE)) walk(area, 0);
  return writer.finish(ending);
}
