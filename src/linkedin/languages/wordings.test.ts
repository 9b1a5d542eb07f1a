import { describe, expect, it } from 'vitest';
import { REPORT_WORDS } from './report-words';
import { findInvitations } from '../invitations';
import { hasAcceptVerb, hasIgnoreVerb, KNOWN_LABELS, labelPatternsFor, nameInAcceptLabel, nameInIgnoreLabel } from '../labels';
import { isUiWord } from '../report-vocabulary';
import { ACCEPT_VERBS, IGNORE_VERBS, LANGUAGES, primaryLanguage, type UiLanguage, type Wording } from '.';

// The language table itself (one module per UI language, index.ts): every wording reads the labels
// it gives as examples, in its own language and among all the others, and finds the person on a
// card; Accept and Ignore are never mistaken for each other. A wording added to a language's
// module is tested here by its own examples, with no test to write.

const byLang = LANGUAGES.map((l) => [l.lang, l] as const);

/** A minimal 2026-shaped card whose controls carry `accept` and `ignore` and the language's verbs. */
function cardPage(language: UiLanguage, name: string, accept: string, ignore: string): Document {
  const html = `<!DOCTYPE html><html lang="${language.lang}"><body><div role="listitem">
    <a href="/in/some-one/" aria-hidden="true"><img alt="" src="https://media.licdn.invalid/p.jpg"></a>
    <a href="/in/some-one/"><strong>${name}</strong></a><p>Engineer at Contoso</p>
    <div><button aria-label="${ignore}"><span>${language.ignoreVerbs[0]}</span></button>
      <button aria-label="${accept}"><span>${language.acceptVerbs[0]}</span></button></div>
  </div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The language's first Ignore example, said of `name`. */
function ignoreLabelFor(language: UiLanguage, name: string): string | null {
  const [label, exampleName] = language.ignore[0]?.examples[0] ?? [];
  return label && exampleName ? label.replace(exampleName, name) : null;
}

describe('the language table', () => {
  it('has one module per language code, each a lower-case primary subtag', () => {
    const codes = LANGUAGES.map((l) => l.lang);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage(' pt_BR ')).toBe('pt');
    expect(primaryLanguage(undefined)).toBe('');
  });

  it('knows the verbs of every language, and no verb is both an Accept and an Ignore', () => {
    for (const l of LANGUAGES) {
      expect(l.acceptVerbs.length, l.lang).toBeGreaterThan(0);
      expect(l.ignoreVerbs.length, l.lang).toBeGreaterThan(0);
    }
    const fold = (v: string): string => v.normalize('NFC').toLowerCase();
    const accepts = new Set(ACCEPT_VERBS.map(fold));
    for (const verb of IGNORE_VERBS) expect(accepts.has(fold(verb)), verb).toBe(false);
    for (const verb of ACCEPT_VERBS) expect([verb, hasAcceptVerb(verb), hasIgnoreVerb(verb)]).toEqual([verb, true, false]);
    for (const verb of IGNORE_VERBS) expect([verb, hasIgnoreVerb(verb), hasAcceptVerb(verb)]).toEqual([verb, true, false]);
  });

  it('lists in KNOWN_LABELS exactly the languages with sentences, English first', () => {
    expect(KNOWN_LABELS.map((l) => l.lang)).toEqual(LANGUAGES.filter((l) => l.accept.length + l.ignore.length > 0).map((l) => l.lang));
    expect(KNOWN_LABELS[0]?.lang).toBe('en');
  });

  it('shows its interface words in page reports, verbs included', () => {
    for (const l of LANGUAGES) {
      for (const word of (REPORT_WORDS[l.lang] ?? '').split(/\s+/).filter(Boolean)) {
        expect(word, l.lang).toBe(word.toLowerCase());
        expect(isUiWord(word), word).toBe(true);
      }
    }
    for (const verb of [...ACCEPT_VERBS, ...IGNORE_VERBS]) for (const word of verb.split(' ')) expect(isUiWord(word), verb).toBe(true);
  });
});

// Only page reports carry the words (report-words.ts); no language may hold words of a language not listed.
it('lists report words only for languages it knows', () => {
  for (const lang of Object.keys(REPORT_WORDS)) expect(LANGUAGES.map((l) => l.lang)).toContain(lang);
});

describe.each(byLang)('%s wordings', (_, language) => {
  const wordings: [kind: 'accept' | 'ignore', wording: Wording][] = [
    ...language.accept.map((w) => ['accept', w] as ['accept', Wording]),
    ...language.ignore.map((w) => ['ignore', w] as ['ignore', Wording]),
  ];
  if (wordings.length === 0) {
    it('has none yet: its people are found by the verbs or by the shape of the pair', () => {
      expect(language.accept).toEqual([]);
      expect(language.ignore).toEqual([]);
    });
    return;
  }

  it.each(wordings.map(([kind, w]) => [kind, w.pattern.source, w] as const))(
    '%s /%s/: anchored, named, dated, with examples',
    (_kind, _source, w) => {
      expect(w.pattern.source.startsWith('^') && w.pattern.source.endsWith('$'), w.pattern.source).toBe(true);
      expect(w.pattern.flags).toContain('i');
      expect(w.pattern.flags).toContain('u');
      expect(w.pattern.source).toContain('(?<name>');
      expect(w.seen.trim()).not.toBe('');
      expect(w.examples.length).toBeGreaterThan(0);
    },
  );

  it('reads the name in every example, alone and among every language, whatever the page says its lang is', () => {
    for (const [kind, w] of wordings) {
      const read = kind === 'accept' ? nameInAcceptLabel : nameInIgnoreLabel;
      const other = kind === 'accept' ? nameInIgnoreLabel : nameInAcceptLabel;
      for (const [label, name] of w.examples) {
        expect(read(label, [language]), label).toBe(name);
        for (const lang of [language.lang, '', 'en', 'de']) expect(read(label, labelPatternsFor(lang)), `${label} (${lang})`).toBe(name);
        // An Accept sentence is never read as an Ignore sentence, nor the other way round.
        expect(other(label, labelPatternsFor('')), label).toBeNull();
      }
    }
  });

  it('finds the person on a card labelled with each Accept example', () => {
    for (const w of language.accept) {
      for (const [accept, name] of w.examples) {
        const ignore = ignoreLabelFor(language, name);
        expect(ignore, `${language.lang} has an Ignore example`).not.toBeNull();
        const found = findInvitations(cardPage(language, name, accept, ignore ?? ''));
        expect(
          found.map((f) => f.invitation.name),
          accept,
        ).toEqual([name]);
      }
    }
  });
});
