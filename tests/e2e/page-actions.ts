// What LinkedIn's own single-page app does to the page, done from the page's main world in a test:
// move between paths with the History API and render, replace or remove invitation cards.
// The test never reaches into the extension; it only changes the page as LinkedIn would.
import type { Page } from 'playwright-core';
import { readFixture, type FixtureName } from './harness';

/** The fixture's markup between <body> and </body> (or all of it, for fragment fixtures). */
export function fixtureBody(name: FixtureName): string {
  const html = readFixture(name);
  return /<body>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

/** Waits for `frames` animation frames of the page to run (how long "one frame" later is). */
export function frames(page: Page, frames = 2): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    frames,
  );
}

/**
 * LinkedIn moving to `path` in-app: history.pushState, then (or, with `renderFirst`, before) the app
 * replacing the page's content with `body`. Returns the badges present two frames after the render,
 * i.e. within one frame of the cards being in the DOM.
 */
export async function navigateInApp(page: Page, path: string, body: string, options: { renderFirst?: boolean } = {}): Promise<string[]> {
  return page.evaluate(
    ({ path, body, renderFirst }) =>
      new Promise<string[]>((resolve) => {
        const render = () => {
          const parsed = new DOMParser().parseFromString(body, 'text/html');
          document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
        };
        if (renderFirst) render();
        history.pushState({ path }, '', path);
        if (!renderFirst) render();
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              [...document.querySelectorAll('[data-know-trust-profile]')].map((b) => b.getAttribute('data-know-trust-profile') ?? ''),
            ),
          ),
        );
      }),
    { path, body, renderFirst: options.renderFirst ?? false },
  );
}

/** The profiles of the badges on the page, in document order. */
export function badgeProfiles(page: Page): Promise<string[]> {
  return page.$$eval('[data-know-trust-profile]', (badges) => badges.map((b) => b.getAttribute('data-know-trust-profile') ?? ''));
}

/** Runs `change` in the page, then returns the badges present two frames later. */
export function changeAndRead(page: Page, change: string, arg?: unknown): Promise<string[]> {
  return page.evaluate(
    ({ change, arg }) =>
      new Promise<string[]>((resolve) => {
        new Function('arg', change)(arg);
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              [...document.querySelectorAll('[data-know-trust-profile]')].map((b) => b.getAttribute('data-know-trust-profile') ?? ''),
            ),
          ),
        );
      }),
    { change, arg },
  );
}
