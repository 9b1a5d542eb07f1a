import * as sel from './selectors';

// Whether a picture on a card is a member's photo (docs/linkedin-dom.md, "Not person
// invitations"). The photo stands in a profile link before any of that link's text: a photo link
// holds nothing else, and where one link holds photo and name, the photo leads. A picture after
// text in the same link is a badge beside the name ("Verified" as an <svg role="img">, issue 13):
// counted as a photo, a badge on the sender's name made a newsletter invitation, whose picture is
// a logo outside every profile link, look like a person's (found by layout-drift.test.ts).

/** True when `picture` (a match of sel.picture) stands in a profile link before any of its text. */
export function isPersonPhoto(picture: Element): boolean {
  const link = picture.closest(sel.profileLink);
  if (!link) return false;
  // The link's text from its start to the picture.
  const before = link.ownerDocument.createRange();
  before.setStart(link, 0);
  before.setEndBefore(picture);
  return !before.toString().trim();
}
