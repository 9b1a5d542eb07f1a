// Records kept aside, verbatim, under `setAside:<why>:<key>` (core/storage-items.ts): never read
// by the store, so never overwritten; counted by the options page and carried by the export.
//
//   setAside:<version>:<key>              a migration from <version> could not carry the value
//                                         into the next layout whole (background/migrations.ts)
//   setAside:unreadable:<time>:<key>      a stored record this build could not read, moved here
//                                         at <time> before anything was written under its key
//                                         (background/store.ts)

/** Why a value was set aside: each has an options message `optionsSetAside<Reason>`. */
export type SetAsideReason = 'upgrade' | 'unreadable';

/** The id (what follows `setAside:`) of an unreadable record's copy. */
export function unreadableId(key: string, now: number): string {
  return `unreadable:${now}:${key}`;
}

/** Why the value under this set-aside id was set aside. */
export function setAsideReason(id: string): SetAsideReason {
  return id.startsWith('unreadable:') ? 'unreadable' : 'upgrade';
}

/** The storage key the set-aside value was stored under first (`inviter:<slug>`, `settings`). */
export function setAsideOrigin(id: string): string {
  const match = /^(?:unreadable:\d+|\d+):(.*)$/s.exec(id);
  return match ? match[1]! : id;
}
