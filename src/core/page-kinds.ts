// The kinds of LinkedIn page Know & Trust tells apart: names only. Everything else about a page
// (its paths, whether invitations are read there, where its cards are) lives in
// src/linkedin/pages.ts, the registry of LinkedIn pages.
//
// Why the names are here and not in that registry: core needs them at run time (schema.ts
// validates the kind a content script reports) and in types (types.ts, inviter-view.ts), and the
// layers only point one way: core ← linkedin ← content/background/popup/options. A type-only import
// of the registry would do for the types, not for the schema. So this is the one list, and the
// registry is typed as a record over it: add a kind here and the compiler asks for its entry there.
export const PAGE_KINDS = ['invitation-manager', 'network-strip', 'sent', 'profile', 'other'] as const;

/** Which kind of LinkedIn page a tab shows, as far as Know & Trust cares. */
export type PageKind = (typeof PAGE_KINDS)[number];
