import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_HOW_TO, findFirefox } from './find-firefox.mjs';

// Firefox really runs the Firefox build: Mozilla's `web-ext run` installs it as a temporary add-on
// in a headless firefox-esr with a fresh profile, exactly as a developer would. Then, through
// Firefox's remote debugging protocol (the port web-ext itself opened to install the add-on):
//   - Firefox's own view of the add-on: temporarily installed, no manifest warning, background running;
//   - a positive sign that the background script ran to the end of its top level: it answers a
//     `get-settings` message sent from the extension's own options page;
//   - its background page has the DOMParser that card-reader.ts reads handed-over cards with;
//   - a note saved from the options page lands in IndexedDB of the add-on's origin, and storage.local
//     (readable by content scripts in Firefox) holds no inviter record (background/areas.ts);
//   - nothing from a moz-extension:// address, and no "Know & Trust:" message, is reported as an
//     error on Firefox's stdout/stderr (uncaught errors in the background print there as
//     "JavaScript error: moz-extension://…/background.js, line N: …").
// The whole run is bounded: after RUN_LIMIT_MS the process group (web-ext, Firefox) is killed.
//
// KNOW_TRUST_FIREFOX=/path picks the Firefox; KNOW_TRUST_FIREFOX_EXTENSION=/dir runs an already
// built folder instead of a fresh build (e.g. a deliberately broken copy, to see this test fail).

const root = resolve(__dirname, '..', '..');
const webExtBin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
const ADDON_ID = 'know-and-trust@knowtrust';
const RUN_LIMIT_MS = 60_000;

let firefox: string | null = null;
let lookupError: Error | null = null;
try {
  firefox = findFirefox();
} catch (error) {
  lookupError = error as Error;
}
if (!firefox && !lookupError) {
  console.log(`Firefox test SKIPPED: no Firefox found (looked at $KNOW_TRUST_FIREFOX, /usr/bin/firefox-esr, PATH). ${FIREFOX_HOW_TO}`);
}

/** A minimal client for Firefox's remote debugging protocol: `<byte length>:<JSON>` packets. */
class RdpClient {
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<string, { resolve: (p: Packet) => void; reject: (e: Error) => void }[]>();
  private readonly listeners = new Set<(p: Packet) => void>();
  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (data) => this.onData(data));
    socket.on('close', () => {
      for (const queue of this.pending.values()) for (const { reject } of queue) reject(new Error('debugger connection closed'));
      this.pending.clear();
    });
  }

  static connect(port: number): Promise<RdpClient> {
    return new Promise((resolvePromise, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const client = new RdpClient(socket);
      socket.once('error', reject);
      // The server speaks first: a greeting from the root actor.
      client.listeners.add(function greeting(p) {
        if (p.from === 'root') {
          client.listeners.delete(greeting);
          resolvePromise(client);
        }
      });
    });
  }

  private onData(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  /** Packets with a `type` are events; the others answer the oldest open request to that actor. */
  private dispatch(packet: Packet): void {
    const queue = this.pending.get(packet.from);
    if (!packet.type && queue?.length) {
      const { resolve: done, reject } = queue.shift()!;
      if (packet.error) reject(new Error(`${packet.from}: ${packet.error}: ${String(packet.message)}`));
      else done(packet);
      return;
    }
    for (const listener of [...this.listeners]) listener(packet);
  }

  request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Packet> {
    return new Promise((done, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({ resolve: done, reject });
      this.pending.set(to, queue);
      const text = JSON.stringify({ to, type, ...extra });
      this.socket.write(`${Buffer.byteLength(text)}:${text}`);
    });
  }

  onEvent(listener: (p: Packet) => void): void {
    this.listeners.add(listener);
  }

  /** Waits for an event matching `test`, at most `ms`. */
  nextEvent(test: (p: Packet) => boolean, ms: number, what: string): Promise<Packet> {
    return new Promise((done, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${what} within ${ms} ms`));
      }, ms);
      const listener = (p: Packet) => {
        if (!test(p)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        done(p);
      };
      this.listeners.add(listener);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Firefox's remote debugging packets are free-form JSON
type Packet = { from: string; type?: string; error?: string; [key: string]: any };

interface AddonForm {
  actor: string;
  id: string;
  url?: string;
  manifestURL?: string;
  temporarilyInstalled: boolean;
  persistentBackgroundScript?: boolean;
  backgroundScriptStatus?: string;
  warnings: string[];
}

let extensionDir = '';
let work = '';
let child: ChildProcess | null = null;
let output = '';
let exited = false;
let hardLimit: NodeJS.Timeout | undefined;
let rdp: RdpClient | null = null;
let addon: AddonForm | undefined;
const targets: Packet[] = [];

/** Resolves with the first match of `pattern` in web-ext's output; fails if web-ext exits or time runs out. */
function waitForOutput(pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((done, reject) => {
    const started = Date.now();
    const check = () => {
      const match = output.match(pattern);
      if (match) return done(match);
      if (exited) return reject(new Error(`web-ext exited before printing ${pattern}. Its output:\n${tail()}`));
      if (Date.now() - started > ms) return reject(new Error(`no ${pattern} within ${ms} ms. web-ext's output:\n${tail()}`));
      setTimeout(check, 200);
    };
    check();
  });
}
const tail = () => output.split('\n').slice(-60).join('\n');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Signals web-ext's whole process group (Firefox included), which may outlive web-ext itself. */
function killGroup(signal: NodeJS.Signals): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Evaluates `text` (an expression, possibly a promise) in a target's window; returns its value. */
async function evaluate(consoleActor: string, text: string): Promise<unknown> {
  const result = rdp!.nextEvent((p) => p.from === consoleActor && p.type === 'evaluationResult', 15_000, `result for ${text}`);
  const { resultID } = await rdp!.request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } });
  const packet = await result;
  expect(packet.resultID).toBe(resultID);
  if (packet.hasException || packet.topLevelAwaitRejected) {
    throw new Error(`${text} threw: ${String(packet.exceptionMessage ?? JSON.stringify(packet.exception))}`);
  }
  return packet.result;
}

