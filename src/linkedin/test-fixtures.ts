// Test helper (imported by *.test.ts only): the hand-made LinkedIn pages and their answer key
// in tests/fixtures/linkedin/ (see that folder's expected.json and linkedin-dom.md).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Insider } from '../core/types';

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/linkedin');

export interface ExpectedPerson {
  name: string;
  profile: string;
  insider: Insider | null;
}
export interface AnswerKey {
  userCompany: string;
  fixtures: Record<string, { people: ExpectedPerson[]; nonPersonInvitations: number }>;
}

export const answerKey = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8')) as AnswerKey;

export const fixtureNames: string[] = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();

/** A fixture as its own document; its `<html lang>` comes along when the fixture has one. */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(FIXTURE_DIR, name), 'utf8'), 'text/html');
}
