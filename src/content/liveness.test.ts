import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVENESS_PORT } from '../core/ports';

// The content scripts' own API (platform.ts): Firefox's `browser`, here a stand-in whose ports the
// test closes, as the browser does when the extension goes or its worker stops.
interface FakePort {
  name: string;
  disconnected: boolean;
  close(): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}
const ports: FakePort[] = [];
const runtime: { id?: string; connect(info: { name: string }): FakePort } = {
  id: 'know-trust-test',
  connect({ name }) {
    const listeners: (() => void)[] = [];
    const port: FakePort = {
      name,
      disconnected: false,
      close: () => listeners.forEach((listener) => listener()),
      disconnect: () => void (port.disconnected = true),
      onDisconnect: { addListener: (listener) => void listeners.push(listener) },
    };
    ports.push(port);
    return port;
  },
};
(globalThis as { browser?: unknown }).browser = { runtime, i18n: { getMessage: (key: string) => key } };

const { watchLiveness } = await import('./liveness');

beforeEach(() => {
  vi.useFakeTimers();
  ports.length = 0;
  runtime.id = 'know-trust-test';
});
afterEach(() => vi.useRealTimers());

describe('watchLiveness', () => {
  it('opens one port to the background and looks at nothing while it is open', () => {
    const gone = vi.fn();
    const alive = vi.spyOn(runtime, 'id', 'get');
    watchLiveness(gone);
    alive.mockClear();
    vi.advanceTimersByTime(60_000);
    expect(ports.map((p) => p.name)).toEqual([LIVENESS_PORT]);
    expect(alive).not.toHaveBeenCalled();
    expect(gone).not.toHaveBeenCalled();
    alive.mockRestore();
  });

  it('says the extension is gone the moment its port closes with it', () => {
    const gone = vi.fn();
    watchLiveness(gone);
    delete runtime.id;
    ports[0]!.close();
    expect(gone).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('the port closing a moment before the context says it is gone: noticed a tenth of a second later', () => {
    const gone = vi.fn();
    watchLiveness(gone);
    ports[0]!.close();
    expect(gone).not.toHaveBeenCalled();
    delete runtime.id;
    vi.advanceTimersByTime(100);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('after the worker stopped (the extension still there), looks once a second until the next answer', () => {
    const gone = vi.fn();
    const liveness = watchLiveness(gone);
    ports[0]!.close();
    expect(gone).not.toHaveBeenCalled();
    // The next report reached the worker: a new port, no more looking.
    liveness.answered();
    expect(ports).toHaveLength(2);
    delete runtime.id;
    vi.advanceTimersByTime(10_000);
    expect(gone).not.toHaveBeenCalled();
    // That port closing with the extension says so at once.
    ports[1]!.close();
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('while it looks once a second, an extension gone is noticed within that second', () => {
    const gone = vi.fn();
    watchLiveness(gone);
    ports[0]!.close();
    vi.advanceTimersByTime(3_000);
    expect(gone).not.toHaveBeenCalled();
    delete runtime.id;
    vi.advanceTimersByTime(1_000);
    expect(gone).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('answered() with the port still open opens no other', () => {
    const liveness = watchLiveness(vi.fn());
    liveness.answered();
    liveness.answered();
    expect(ports).toHaveLength(1);
  });

  it('stop() closes the port and leaves nothing running', () => {
    const gone = vi.fn();
    const liveness = watchLiveness(gone);
    liveness.stop();
    expect(ports[0]!.disconnected).toBe(true);
    delete runtime.id;
    ports[0]!.close();
    liveness.answered();
    vi.advanceTimersByTime(10_000);
    expect(gone).not.toHaveBeenCalled();
    expect(ports).toHaveLength(1);
  });
});
