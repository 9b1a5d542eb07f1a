// The popup holds its layout in every language. Chromium is started in English, French, German and
// Spanish in turn (scripts/chromium.mjs, `lang`), the popup opened at its width (380 px) on a
// LinkedIn invitations tab, and the lines of its short texts counted: the header, the list's
// names and chips, the question choices, the Add button and the back button; then on another
// tab, the heading and search label of the list of people the user answered or wrote about. Line counts come
// from the text itself (the client rects of each text node, grouped into lines), so a text
// squeezed onto two lines, or a word cut in two, is seen whatever the element's box does.
//
// The rules, per text:
// - one line, always: the header's title and its options link (side by side: the header does not
//   wrap), the chips, the Add button, the back button, the list headings' tab list, the search label;
// - a name: no more lines than in English (the same name; only the chip beside it changes);
// - a choice label, each question's group of choices, the heading of the answered people: one
//   line where English fits on one line; where English already wraps (a long label read as
//   prose), at most one line more. French, German and Spanish run 20–35 % longer than English: a
//   text that wraps in English may gain a line, no more; a short one that fits in English but not
//   in another language is a layout fault;
// - no word broken across two lines, anywhere measured, and nothing wider than its box or the popup.
// The machine's sans-serif is DejaVu Sans, wider than the usual system fonts (Segoe UI, San
// Francisco, Cantarell): what fits here fits there.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { EXPECTED, answerFromPage, launchOnFixture, openPopupFor, openTabWithId, profileIn } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const LOCALES = ['en', 'fr', 'de', 'es'] as const;
type Locale = (typeof LOCALES)[number];

/** One text measured in the popup. */
interface Measured {
  what: string;
  text: string;
  lines: number;
  /** Words whose letters lie on more than one line. */
  brokenWords: string[];
  /** Wider than its own box, or reaching past the popup's right edge. */
  overflows: boolean;
  top: number;
  bottom: number;
}

/** What to measure in each view: a name for the report, and its selector (each match is one text). */
const LIST_VIEW: Array<[string, string]> = [
  ['header title', 'header.bar h1'],
  ['options link', '#open-options'],
  ['list heading', '#list-heading'],
  ['name', '#inviter-list .inviter .name'],
  ['chip', '#inviter-list .inviter .chip'],
];
const DETAIL_VIEW: Array<[string, string]> = [
  ['back button', '#inviter-detail .back'],
  ['choice', '#questions .choices label'],
  ['choice group', '#questions .choices'],
  ['Add button', '#add-company-button'],
];
const STORED_VIEW: Array<[string, string]> = [
  ['answered heading', '#list-heading'],
  ['search label', '#search-box label'],
];
const ONE_LINE = new Set(['header title', 'options link', 'list heading', 'chip', 'back button', 'Add button', 'search label']);

/** Measures every match of every selector, in the page. */
function measure(popup: Page, items: Array<[string, string]>): Promise<Measured[]> {
  return popup.evaluate((items) => {
    /** Rects grouped into lines: a rect whose middle lies below the current line starts a new one. */
    const linesOf = (rects: DOMRect[]) => {
      let lines = 0;
      let bottom = -Infinity;
      for (const rect of rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top)) {
        if (rect.top + rect.height / 2 > bottom) {
          lines += 1;
          bottom = rect.bottom;
        } else bottom = Math.max(bottom, rect.bottom);
      }
      return lines;
    };
    const popupRight = document.documentElement.clientWidth;
    return items.flatMap(([what, selector]) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
        const rects: DOMRect[] = [];
        const brokenWords: string[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!text.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...range.getClientRects());
          for (const word of text.matchAll(/\S+/g)) {
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            if (linesOf([...range.getClientRects()]) > 1) brokenWords.push(word[0]);
          }
        }
        const box = element.getBoundingClientRect();
        const inline = getComputedStyle(element).display === 'inline';
        return {
          what,
          text: (element.textContent ?? '').trim(),
          lines: linesOf(rects),
          brokenWords,
          overflows: (!inline && element.scrollWidth > element.clientWidth + 1) || box.right > popupRight + 0.5,
          top: box.top,
          bottom: box.bottom,
        };
      }),
    );
  }, items);
}

