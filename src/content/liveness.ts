import { LIVENESS_PORT } from '../core/ports';
import { api, contextAlive, type Port } from './platform';

// Whether the extension this copy of invitations.js belongs to is still there. A reloaded, updated
// or removed extension leaves the script running on the tab with its badges, able to reach nothing
// (platform.ts, contextAlive): it must notice and take them away.
//
// Asking contextAlive() once a second did that, but woke the page's main thread every second for
// as long as an invitations page stayed open: the one thing the extension still ran beside a page
// that changes all the time (bench/, the storm beside 1,000 invitations). A port to the background
// costs nothing while it is open, and the browser closes it the moment the extension goes, so the
// badges go at once. It also closes when the background worker stops for being idle (Chrome, 30 s)
// or restarts: then, the extension still being there, this falls back to a look once a second
// until the next report reaches the worker again (`answered`), and opens a new port. Opening one
// never wakes a stopped worker by itself: only a report, which wakes it anyway, does.

export interface Liveness {
  /** A message reached the background: the worker runs, the port can be opened again if it closed. */
  answered(): void;
  stop(): void;
}

/** How often to look while no port is open. */
const LOOK_EVERY_MS = 1000;
/** When to look again after the port closed with the extension still there. */
const LOOK_AGAIN_MS = 100;

export function watchLiveness(gone: () => void): Liveness {
  let port: Port | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stopLooking = (): void => {
    clearInterval(timer);
    clearTimeout(soon);
    timer = soon = undefined;
  };
  const stop = (): void => {
    stopped = true;
    stopLooking();
    const open = port;
    port = null;
    try {
      open?.disconnect();
    } catch {
      // The context is gone already: so is the port.
    }
  };
  const lookNow = (): boolean => {
    if (contextAlive()) return true;
    stop();
    gone();
    return false;
  };
  const lookEverySecond = (): void => {
    timer ??= setInterval(lookNow, LOOK_EVERY_MS);
  };
  const open = (): void => {
    try {
      const opened = api.runtime.connect({ name: LIVENESS_PORT });
      port = opened;
      opened.onDisconnect.addListener(() => {
        try {
          // Read, so that Chrome does not log "Unchecked runtime.lastError" for a worker that stopped.
          void (api.runtime.lastError ?? opened.error);
        } catch {
          // The context is gone: lookNow() says so.
        }
        if (port !== opened || stopped) return;
        port = null;
        // The browser closes the port a moment before it tells this context it is gone: look
        // again shortly, then once a second.
        if (!lookNow()) return;
        soon = setTimeout(() => {
          soon = undefined;
          if (!stopped && lookNow()) lookEverySecond();
        }, LOOK_AGAIN_MS);
      });
      stopLooking();
    } catch {
      // No port to be had (the context going away): look instead.
      if (lookNow()) lookEverySecond();
    }
  };

  open();
  return {
    answered() {
      if (!stopped && !port && contextAlive()) open();
    },
    stop,
  };
}
