import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as selectors from './selectors';
import { fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';

// Every selector in selectors.ts must come with its evidence (`<name>_`), and must match exactly
// the documented number of elements in each fixture it lists, and nothing in every other fixture:
// when a fixture or a selector changes, the comment next to the selector has to change with it.
// A new fixture needs evidence only from the selectors that match in it; any other selector that
// matches there fails below.

// The profile pages' fixtures have their own folder and answer key (issue 14); as evidence they are
// `profile/<file>`, and every selector is held to them as to the invitation pages.
const PROFILE_DIR = path.join(import.meta.dirname, '../../tests/fixtures/linkedin/profile');
const profileFixtures = fs
  .readdirSync(PROFILE_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => `profile/${f}`);
const allFixtures = [...fixtureNames, ...profileFixtures];
const documents = new Map([
  ...fixtureNames.map((f) => [f, loadFixture(f)] as const),
  ...profileFixtures.map(
    (f) =>
      [
        f,
        new DOMParser().parseFromString(fs.readFileSync(path.join(PROFILE_DIR, f.slice('profile/'.length)), 'utf8'), 'text/html'),
      ] as const,
  ),
]);

const exported = selectors as unknown as Record<string, unknown>;
const selectorNames = Object.keys(exported).filter((k) => typeof exported[k] === 'string');

describe('selectors.ts', () => {
  it('exports selectors, each with evidence that names only declared fixtures', () => {
    expect(selectorNames.length).toBeGreaterThan(10);
    for (const name of selectorNames) {
      const evidence = exported[`${name}_`];
      expect(evidence, `${name} has no ${name}_ evidence`).toBeTypeOf('object');
      for (const fixture of Object.keys(evidence as object)) expect(allFixtures, `${name}_: ${fixture}`).toContain(fixture);
    }
  });

  it('has no evidence without a selector', () => {
    for (const key of Object.keys(exported).filter((k) => k.endsWith('_'))) {
      expect(selectorNames, key).toContain(key.slice(0, -1));
    }
  });

  describe.each(selectorNames)('%s', (name) => {
    const selector = exported[name] as string;
    const evidence = exported[`${name}_`] as Record<string, number>;

    it('matches somewhere: a selector no fixture proves is a guess', () => {
      expect(Object.values(evidence).some((n) => n > 0)).toBe(true);
    });

    it.each(allFixtures)('matches the documented number of elements in %s', (fixture) => {
      const doc = documents.get(fixture);
      expect(doc).toBeDefined();
      expect(doc?.querySelectorAll(selector).length).toBe(evidence[fixture] ?? 0);
    });
  });

  it('uses no hashed React class names (they change with every LinkedIn build)', () => {
    for (const name of selectorNames) expect(exported[name], name).not.toMatch(/\._[0-9a-f]{6,}/);
  });
});
