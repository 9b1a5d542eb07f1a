// Identity of an inviter (docs/linkedin-dom.md, "Stable hooks" 3): the slug of their /in/ link. Its own
// module because both the card reader (invitations.ts) and the verb-less pair (shape-pair.ts) need it.

/** `/in/<slug>/` → slug, percent-decoded (slugs can hold non-Latin letters); '' when not a profile. */
export function profileSlug(href: string): string {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (url.hostname !== 'linkedin.com' && !url.hostname.endsWith('.linkedin.com')) return '';
    const raw = /^\/in\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw; // a malformed escape: the raw slug still identifies the person
    }
  } catch {
    return '';
  }
}
