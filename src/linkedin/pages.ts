import type { PageKind } from '../core/types';

// Which LinkedIn page a tab shows (linkedin-dom.md, "Pages and their scope"). LinkedIn is a
// single-page app, so the content script asks this again on every in-app navigation: it must be
// cheap and must never throw. Only the fixed path segments are compared case-insensitively;
// the filter after /received/ (PEOPLE_WITH_MUTUAL_CONNECTION…) can be anything.

const SENT = /^\/mynetwork\/invitation-manager\/sent(?:\/.*)?$/i;
// The bare manager path and /received/ with or without a filter segment.
const RECEIVED = /^\/mynetwork\/invitation-manager(?:\/received(?:\/.*)?)?\/?$/i;
const NETWORK_STRIP = /^\/mynetwork(?:\/grow)?\/?$/i;

export function pageKindOf(pathname: string): PageKind {
  if (typeof pathname !== 'string') return 'other';
  // A caller might hand us location.pathname + search by mistake: the query never changes the page kind.
  const path = pathname.split(/[?#]/, 1)[0] ?? '';
  // The Sent tab lives under the manager path: test it first so it is never badged.
  if (SENT.test(path)) return 'sent';
  if (RECEIVED.test(path)) return 'invitation-manager';
  if (NETWORK_STRIP.test(path)) return 'network-strip';
  return 'other';
}
