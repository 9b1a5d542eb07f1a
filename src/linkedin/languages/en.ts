import { APOSTROPHE, type UiLanguage } from './language';

// English, the language other tools saw on the live site (docs/linkedin-dom.md). The Accept and Ignore
// sentences are worded differently from each other: both were seen that way.
export const en: UiLanguage = {
  lang: 'en',
  accept: [
    {
      // Names ending in s may drop the s: "Accept James’ invitation". "… to connect" and the period
      // are issue 13's wordings (other tools' fixtures and snapshots, 2019–2026), read by the same
      // pattern; a badge's label read into the name ("Marcus Feld Verified") is left to inviter-name.ts.
      pattern: new RegExp(`^Accept (?<name>.+?)${APOSTROPHE}s? invitation(?: to connect)?\\.?$`, 'iu'),
      seen: 'live site, every layout era to 2026 (docs/linkedin-dom.md); current',
      examples: [
        ['Accept Elena Vasquez’s invitation', 'Elena Vasquez'],
        ["Accept Elena Vasquez's invitation", 'Elena Vasquez'],
        ['Accept James’ invitation', 'James'],
        ["Accept Elena Vasquez's invitation to connect.", 'Elena Vasquez'],
        ['Accept Marcus Feld Verified’s invitation to connect', 'Marcus Feld Verified'],
      ],
    },
  ],
  ignore: [
    {
      pattern: /^Ignore an invitation to connect from (?<name>.+?)\.?$/iu,
      seen: 'live site, every layout era to 2026 (docs/linkedin-dom.md); current',
      examples: [
        ['Ignore an invitation to connect from 李明 🚀', '李明 🚀'],
        ['Ignore an invitation to connect from Marcus Feld.', 'Marcus Feld'],
      ],
    },
    {
      pattern: new RegExp(`^Ignore (?<name>.+?)${APOSTROPHE}s? invitation(?: to connect)?\\.?$`, 'iu'),
      seen: 'other tools’ fixtures and snapshots, 2019–2026 (issue 13), beside the one above; current',
      examples: [["Ignore Elena Vasquez's invitation to connect.", 'Elena Vasquez']],
    },
  ],
  acceptVerbs: ['Accept'],
  ignoreVerbs: ['Ignore'],
  otherActionVerbs: ['Message', 'Dismiss', 'Withdraw', 'Invite', 'Connect', 'Follow', 'Unfollow', 'Remove', 'Reply', 'Report'],
  // "Jonas Weber and 13 other mutual connections", "2 mutual connections", "Priya Raman is a mutual connection".
  mutual: [/\bmutual connections?\b/iu],
  age: [
    /^(?:today|yesterday|just now|an? (?:second|minute|hour|day|week|month|year) ago|\d+ (?:second|minute|hour|day|week|month|year)s? ago)$/iu,
    // The compact "3d" / "1 w" some lists use.
    /^\d+\s?(?:s|m|h|d|w|mo|y|yr)$/iu,
  ],
  // Seen in English only; lines that start with the inviter's name are caught in any language.
  inviting: [/\binviting you to connect\b/iu],
  nonPerson: [/\binvited you to (?:follow|subscribe|attend|join)\b/iu],
  trailingMore: ['see more', 'more'],
};
