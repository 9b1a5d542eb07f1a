// Finding the Firefox that runs the Firefox test (tests/firefox/) — shared by that test and by
// scripts/test.mjs, so both agree on whether the suite can run.
import { findBrowser } from '../../scripts/find-browser.mjs';

/** The Firefox to use, or null: $KNOW_TRUST_FIREFOX, Debian's /usr/bin/firefox-esr, then PATH. */
export function findFirefox() {
  return findBrowser('KNOW_TRUST_FIREFOX', '/usr/bin/firefox-esr', ['firefox-esr', 'firefox']);
}

export const FIREFOX_HOW_TO = 'To run it: `sudo apt-get install firefox-esr` (Debian), or set KNOW_TRUST_FIREFOX=/path/to/firefox.';
