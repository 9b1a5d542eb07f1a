// The long-lived connections between the extension's scripts (runtime.connect), by name. Messages
// go through core/protocol.ts; a port carries no message at all: it only tells the content script
// that the extension it belongs to is gone (content/liveness.ts). Kept apart from protocol.ts so
// that the content scripts take this name without the schemas.

/** Opened by invitations.js to the background, which keeps it open and sends nothing on it. */
export const LIVENESS_PORT = 'know-trust-liveness';
