import { describe, expect, it } from 'vitest';
import { plainLine, plainText } from './text';

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
