import {
  ARTICLES,
  CONJUNCTIONS,
  CONNECTORS,
  FORMER,
  HR_WORDS,
  INSTITUTION_COMPOUNDS,
  INSTITUTION_WORDS,
  JOB_WORDS,
  LEADERSHIP_WORDS,
  LEGAL_FORMS,
  SIDE_ROLES,
  STUDENT_WORDS,
  WEAK_CONNECTORS,
} from './insider-words';
import type { Insider } from './types';

// Pre-fills the "Do they work at your company?" answer from an inviter's headline (docs/design.md, "The
// questions"). Only a guess the user can change, so it stays on the side of silence: null unless
// one of the user's companies is plainly named as the inviter's *current* employer. It never says
// 'no': not finding the company is not knowing. The company counts as named when it stands
//   - after a strong connector ("at", "@", "chez", "bei", "en"…): "Data Engineer at Northwind";
//   - after a weak connector ("of", "de", "der", "del", "d'"…) or a comma, *and* a role word comes
//     right before it: "CEO of Northwind", "Geschäftsführer der Northwind GmbH", "Founder, Northwind".
//     Without the role word these are just phrases ("Helping customers of Northwind");
//   - as a segment of its own: "Northwind | Head of Talent", "Data Engineer – Northwind GmbH";
// and what follows it, within its segment, ends the name: nothing, a legal form ("GmbH", ", Inc."),
// a bracketed remark ("(we're hiring!)"), punctuation (", Berlin"), or "and" + another role. Anything
// else makes it part of another name ("Northwind Consulting", "Northwind University"). Headlines in
// other languages give null: guessing unknown grammar would put words in the inviter's mouth
// ("στην Northwind Analytics" may mean anything we cannot check).
//
// Never a guess for past jobs ("Former", "Ex-", "ehemalige", "antigua"…), students and graduates
// ("Student at", "Absolvent der"), a company named inside another institution's name ("University
// of Northwind"), or a role whose own words name another employer first ("Professor at University
// of Northwind", "Head of People at Contoso, part of Northwind").
//
// The role is looked for in the words before the company ("HR Manager" in "HR Manager at …"), and
// only then in the headline's other stand-alone segments ("… | People & Culture"), skipping segments
// that name another employer or a past job. Within each, HR words win over leadership words:
// "Head of People", "HR Director", "Chief People Officer" and "DRH" are the people team, whose
// role is exactly to notice who might leave; the advice for HR is the more specific one.
//
// Every regular expression here is linear (no nested quantifiers over the same text): headlines
// come from a web page anyone can write.

/**
 * LinkedIn caps headlines at 220 characters: much longer text is not a headline. The checks are
 * linear for each place the company is found, so a cap keeps the whole cheap on junk input.
 */
const MAX_LENGTH = 1000;

const W = '[\\p{L}\\p{N}]'; // a word character
const wordRe = (fragments: readonly string[], flags = 'u'): RegExp => new RegExp(`(?<!${W})(?:${fragments.join('|')})(?!${W})`, flags);
const HR = wordRe(HR_WORDS);
const LEADERSHIP = wordRe(LEADERSHIP_WORDS);
const ROLE_LIST = [...HR_WORDS, ...LEADERSHIP_WORDS, ...JOB_WORDS];
const ANY_ROLE = wordRe(ROLE_LIST);
const ROLE_OR_SIDE_ROLE = wordRe([...ROLE_LIST, ...SIDE_ROLES]);
const ROLE_WORDS = wordRe(ROLE_LIST, 'gu'); // for matchAll: where the role words are
const PAST = wordRe(FORMER);
const STUDENT = wordRe(STUDENT_WORDS);
// A remark that only says "past": "(retired)", "(former)". "(ex-Contoso)" is about another job.
const ONLY_PAST = new RegExp(`^[\\s\\p{P}\\p{N}]*(?:${FORMER.join('|')})[\\s\\p{P}\\p{N}]*$`, 'u');
const INSTITUTION = new RegExp(`(?<!${W})(?:${INSTITUTION_WORDS})|${INSTITUTION_COMPOUNDS}`, 'u');

// The connector (and maybe an article) right before the company, on the *unfolded* text: folding
// would turn the French "à" into "a", which is English for something else. "à l'", "de l'" and "d'"
// are glued to the company.
const THEN_ARTICLE = `(?:\\s+(?:${ARTICLES})\\s+|\\s+l['’]|\\s+)`;
const STRONG_BEFORE = new RegExp(`(?:(?<!${W})(?:${CONNECTORS})${THEN_ARTICLE}|@\\s*)$`, 'iu');
const WEAK_BEFORE = new RegExp(`(?<!${W})(?:(?:${WEAK_CONNECTORS})${THEN_ARTICLE}|d['’])$`, 'iu');
const COMMA_BEFORE = /,\s*$/u;

