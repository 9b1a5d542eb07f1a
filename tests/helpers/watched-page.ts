// Test helper (imported by *.test.ts only): what the invitations-page watchers' unit tests do to
// the live jsdom document, shared by invitation-watcher.test.ts and card-watcher.test.ts.
import { readFixture, type FixtureName } from './fixture-files.mjs';

/** Puts a fixture's body into the live document, with its `<html lang>` ('en' where it has none). */
export function showFixture(name: FixtureName): void {
  const parsed = new DOMParser().parseFromString(readFixture(name), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  document.documentElement.lang = parsed.documentElement.lang || 'en';
}

/** A name a hostile page could show: a bell, a bidi override, markup, and 100,000 characters. */
export const HOSTILE_NAME = `Sam\u0007\u202E <img src=x onerror=alert(1)> ${'x'.repeat(100_000)}`;

/** Gives Sam Okafor (fixture-sdui-2026.html) HOSTILE_NAME, in his card's name and controls' labels; returns the name's element. */
export function giveSamHostileName(): Element {
  const name = document.querySelector('a[href*="/in/sam-okafor"] strong')!;
  name.textContent = HOSTILE_NAME;
  for (const control of document.querySelectorAll('[aria-label*="Sam Okafor"]')) {
    control.setAttribute('aria-label', control.getAttribute('aria-label')!.replace('Sam Okafor', HOSTILE_NAME));
  }
  return name;
}

/** Takes Accept and Ignore's words away (no label, an unknown word): a layout no reader recognises. */
export function unlabelInvitationControls(): void {
  for (const control of document.querySelectorAll('button[aria-label^="Accept"], a[aria-label^="Accept"], button[aria-label^="Ignore"]')) {
    control.removeAttribute('aria-label');
    control.textContent = 'Qwop';
  }
}
