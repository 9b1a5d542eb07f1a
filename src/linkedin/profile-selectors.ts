// TEMPORARY (moves into selectors.ts): the profile page's hooks.
export * from './selectors';
/** The profile's top card in the React era: the section LinkedIn marks as its primary content. */
export const profileTopCard = '[componentkey$="Topcard"], [data-view-name="profile-top-card"]';
/** The owner's name in the top card. */
export const profileName = 'h1';
/** LinkedIn's verified mark beside a name. */
export const verifiedMark = '[data-test-icon^="verified"]';
