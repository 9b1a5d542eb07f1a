import browser from 'webextension-polyfill';
import { pluralKeys } from './plural';

// Every user-visible string comes from _locales via browser.i18n. A missing key shows the key
// itself rather than an empty label, so a gap is seen in review instead of silently hidden.

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Fills the static parts of an extension page: `data-i18n` → textContent, `data-i18n-placeholder`,
 * `data-i18n-aria-label`, `data-i18n-title`. textContent only: messages are text, never markup.
 */
export function localizePage(root: ParentNode): void {
  // The page speaks the language of the messages actually shown (a fallback to English says "en").
  if (root instanceof Document) root.documentElement.lang = t('langCode');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]'))
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder ?? ''));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel ?? ''));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.setAttribute('title', t(el.dataset.i18nTitle ?? ''));
}

/**
 * The language the messages are written in (`langCode`), which is what numbers and plurals must
 * follow: a browser in Portuguese reads the English messages, so it gets English numbers too.
 */
function messagesLanguage(): string {
  return browser.i18n.getMessage('langCode') || browser.i18n.getUILanguage?.() || 'en';
}

/** A count written the way the messages' language writes numbers (10,006 · 10 006 · 10.006). */
export function count(n: number): string {
  return new Intl.NumberFormat(messagesLanguage()).format(n);
}

/** A size in that language's units: 48 kB, 48 ko, 1,2 MB. */
export function byteSize(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(messagesLanguage(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/**
 * A message that holds a count, in the plural form `n` takes (plural.ts): `base_one` for "1 person",
 * `base_other` for "2 people", and so on. The rules are those of the language the messages are
 * written in (`langCode`: a browser in Portuguese reads the English messages, and English plurals),
 * and only where that is missing those of the browser's UI language. Substitutions default to `n`
 * written by count(); pass them when the message holds more than the count.
 */
export function tPlural(base: string, n: number, substitutions: string | string[] = count(n)): string {
  for (const key of pluralKeys(base, messagesLanguage(), n)) {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  }
  return `${base}_other`;
}

export function verdictText(verdict: 'accept' | 'leave-pending' | 'undecided'): string {
  return t(verdict === 'accept' ? 'verdictAccept' : verdict === 'leave-pending' ? 'verdictLeavePending' : 'verdictUndecided');
}

/** A date written the way the messages' language writes dates (3 Dec 2026 · 3 déc. 2026 · 03.12.2026). */
export function dateText(epochMs: number): string {
  return new Intl.DateTimeFormat(messagesLanguage(), { dateStyle: 'medium' }).format(new Date(epochMs));
}
