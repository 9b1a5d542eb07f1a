// Types for fixture-server.mjs, so tests/e2e/harness.ts can import it under `strict`.
import type { BrowserContext } from 'playwright-core';

export type FixtureName =
  | 'fixture-sdui-2026.html'
  | 'fixture-ember-2022.html'
  | 'fixture-sdui-2026-de.html'
  | 'fixture-mynetwork-strip.html'
  | 'fixture-mynetwork-strip-ember-2022.html';

/** One person on a fixture, as listed in tests/fixtures/linkedin/expected.json. */
export interface ExpectedPerson {
  name: string;
  profile: string;
  insider: 'colleague' | 'hr' | 'leadership' | null;
}
export interface ExpectedFixture {
  people: ExpectedPerson[];
  nonPersonInvitations: number;
}

export declare const FIXTURE_DIR: string;
export declare const EXPECTED: { userCompany: string; fixtures: Record<FixtureName, ExpectedFixture> };
export declare const LINKEDIN_ORIGIN: string;
export declare const FIXTURE_URLS: Readonly<Record<FixtureName, string>>;
export declare const SENT_URL: string;
export declare const FEED_URL: string;
export declare function readFixture(name: FixtureName): string;
export declare function fixtureDocument(name: FixtureName): string;
export declare function serveFixtures(context: BrowserContext): Promise<void>;
