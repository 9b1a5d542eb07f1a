/** The Firefox for the Firefox test: $KNOW_TRUST_FIREFOX, /usr/bin/firefox-esr, then PATH; or null. */
export function findFirefox(): string | null;
export const FIREFOX_HOW_TO: string;
