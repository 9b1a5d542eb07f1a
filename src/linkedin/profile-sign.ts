import { profileName, profileTopCard } from './selectors';

// Whether a profile page may show its owner's pending invitation: the loader's question
// (content/loader.ts), asked on every profile the user opens, so it must be cheap, small and
// language-free. The loader runs on every LinkedIn page with a 2 KB budget (issue 11): it cannot
// carry the languages' verbs, and the full reading (profile-page.ts) lives in invitations.js,
// which is added only where this says yes.
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

/** 'wait' while the top card or its heading is not there yet; otherwise whether to load the reader. */
export function profileInvitationSign(doc: Document): 'wait' | boolean {
  const card = doc.querySelector(profileTopCard);
  const name = card?.querySelector(profileName)?.textContent?.trim().toLowerCase();
  if (!card || !name) return 'wait';
  let naming = 0;
  for (const button of card.querySelectorAll('button, [role="button"]')) {
    if ((button.getAttribute('aria-label') ?? '').toLowerCase().includes(name) && ++naming === 2) return true;
  }
  return false;
}
