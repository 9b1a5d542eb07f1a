// Test helper (imported by *.test.ts only): the hand-made LinkedIn pages as jsdom documents, with
// their answer key. Reading the files is fixture-files.mjs's job, shared with the browser tests,
// the demo and the benchmark; this adds what only unit tests need.
import type { PageKind } from '../../src/core/page-kinds';
import { pageKindOf } from '../../src/linkedin/pages';
import { EXPECTED, FIXTURE_NAMES, FIXTURE_URLS, readFixture, type ExpectedFixture, type FixtureName } from './fixture-files.mjs';

export { fixtureFilesOnDisk, type ExpectedPerson } from './fixture-files.mjs';

/** The answer key (expected.json), looked up by plain strings: tests iterate names as strings. */
export const answerKey: { userCompany: string; fixtures: Readonly<Record<string, ExpectedFixture>> } = EXPECTED;

/** Every declared fixture, sorted (a test checks they are the .html files on disk). */
export const fixtureNames: string[] = [...FIXTURE_NAMES];

/** A fixture as its own document; its `<html lang>` comes along when the fixture has one. */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(readFixture(name as FixtureName), 'text/html');
}

/** The kind of LinkedIn page a fixture shows, read from the URL it is served at. */
export function pageKindOfFixture(name: string): PageKind {
  const url = (FIXTURE_URLS as Readonly<Record<string, string>>)[name];
  if (!url) throw new Error(`Unknown fixture ${name}: declare it in expected.json`);
  return pageKindOf(new URL(url).pathname);
}
