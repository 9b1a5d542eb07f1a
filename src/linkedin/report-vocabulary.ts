// The words a page report may show as they are (page-report.ts masks every other word). A report is
// meant to be pasted into a public bug tracker, so these words decide what strangers will read:
// only LinkedIn's own interface words belong here, never anything a member writes.
//
// Rules for adding a word:
// - It must be interface wording ("is inviting you to connect", "2 days ago"), useful to tell
//   which sentence LinkedIn now shows where.
// - It must not be a plausible first name or surname in any language. That is why "may" ("People
//   you may know"), "will", "son", "ha", "tu", "le", "la" and "y" are left out: a word masked as
//   ••• costs the report little, a name shown costs a member their privacy. "page", "more", "an",
//   "de" and "von" are kept although some people carry them in their names: they are in nearly
//   every card ("an invitation", "Show more", "Einladung von"), and without them a report loses the
//   sentences a maintainer needs to recognise. The rest of such a name is still masked.
// Comparison is on the lower-case word, accents kept ("réseau" is not "reseau").
// The words themselves are in languages/report-words.ts, one entry per language, with every
// language's Accept and Ignore verbs added here.
import { ACCEPT_VERBS, IGNORE_VERBS } from './languages';
import { REPORT_WORDS } from './languages/report-words';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Lower-case interface words, accents kept; multi-word verbs ("Kabul et") split into words. */
const UI_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(REPORT_WORDS), ...ACCEPT_VERBS, ...IGNORE_VERBS].flatMap(words).map((w) => w.normalize('NFC').toLowerCase()),
);

export function isUiWord(word: string): boolean {
  return UI_WORDS.has(word.normalize('NFC').toLowerCase());
}
