import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Motion only where the user has not asked for less: every animation, transition or smooth
// scrolling in our styles (extension pages, and the badge's style inside content/badge.ts) must sit
// inside `@media (prefers-reduced-motion: no-preference)`.

const src = join(__dirname, '..', '..', 'src');
const MOTION = /\b(animation|transition|scroll-behavior\s*:\s*smooth)\b/;

function styleSources(): Array<[string, string]> {
  const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const out: Array<[string, string]> = [];
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.css')) out.push([path, readFileSync(path, 'utf8')]);
    // Styles written inside TypeScript (the badge's shadow root) as template literals.
    if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/const STYLE = `([\s\S]*?)`/g)) out.push([path, m[1]!]);
    }
  }
  return out;
}

/** The CSS with every `@media (prefers-reduced-motion: no-preference) { … }` block taken out. */
function outsideNoPreference(css: string): string {
  let rest = css;
  for (;;) {
    const start = rest.search(/@media\s*\(\s*prefers-reduced-motion\s*:\s*no-preference\s*\)\s*\{/);
    if (start < 0) return rest;
    let depth = 0;
    let end = rest.indexOf('{', start);
    for (; end < rest.length; end++) {
      if (rest[end] === '{') depth++;
      if (rest[end] === '}' && --depth === 0) break;
    }
    rest = rest.slice(0, start) + rest.slice(end + 1);
  }
}

describe('prefers-reduced-motion', () => {
  const sources = styleSources();
  it('finds the styles it checks (pages and the badge)', () => {
    expect(sources.map(([path]) => path.slice(src.length + 1)).sort()).toEqual(
      expect.arrayContaining(['content/badge.ts', 'onboarding/onboarding.css', 'options/options.css', 'popup/popup.css']),
    );
  });
  it.each(sources.map(([path, css]) => [path.slice(src.length + 1), css]))('%s: no motion outside a no-preference block', (_path, css) => {
    expect(outsideNoPreference(css).match(MOTION)?.[0] ?? null).toBeNull();
  });
  it('the check sees motion that is not guarded', () => {
    expect(outsideNoPreference('a { transition: color 1s }').match(MOTION)).not.toBeNull();
    expect(outsideNoPreference('@media (prefers-reduced-motion: no-preference) { a { transition: color 1s } }').match(MOTION)).toBeNull();
  });
});
