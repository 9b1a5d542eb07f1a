// What the extension's scripts on a LinkedIn tab leave for each other in their isolated world (the
// page's own scripts never see it). The loader (content.js) and the invitation-page code
// (invitations.js) share the world of the tab's top frame, as page-report.js does when the
// background adds it.

interface World {
  /** Set by invitations.js when it starts: it is there, and watches navigation itself from then on. */
  knowTrustInvitations?: true;
  /**
   * Popup-only mode, handed over by the background right before it adds invitations.js
   * (background/handlers.ts, injectInto): the content script cannot read storage (areas.ts).
   */
  knowTrustPopupOnly?: boolean;
  /** Set by page-report.js; the background calls it by this name (background/handlers.ts). */
  knowTrustPageReport?: () => { text: string; truncated: boolean };
}

export const world = globalThis as World;
