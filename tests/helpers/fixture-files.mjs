// The hand-made LinkedIn pages in tests/fixtures/linkedin and their answer key, read in this one
// place by everything that uses them: the unit tests (through fixture-documents.ts), the browser
// tests and the demo (through scripts/fixture-server.mjs) and the benchmark (bench/pages.mjs).
// Plain JavaScript, so that Node scripts import it without a build step.
//
// A fixture is declared once, by its entry in expected.json:
//   url                   where LinkedIn would show that page (path and query; the query tells apart
//                         two fixtures of one page, and LinkedIn ignores unknown parameters);
//   people                the pending person invitations a correct content script finds, in page
//                         order: name, profile slug, and the insider hint for `userCompany`;
//   nonPersonInvitations  how many Page/newsletter/event invitations it must leave alone.
// Adding a fixture: the .html file, its entry there, and evidence in src/linkedin/selectors.ts for
// the selectors that match in it (every other selector must match nothing there, which the
// selectors test checks).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fixture names: the keys of expected.json, read from it by the type checker too, so they are
 * declared there and nowhere else.
 * @typedef {keyof typeof import('../fixtures/linkedin/expected.json')['fixtures'] & string} FixtureName
 */
/**
 * One person on a fixture, as listed in expected.json.
 * @typedef {{ name: string, profile: string, insider: 'colleague' | 'hr' | 'leadership' | null }} ExpectedPerson
 */
/** @typedef {{ url: string, people: ExpectedPerson[], nonPersonInvitations: number }} ExpectedFixture */
/** @typedef {{ userCompany: string, fixtures: Record<FixtureName, ExpectedFixture> }} AnswerKey */

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'linkedin');
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** The answer key, tests/fixtures/linkedin/expected.json. @type {AnswerKey} */
export const EXPECTED = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8'));

/** Every declared fixture, sorted by file name. @type {readonly FixtureName[]} */
export const FIXTURE_NAMES = Object.freeze(/** @type {FixtureName[]} */ (Object.keys(EXPECTED.fixtures)).sort());

/** Fixture → the LinkedIn URL it is served at, in the order expected.json declares them (the demo opens them so). */
export const FIXTURE_URLS = /** @type {Readonly<Record<FixtureName, string>>} */ (
  Object.freeze(Object.fromEntries(Object.entries(EXPECTED.fixtures).map(([name, fixture]) => [name, `${LINKEDIN_ORIGIN}${fixture.url}`])))
);

/**
 * The .html files in the fixture folder, sorted: a test compares them with the declared ones.
 * @returns {string[]}
 */
export function fixtureFilesOnDisk() {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * The fixture's text exactly as stored.
 * @param {FixtureName} name
 * @returns {string}
 */
export function readFixture(name) {
  if (!Object.hasOwn(EXPECTED.fixtures, name)) throw new Error(`Unknown fixture ${name}: declare it in expected.json`);
  return fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

/**
 * The fixture as a whole HTML document. Most fixtures are fragments (LinkedIn's app root and
 * below); those get an English document around them, as LinkedIn serves `<html lang="en">`.
 * @param {FixtureName} name
 * @returns {string}
 */
export function fixtureDocument(name) {
  const html = readFixture(name);
  if (/<html[\s>]/i.test(html)) return html;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head>
<body>
${html}
</body></html>
`;
}
