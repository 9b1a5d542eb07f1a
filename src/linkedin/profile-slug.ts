// Identity of an inviter (docs/linkedin-dom.md, "Stable hooks" 3): the slug of their /in/ link. Its own
// module because both the card reader (invitations.ts) and the verb-less pair (shape-pair.ts) need it.

// The two shapes LinkedIn writes its profile links in, read without building a URL: a path from
// the root ("/in/priya-raman-4b2a1c/") or LinkedIn's own absolute address. The slug must be plain
// (letters, digits, marks, "-", "_", "%" escapes): anything else (dots, backslashes, spaces, other
// hosts, relative paths) goes the slow, exact way through URL, which resolves it as the page would.
const PLAIN_PROFILE_HREF = /^(?:https:\/\/www\.linkedin\.com)?\/in\/([\p{L}\p{N}\p{M}_%-]+)(?:[/?#]|$)/u;

/** `/in/<slug>/` → slug, percent-decoded (slugs can hold non-Latin letters); '' when not a profile. */
export function profileSlug(href: string): string {
  const plain = PLAIN_PROFILE_HREF.exec(href)?.[1];
  if (plain !== undefined) {
    try {
      return decodeURIComponent(plain);
    } catch {
      // A malformed escape: URL's encoding of the rest decides what the raw slug is, below.
    }
  }
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (url.hostname !== 'linkedin.com' && !url.hostname.endsWith('.linkedin.com')) return '';
    return decoded(/^\/in\/([^/]+)/.exec(url.pathname)?.[1] ?? '');
  } catch {
    return '';
  }
}

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a malformed escape: the raw slug still identifies the person
  }
}
