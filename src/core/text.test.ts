import { describe, expect, it } from 'vitest';
import { LIMITS, isProfileSlug, plainLine, plainText } from './text';
import { ProfileSchema, parseOrNull } from './schema';

describe('plainLine', () => {
  it('collapses whitespace and trims', () => {
    expect(plainLine('  Priya \n\t Raman  ', 100)).toBe('Priya Raman');
  });
  it('removes bidi overrides and control characters but keeps emoji joiners', () => {
    expect(plainLine('\u202Eevil\u202C\u0007 👩\u200D💻', 100)).toBe('evil 👩\u200D💻');
  });
  it('keeps markup as literal text', () => {
    expect(plainLine('<img src=x onerror=alert(1)>', 100)).toBe('<img src=x onerror=alert(1)>');
  });
  it('caps the length without splitting a surrogate pair', () => {
    expect(plainLine('a'.repeat(100_000), 200)).toHaveLength(200);
    expect(plainLine('ab🚀', 3)).toBe('ab');
  });
});

describe('plainText', () => {
  it('keeps line breaks in notes and normalises CRLF', () => {
    expect(plainText('one\r\ntwo\rthree\n', 100)).toBe('one\ntwo\nthree\n');
  });
  it('caps notes', () => {
    expect(plainText('x'.repeat(6000), 5000)).toHaveLength(5000);
  });
});

describe('isProfileSlug: a slug is taken whole or refused, never cleaned into another person', () => {
  it('takes what LinkedIn writes: ASCII, decoded non-Latin letters, the longest allowed, prototype words', () => {
    for (const slug of [
      'priya-raman-4b2a1c',
      'jürgen-weiß',
      '李明-8a1b',
      'x'.repeat(LIMITS.profile),
      '__proto__',
      'constructor',
      'prototype',
    ]) {
      expect(isProfileSlug(slug), slug).toBe(true);
      expect(parseOrNull(ProfileSchema, slug), slug).toBe(slug);
    }
  });
  it('refuses what cleaning would turn into another slug: controls, bidi marks, whitespace, over the cap, slashes, empty', () => {
    for (const slug of [
      'priya\u0007raman',
      'priya\u202Eraman',
      'priya\u200Framan',
      'priya raman',
      'priya\nraman',
      'x'.repeat(LIMITS.profile + 1),
      'a/b',
      '',
    ]) {
      expect(isProfileSlug(slug), JSON.stringify(slug)).toBe(false);
      // The background's schema refuses it too, rather than reading "priya\u0007raman" as "priyaraman".
      expect(parseOrNull(ProfileSchema, slug), JSON.stringify(slug)).toBeNull();
    }
  });
});