async function target(test: (url: string) => boolean, what: string): Promise<Packet> {
  const known = targets.find((t) => test(String(t.url)));
  if (known) return known;
  const event = await rdp!.nextEvent((p) => p.type === 'target-available-form' && test(String(p.target?.url)), 15_000, what);
  return event.target as Packet;
}

if (lookupError) {
  describe('Know & Trust in Firefox', () => {
    it('finds the Firefox it was asked to use', () => {
      throw lookupError;
    });
  });
}

describe.skipIf(!firefox)('Know & Trust in Firefox (web-ext run, headless firefox-esr)', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'know-trust-firefox-'));
    if (process.env.KNOW_TRUST_FIREFOX_EXTENSION) {
      extensionDir = resolve(process.env.KNOW_TRUST_FIREFOX_EXTENSION);
    } else {
      execFileSync(process.execPath, ['build.mjs', '--out', join(work, 'dist')], { cwd: root, stdio: 'pipe' });
      extensionDir = join(work, 'dist', 'firefox');
    }
    console.log(`Firefox: ${execFileSync(firefox!, ['--version'], { encoding: 'utf8' }).trim()}; extension: ${extensionDir}`);

    child = spawn(
      process.execPath,
      [
        webExtBin,
        'run',
        '--source-dir',
        extensionDir,
        `--firefox=${firefox}`,
        '--no-input',
        '--no-reload',
        '--no-config-discovery',
        '--verbose', // prints Firefox's own stdout/stderr and the debugger port
        '--args=-headless',
        // Console messages and uncaught errors of chrome and extension code go to stdout/stderr.
        '--pref=devtools.console.stdout.chrome=true',
        '--pref=devtools.console.stdout.content=true',
        '--pref=browser.dom.window.dump.enabled=true',
      ],
      {
        cwd: work,
        detached: true, // its own process group: web-ext and Firefox are killed together
        stdio: ['ignore', 'pipe', 'pipe'],
        // TMPDIR: web-ext creates Firefox's throw-away profile there, removed with `work`.
        env: { ...process.env, TMPDIR: work, NO_UPDATE_NOTIFIER: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
      },
    );
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', () => (exited = true));
    hardLimit = setTimeout(() => killGroup('SIGKILL'), RUN_LIMIT_MS);
    hardLimit.unref();

    await waitForOutput(/as a temporary add-on/, RUN_LIMIT_MS);
    const port = Number((await waitForOutput(/-start-debugger-server (\d+)/, 1_000))[1]);
    rdp = await RdpClient.connect(port);
    rdp.onEvent((p) => {
      if (p.type === 'target-available-form') targets.push(p.target as Packet);
    });
    // Firefox may report the background a moment after the install: ask until it runs.
    for (let tries = 0; tries < 50; tries++) {
      const { addons } = await rdp.request('root', 'listAddons');
      addon = (addons as AddonForm[]).find((a) => a.id === ADDON_ID);
      if (addon?.backgroundScriptStatus === 'RUNNING') break;
      await sleep(200);
    }
  }, 120_000);

  afterAll(async () => {
    rdp?.close();
    clearTimeout(hardLimit);
    // web-ext closes Firefox and removes the profile on Ctrl-C; whatever is left is killed.
    if (!exited) killGroup('SIGINT');
    for (let i = 0; i < 50 && !exited; i++) await sleep(200);
    await sleep(500);
    killGroup('SIGKILL');
    if (work) rmSync(work, { recursive: true, force: true });
  }, 30_000);

  it('web-ext installs the build as a temporary add-on, and Firefox reads its manifest without a warning', () => {
    expect(output).toContain(`Installed ${extensionDir} as a temporary add-on`);
    expect(addon, `${ADDON_ID} not among Firefox's add-ons`).toBeDefined();
    expect(addon!.temporarilyInstalled).toBe(true);
    expect(addon!.url?.replace(/\/$/, '')).toBe(`file://${extensionDir}`);
    expect(addon!.warnings).toEqual([]);
  });

  it('runs the background script (an MV3 event page, not persistent)', () => {
    expect(addon!.persistentBackgroundScript).toBe(false);
    expect(addon!.backgroundScriptStatus).toBe('RUNNING');
  });

  it('the background answers its own options page: get-settings returns the settings', async () => {
    const base = addon!.manifestURL!.replace(/manifest\.json$/, '');
    const { actor: watcher } = await rdp!.request(addon!.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
    await rdp!.request(watcher, 'watchTargets', { targetType: 'frame' });
    const background = await target((url) => url.startsWith(base) && url.endsWith('/_generated_background_page.html'), 'background page');
    expect(await evaluate(background.consoleActor, `browser.runtime.openOptionsPage().then(() => 'opened')`)).toBe('opened');
    const options = await target((url) => url === `${base}options.html`, 'options page');
    const reply = await evaluate(
      options.consoleActor,
      `browser.runtime.sendMessage({ type: 'get-settings' }).then((reply) => JSON.stringify(reply), (error) => 'no answer: ' + error)`,
    );
    console.log(`Firefox: the background answered get-settings from ${base}options.html with ${String(reply)}`);
    const settings = JSON.parse(String(reply).startsWith('{') ? String(reply) : 'null') as Record<string, unknown> | null;
    expect(settings, String(reply)).toEqual({ companies: expect.any(Array), popupOnly: expect.any(Boolean) });
  });

  it('the background page has the DOM that card-reader.ts reads handed-over cards with, and no offscreen API to need', async () => {
    const base = addon!.manifestURL!.replace(/manifest\.json$/, '');
    const background = await target((url) => url.startsWith(base) && url.endsWith('/_generated_background_page.html'), 'background page');
    // What card-reader.ts asks (typeof DOMParser), and what its reading needs of the parsed markup.
    const seen = await evaluate(
      background.consoleActor,
      `JSON.stringify({
        parser: typeof DOMParser,
        offscreen: typeof (globalThis.chrome && chrome.offscreen),
        read: new DOMParser().parseFromString('<li><a href="/in/x/">X</a><button aria-label="Accept X">Accept</button><img src="https://media.licdn.invalid/x.jpg"></li>', 'text/html')
          .querySelector('button').getAttribute('aria-label'),
      })`,
    );
    expect(JSON.parse(String(seen))).toEqual({ parser: 'function', offscreen: 'undefined', read: 'Accept X' });
  });

  it('the user’s data is kept in IndexedDB of the add-on’s origin, not in storage.local (no setAccessLevel there)', async () => {
    const base = addon!.manifestURL!.replace(/manifest\.json$/, '');
    const options = await target((url) => url === `${base}options.html`, 'options page');
    const background = await target((url) => url.startsWith(base) && url.endsWith('/_generated_background_page.html'), 'background page');
    const saved = await evaluate(
      options.consoleActor,
      // Saved as the popup saves: the change, against the record as stored now (its revision).
      `browser.runtime.sendMessage({ type: 'get-inviter', profile: 'marcus-feld-hr' })
        .then((stored) => browser.runtime.sendMessage({
          type: 'change-inviter', profile: 'marcus-feld-hr', answers: { knows: 'yes' }, cleared: [], note: 'kept in IndexedDB',
          basis: stored ? { revision: stored.updatedAt, answers: stored.answers, note: stored.note } : { revision: 0, answers: {}, note: '' },
        }))
        .then((reply) => JSON.stringify(reply), (error) => 'no answer: ' + error)`,
    );
    expect(String(saved)).toContain('kept in IndexedDB');
    // Read where areas.ts keeps it: the add-on's own IndexedDB, which content scripts cannot open.
    const inIndexedDb = await evaluate(
      background.consoleActor,
      `new Promise((done, fail) => {
        const open = indexedDB.open('know-trust');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('local').objectStore('local').get('inviter:marcus-feld-hr');
          read.onsuccess = () => { open.result.close(); done(JSON.stringify(read.result ?? null)); };
          read.onerror = () => fail(read.error);
        };
      })`,
    );
    expect(JSON.parse(String(inIndexedDb))).toMatchObject({
      profile: 'marcus-feld-hr',
      note: 'kept in IndexedDB',
      answers: { knows: 'yes' },
    });
    const inLocal = await evaluate(
      background.consoleActor,
      `browser.storage.local.get(null).then((all) => JSON.stringify(Object.keys(all)))`,
    );
    console.log(`Firefox: storage.local holds ${String(inLocal)} after the save`);
    expect((JSON.parse(String(inLocal)) as string[]).filter((key) => key.startsWith('inviter:'))).toEqual([]);
  });

  it('nothing from the extension is reported as an error or warning on Firefox stdout/stderr', async () => {
    await sleep(1_000); // let the options page's and background's late messages reach the output
    const lines = output.split('\n');
    const fromExtension = lines.filter((line) => /moz-extension:\/\//.test(line) && /error|exception|warn/i.test(line));
    const ours = lines.filter((line) => /console\.(error|warn)\b.*Know & Trust/.test(line));
    expect([...fromExtension, ...ours]).toEqual([]);
  });
});
