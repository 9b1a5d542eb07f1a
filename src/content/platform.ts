// The browser's own extension API for the scripts that run on LinkedIn's pages, promise-based in
// both browsers: Firefox's `browser`, and Chrome's `chrome`, whose MV3 methods return promises
// when given no callback. uBlock Origin's way: browser differences behind one small interface.
// The content scripts do without webextension-polyfill (32 KB of the old content bundle, loaded
// on every LinkedIn page); the background and the extension pages keep it as their API layer.
// Only what the content scripts use is declared here: no storage, which is closed to them
// (background/areas.ts).

export interface MessageSender {
  id?: string;
  tab?: unknown;
}

type MessageListener = (message: unknown, sender: MessageSender) => undefined;

/** A long-lived connection to the background (liveness.ts); `error` is Firefox's, lastError Chrome's. */
export interface Port {
  readonly error?: { message?: string } | null;
  disconnect(): void;
  onDisconnect: { addListener(listener: (port: Port) => void): void };
}

interface ContentApi {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): Port;
    /** Chrome: set while a callback runs after a failure; reading it marks the failure as handled. */
    readonly lastError?: { message?: string };
    getManifest(): { version: string };
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };

/**
 * The extension API of this content script: `browser` where it exists (Firefox), else `chrome`.
 * Looked up on first use, not when the script loads: the loader runs on every LinkedIn page and
 * most of them never need the API, and the first touch of Chrome's extension bindings costs
 * about half a millisecond of the page's main thread (bench/, feed-load).
 */
let resolved: ContentApi | undefined;
const current = (): ContentApi => (resolved ??= (scope.browser ?? scope.chrome) as ContentApi);
export const api: ContentApi = {
  get runtime() {
    return current().runtime;
  },
  get i18n() {
    return current().i18n;
  },
};

/** After the extension is reloaded or updated, this old copy can no longer talk to it. */
export function contextAlive(): boolean {
  try {
    return Boolean(api.runtime?.id);
  } catch {
    return false;
  }
}

/** A message for the extension's own words (_locales); the key itself when it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return api.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key; // the context is gone: the badge is about to be taken away anyway
  }
}
