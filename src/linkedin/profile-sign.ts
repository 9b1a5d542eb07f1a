import { profileName, profileTopCard } from './selectors';

// Whether a profile page may show its owner's pending invitation: the loader's question
// (content/loader.ts), asked on every profile the user opens, so it must be cheap, small and
// language-free. The loader runs on every LinkedIn page with a 2 KB budget (issue 11): it cannot
// carry the languages' verbs, and the full reading (profile-page.ts) lives in invitations.js,
// which is added only where this says so.
//
// The sign: the top card holds two buttons whose accessible names both name the owner shown in
// its heading ("Accept Mira Castellanos’s request to connect" / "Ignore …", "Kontaktanfrage von
// Mira Castellanos annehmen" / "… ignorieren"). The other states have at most one such button:
// Connect and Message are links to the invite and compose pages, "Pending, click to withdraw
// invitation sent to <Name>" is one control, Follow is the other. A yes that is wrong costs only
// the loading of invitations.js, whose reading then finds nothing; a no that is wrong costs the
// badge, so the sign asks for nothing more than both controls of the pair have in every language
// we know: a button, and the owner's name in its label. Controls with no label at all (the bare
// verbs some list cards show) are not recognised on a profile: docs/linkedin-dom.md says so.

/**
 * 'wait' while the top card, its heading or its actions are not there yet; 'invited' when they
 * show the pair; 'other' when the actions are there and are not the pair (no need to look again).
 */
export type ProfileSign = 'wait' | 'invited' | 'other';

export function profileInvitationSign(doc: Document): ProfileSign {
  // From the headings up, not the whole document down: a page has one or two <h1>, and an
  // attribute-suffix selector over every element of a long profile costs tenths of a millisecond.
  for (const heading of doc.querySelectorAll(profileName)) {
    const card = heading.closest(profileTopCard);
    const name = heading.textContent?.trim().toLowerCase();
    if (!card || !name) continue;
    let buttons = 0;
    let controls = 0;
    // Only labelled controls: an unlabelled one never names the owner, and each control handed to
    // this world costs (the top card holds a dozen links without a label).
    for (const control of card.querySelectorAll('button[aria-label], a[aria-label], [role="button"][aria-label]')) {
      if (!(control.getAttribute('aria-label') ?? '').toLowerCase().includes(name)) continue;
      controls++;
      if (control.localName === 'button' || control.getAttribute('role') === 'button') buttons++;
    }
    if (buttons >= 2) return 'invited';
    // Actions naming the owner are there, and are not the pair: Connect, Message, Pending, Follow.
    return controls > 0 ? 'other' : 'wait';
  }
  return 'wait';
}