// A text that names some employer ("Ex-CEO at StartupX"): its role words are not about us. The
// Spanish and French "en" also gives a field ("Especialista en datos", "Consultant en stratégie"),
// so it names an employer only before a capital ("Ingeniera en Contoso").
const CONNECTORS_BUT_EN = CONNECTORS.split('|')
  .filter((c) => c !== 'en')
  .join('|');
const NAMES_AN_EMPLOYER = new RegExp(`(?:(?<!${W})(?:${CONNECTORS_BUT_EN})\\s+\\S|@)`, 'iu');
const EN_AN_EMPLOYER = new RegExp(`(?<!${W})[Ee]n\\s+\\p{Lu}`, 'u'); // no 'i': it would make \p{Lu} match "d"
const namesAnEmployer = (text: string): boolean => NAMES_AN_EMPLOYER.test(text) || EN_AN_EMPLOYER.test(text);

// What may follow the company in its segment (on folded text).
const TAIL_LEGAL = new RegExp(`^\\s*,?\\s*(?:${LEGAL_FORMS})(?!${W})`, 'u');
const TAIL_REMARK = /^\s*([([])/u;
const NOTHING_MORE = /^[^\p{L}\p{N}]*$/u; // spaces, punctuation, emoji
const ENDS_PHRASE = /^\s*(?:[,;:!/]|\.(?!\S))/u; // ", Berlin", "/ Contoso", ". Passionate about…"
const CONJOINED = new RegExp(`^\\s*(?:${CONJUNCTIONS})\\s+`, 'u');
const LEGAL_AT_END = new RegExp(`(?<![\\s,])[\\s,]+(?:${LEGAL_FORMS})$`, 'u');
// Marks that end a clause: the role words that count are those of the last clause before the company.
const CLAUSE_BREAK = /[,;:!?()[\]/]/u;

// "|", "·" and "•" separate segments; so does a dash between spaces ("Northwind Analytics – Head of
// HR"), but not the hyphen inside a word ("Co-Founder").
const SEPARATOR = /[|·•]|\s[-–—]\s/gu;

export function guessInsider(headline: string, companies: readonly string[]): Insider | null {
  if (typeof headline !== 'string' || !Array.isArray(companies)) return null;
  const text = headline.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_LENGTH) return null;
  const folded = fold(text); // same length as `text`: indices carry over
  const segments = segmentsOf(text);
  for (const raw of companies) {
    for (const company of namesOf(raw)) {
      for (let at = folded.indexOf(company); at !== -1; at = folded.indexOf(company, at + 1)) {
        const end = at + company.length;
        if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue; // "Northwind" ≠ "Northwinds"
        const segment = segments.find((s) => s.start <= at && at < s.end);
        if (!segment || end > segment.end) continue;
        const guess = guessAt(text, folded, segments, segment, at, end);
        if (guess) return guess;
      }
    }
  }
  return null;
}

/** The answer if the company found at [at, end) is named as the current employer, else null. */
function guessAt(text: string, folded: string, segments: readonly Segment[], segment: Segment, at: number, end: number): Insider | null {
  const before = text.slice(segment.start, at);
  const own = !before.trim(); // "… | Northwind Analytics GmbH | …"
  const found = own ? { role: '', whole: '' } : roleBefore(before);
  if (!found) return null;
  if (PAST.test(found.whole) || STUDENT.test(found.whole)) return null;
  const more = afterCompany(text, folded, end, segment.end, own);
  if (more === null) return null;
  const others = segments.filter((s) => s !== segment).map((s) => text.slice(s.start, s.end));
  if (own && !standsAlone(others)) return null;
  const otherRoles = others
    .filter((s) => !namesAnEmployer(s))
    .map(fold)
    .filter((s) => !PAST.test(s));
  return roleIn(`${found.role} | ${more}`) ?? roleIn(otherRoles.join(' | ')) ?? 'colleague';
}

/**
 * The role written before the company (folded), when what stands right before the company makes it
 * the employer; `whole` is all the segment says before it, checked for past jobs and studies.
 */
function roleBefore(before: string): { role: string; whole: string } | null {
  const strong = STRONG_BEFORE.exec(before);
  if (strong) {
    const role = fold(before.slice(0, strong.index));
    return { role, whole: role };
  }
  const weak = WEAK_BEFORE.exec(before);
  const link = weak ?? COMMA_BEFORE.exec(before);
  if (!link) return null;
  const pre = before.slice(0, link.index);
  // "Professor at University of …", "Data Engineer at Contoso, Northwind …": another employer first.
  if (namesAnEmployer(pre)) return null;
  // The role words must reach into the last clause before the connector: "Founder, CEO of …" is a
  // role, "Sales Manager, helping customers of …" is not. "Head of" keeps its "of": it is the role.
  const region = fold(weak ? before : pre);
  const clauseStart = clauseStartBefore(region, pre.length);
  let roleStart = -1;
  for (const match of region.matchAll(ROLE_WORDS)) {
    if (match.index + match[0].length > clauseStart) {
      roleStart = Math.min(match.index, clauseStart); // "VP, People, …": a role may span a comma
      break;
    }
  }
  if (roleStart === -1) return null;
  // "Research Scientist, University of …", "Mitarbeiterin der Hochschule der …": another name.
  if (INSTITUTION.test(region.slice(roleStart, pre.length))) return null;
  return { role: region.slice(roleStart), whole: region };
}

/**
 * Checks what follows the company in its segment ([from, to)): null if it makes the company part of
 * another name, else the folded words of a role joined after it ("… and Head of People"), or ''.
 * A stand-alone company segment (`own`) allows only a legal form and remarks.
 */
function afterCompany(text: string, folded: string, from: number, to: number, own: boolean): string | null {
  let i = from;
  const legal = TAIL_LEGAL.exec(folded.slice(i, to));
  if (legal) i += legal[0].length;
  // Bracketed remarks, "(we're hiring!)", "[remote]"; one never closed runs to the segment's end.
  for (let open = TAIL_REMARK.exec(folded.slice(i, to)); open; open = TAIL_REMARK.exec(folded.slice(i, to))) {
    const start = i + open[0].length;
    const close = folded.indexOf(open[1] === '(' ? ')' : ']', start);
    const stop = close === -1 || close >= to ? to : close;
    if (ONLY_PAST.test(folded.slice(start, stop))) return null;
    i = stop === to ? to : stop + 1;
  }
  const rest = folded.slice(i, to);
  if (NOTHING_MORE.test(rest)) return '';
  if (own) return null;
  if (ENDS_PHRASE.test(rest)) return '';
  // "CTO of Northwind and co-founder": another role. "Northwind & Partners": another company.
  const conjoined = CONJOINED.exec(rest);
  if (!conjoined) return null;
  const start = i + conjoined[0].length;
  let stop = start;
  while (stop < to && !CLAUSE_BREAK.test(folded[stop] ?? '')) stop++;
  const clause = folded.slice(start, stop);
  if (!ROLE_OR_SIDE_ROLE.test(clause)) return null;
  // "… and Board member at Contoso", "… and former recruiter": a role, but not one here.
  return namesAnEmployer(text.slice(start, stop)) || PAST.test(clause) ? '' : clause;
}

/**
 * A company standing as its own segment is the employer only if the other segments do not name
 * another current employer ("Data Engineer at Contoso | Northwind Analytics"), a past role with no
 * employer named ("Former Head of People | Northwind Analytics": maybe ours) or studies.
 */
function standsAlone(others: readonly string[]): boolean {
  return others.every((s) => {
    const f = fold(s);
    if (namesAnEmployer(s)) return PAST.test(f);
    return !(PAST.test(f) && ANY_ROLE.test(f)) && !STUDENT.test(f);
  });
}

function roleIn(foldedText: string): Insider | null {
  if (HR.test(foldedText)) return 'hr';
  if (LEADERSHIP.test(foldedText)) return 'leadership';
  return null;
}

/** The folded forms to look for: the user's name, and without its legal form ("Contoso AG" → "contoso"). */
function namesOf(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  const name = fold(raw.normalize('NFC').replace(/\s+/g, ' ').trim());
  if (!name || name.length > MAX_LENGTH) return [];
  const legal = LEGAL_AT_END.exec(name);
  const stem = legal ? name.slice(0, legal.index) : '';
  return stem.length >= 2 ? [name, stem] : [name];
}

function clauseStartBefore(text: string, limit: number): number {
  let i = limit;
  while (i > 0 && !CLAUSE_BREAK.test(text[i - 1] ?? '')) i--;
  return i;
}

interface Segment {
  start: number;
  end: number;
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const match of text.matchAll(SEPARATOR)) {
    segments.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  segments.push({ start, end: text.length });
  return segments;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Lower case without accents, keeping every character's length so that positions found in the
 * folded text hold in the original. A character whose folded form would change length stays as is.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
    out += bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
  }
  return out;
}