/** Answers stored before the popup opens: one chip of each kind, and Marcus with every question shown. */
const SEEDED: Array<[name: string, answers: Record<string, string>]> = [
  ['Priya Raman', { knows: 'no' }],
  ['Sam Okafor', { knows: 'yes', trusts: 'yes', insider: 'no' }],
  ['Marcus Feld', { knows: 'yes', trusts: 'yes', insider: 'hr' }],
];
const MARCUS = profileIn(FIXTURE, 'Marcus Feld');

async function measurePopupIn(lang: Locale): Promise<{ lang: string; measured: Measured[] }> {
  const { browser, tabId } = await launchOnFixture(FIXTURE, { lang });
  try {
    const popup = await openPopupFor(browser.context, browser.extensionId, tabId);
    for (const [name, answers] of SEEDED) {
      const profile = profileIn(FIXTURE, name);
      await answerFromPage(popup, profile, answers);
    }
    await popup.reload();
    await popup.locator('#inviter-list .inviter').first().waitFor();
    await popup.locator('#inviter-list .chip.accept').waitFor();
    await popup.evaluate(() => document.fonts.ready);
    const list = await measure(popup, LIST_VIEW);
    await popup.click(`#inviter-list [data-profile="${MARCUS}"]`);
    await popup.locator('#add-company-button').waitFor();
    await popup.locator('fieldset[data-question="hesitates"]').waitFor();
    const detail = await measure(popup, DETAIL_VIEW);
    const shownIn = await popup.evaluate(() => document.documentElement.lang);
    // Another tab: the people the user answered or wrote about, with the search box.
    const other = await openTabWithId(browser.context, browser.extensionId, 'about:blank');
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${other.tabId}`);
    await expect.poll(() => popup.locator('#inviter-list .inviter').count()).toBe(SEEDED.length);
    await popup.locator('#search-box').waitFor();
    const stored = await measure(popup, STORED_VIEW);
    return { lang: shownIn, measured: [...list, ...detail, ...stored] };
  } finally {
    await browser.close();
  }
}

const measured = new Map<Locale, Measured[]>();

/** What breaks the rules in one locale's measurements, in words; English's, for the comparisons. */
function faults(all: Measured[], english: Measured[] | undefined): string[] {
  const found: string[] = [];
  const say = (m: Measured, why: string) => found.push(`${m.what} “${m.text}”: ${why}`);
  for (const [i, m] of all.entries()) {
    if (m.brokenWords.length > 0) say(m, `word broken across lines: ${m.brokenWords.join(', ')}`);
    if (m.overflows) say(m, 'wider than its box or the popup');
    if (ONE_LINE.has(m.what) && m.lines !== 1) say(m, `${m.lines} lines, not 1`);
    const en = english?.[i];
    if (!en || ONE_LINE.has(m.what)) continue;
    // The same elements in the same order in every language: the same people, the same questions.
    expect(en.what).toBe(m.what);
    const allowed = m.what === 'name' || en.lines === 1 ? en.lines : en.lines + 1;
    if (m.lines > allowed) say(m, `${m.lines} lines where English (“${en.text}”) takes ${en.lines}; at most ${allowed}`);
  }
  const title = all.find((m) => m.what === 'header title');
  const link = all.find((m) => m.what === 'options link');
  if (title && link && !(title.bottom > link.top && link.bottom > title.top))
    found.push('header: the options link is not beside the title');
  return found;
}

describe('the popup holds its layout in English, French, German and Spanish', () => {
  afterAll(() => {
    // The line counts, for the record (and for a failure's context).
    const rows = [...measured].map(([lang, all]) => {
      const byWhat = new Map<string, number[]>();
      for (const m of all) byWhat.set(m.what, [...(byWhat.get(m.what) ?? []), m.lines]);
      return `${lang}: ${[...byWhat].map(([what, lines]) => `${what} ${lines.join(',')}`).join(' · ')}`;
    });
    console.log(`Popup line counts at 380 px\n${rows.join('\n')}`);
  });

  test.each(LOCALES)('%s: the header, the list, the questions and the buttons each keep their lines', async (locale) => {
    const { lang, measured: all } = await measurePopupIn(locale);
    // Chromium did start in this language (a regional tag it does not know falls back to English).
    expect(lang).toBe(locale);
    expect(all.filter((m) => m.what === 'name').length).toBe(EXPECTED.fixtures[FIXTURE].people.length);
    expect(all.filter((m) => m.what === 'choice group').length).toBe(5);
    measured.set(locale, all);
    expect(faults(all, locale === 'en' ? undefined : measured.get('en'))).toEqual([]);
  });
});
