import { ARTICLES, CONNECTORS, FORMER, HR_WORDS, LEADERSHIP_WORDS, LEGAL_FORMS } from './insider-words';
import type { Insider } from './types';

// Pre-fills the "Do they work at your company?" answer from an inviter's headline (design.md, "The
// questions"). Only a guess the user can change, so it stays on the side of silence: null unless
// one of the user's companies is plainly named as the inviter's *current* employer, either after a
// connector word we know ("at", "chez", "bei", "en"…) or as a segment of its own ("… | Northwind
// Analytics", optionally with its legal form: "… | Northwind Analytics GmbH"). Headlines in other languages give null: guessing unknown grammar would put words in
// the inviter's mouth ("στην Northwind Analytics" may mean anything we cannot check).
//
// The role is looked for in the words before the company ("HR Manager" in "HR Manager at …"), and
// only then in the headline's other stand-alone segments ("… | People & Culture"), skipping segments
// that name another employer or a past job. Within each, HR words win over leadership words:
// "Head of People", "HR Director", "Chief People Officer" and "DRH" are the people team, whose
// role is exactly to notice who might leave; the advice for HR is the more specific one.

const wordRe = (fragments: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragments.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const HR = wordRe(HR_WORDS);
const LEADERSHIP = wordRe(LEADERSHIP_WORDS);
const PAST = wordRe(FORMER);
// The connector (and maybe an article) right before the company, on the *unfolded* text: folding
// would turn the French "à" into "a", which is English for something else.
const CONNECTOR_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:${CONNECTORS})(?:\\s+(?:${ARTICLES}))?\\s+|@\\s*)$`,
  'iu',
);
// A segment that names some employer ("Ex-CEO at StartupX"): its role words are not about us.
const NAMES_AN_EMPLOYER = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${CONNECTORS})\\s+\\S|@)`, 'iu');
const OWN_SEGMENT_TAIL = new RegExp(`^\\s*(?:,?\\s*(?:${LEGAL_FORMS}))?\\s*$`, 'u');
// "|", "·" and "•" separate segments; so does a dash between spaces ("Northwind Analytics – Head of
// HR"), but not the hyphen inside a word ("Co-Founder").
const SEPARATOR = /[|·•]|\s[-–—]\s/gu;

export function guessInsider(headline: string, companies: readonly string[]): Insider | null {
  if (typeof headline !== 'string' || !Array.isArray(companies)) return null;
  const text = headline.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = fold(text); // same length as `text`: indices carry over
  const segments = segmentsOf(text);
  for (const raw of companies) {
    const company = typeof raw === 'string' ? fold(raw.normalize('NFC').replace(/\s+/g, ' ').trim()) : '';
    if (!company) continue;
    for (let at = folded.indexOf(company); at !== -1; at = folded.indexOf(company, at + 1)) {
      const end = at + company.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue; // "Northwind" ≠ "Northwinds"
      const segment = segments.find((s) => s.start <= at && at < s.end);
      if (!segment) continue;
      const before = text.slice(segment.start, at);
      const connector = CONNECTOR_BEFORE.exec(before);
      let role: string;
      if (connector) role = fold(before.slice(0, connector.index));
      else if (!before.trim() && OWN_SEGMENT_TAIL.test(folded.slice(end, segment.end))) role = '';
      else continue;
      if (PAST.test(role)) continue;
      const others = segments
        .filter((s) => s !== segment)
        .map((s) => text.slice(s.start, s.end))
        .filter((s) => !NAMES_AN_EMPLOYER.test(s))
        .map(fold)
        .filter((s) => !PAST.test(s));
      return roleIn(role) ?? roleIn(others.join(' | ')) ?? 'colleague';
    }
  }
  return null;
}

function roleIn(foldedText: string): Insider | null {
  if (HR.test(foldedText)) return 'hr';
  if (LEADERSHIP.test(foldedText)) return 'leadership';
  return null;
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
