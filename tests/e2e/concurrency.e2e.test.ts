// No lost updates. Two popups saving answers and notes, the options page changing settings and the
// LinkedIn page's content script reporting re-rendered cards all write at once, a few hundred
// writes in all; every one must be applied, and no write may undo another (a report putting back
// an old note, a save putting back an old `lastSeen`, one settings change undoing the other). Then
// the same with the service worker stopped while writes are waiting in it: what fails is retried,
// as a user would, and in the end nothing is missing.
//
// How a lost update would show: every write carries a counter that only grows per inviter (or per
// setting), and the options page logs every storage change with its old and new value. A change
// that takes a counter or `lastSeen` backwards is a write undone by a stale one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Answers, InviterRecord, Settings } from '../../src/core/types';
import { EXPECTED, getServiceWorker, launchOnFixture, type launchWithExtension, openPopupFor, stopServiceWorker } from './harness';

const FIXTURE = 'fixture-sdui-2026.html';
const PEOPLE = EXPECTED.fixtures[FIXTURE].people.map((p) => p.profile);
const SAVES_PER_INVITER = 30;
const COMPANY_CHANGES = 40;
const MODE_CHANGES = 20; // even: popup-only mode ends off, as it started
/** Answers cycle with the counter, so each stored note says which answers must stand beside it. */
const ANSWER_CYCLE: Answers[] = [
  { knows: 'yes', trusts: 'yes', insider: 'no' },
  { knows: 'no' },
  { knows: 'yes', trusts: 'unsure' },
  { knows: 'yes', trusts: 'yes', insider: 'hr', visibilityWorry: 'yes' },
  { knows: 'yes', trusts: 'yes', insider: 'leadership', visibilityWorry: 'no', hesitates: 'yes' },
  { knows: 'yes', trusts: 'no', insider: 'colleague' },
];
const answersFor = (counter: number): Answers => (counter === 0 ? {} : ANSWER_CYCLE[counter % ANSWER_CYCLE.length]!);
/** `<counter>:<profile>` then lines a real note has: the counter is read back from the stored note. */
const noteFor = (counter: number, profile: string) => `${counter}:${profile}\nWritten in a burst ✍️ — line two\n\tthe end 👩‍💻`;
const counterOfNote = (note: string) => (note === '' ? 0 : Number(/^(\d+):/.exec(note)?.[1] ?? NaN));
const COMPANY = (counter: number) => `Burst Company ${counter}`;
const counterOfCompanies = (companies: string[]) => Number(/^Burst Company (\d+)$/.exec(companies[1] ?? '')?.[1] ?? 0);

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let linkedin: Page;
let popups: [Page, Page];
let options: Page;

beforeAll(async () => {
  let tabId: number;
  ({ browser, linkedin, tabId } = await launchOnFixture(FIXTURE));
  popups = [
    await openPopupFor(browser.context, browser.extensionId, tabId),
    await openPopupFor(browser.context, browser.extensionId, tabId),
  ];
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // The content script schedules its scans on animation frames: keep LinkedIn's page in front.
  await linkedin.bringToFront();
});

afterAll(async () => {
  await browser?.close();
});

interface Change {
  key: string;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Starts logging every storage.local change, in the options page (it outlives the worker). */
function startChangeLog(): Promise<void> {
  return options.evaluate(() => {
    const w = window as unknown as { changes: unknown[]; logging?: boolean };
    w.changes = [];
    if (w.logging) return;
    w.logging = true;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      for (const [key, change] of Object.entries(changes)) w.changes.push({ key, ...change });
    });
  });
}
const changeLog = () => options.evaluate(() => (window as unknown as { changes: Change[] }).changes);

interface Burst {
  /** First counter of this burst: counters keep growing from one burst to the next. */
  from: number;
  /** Retry a write whose message failed (the worker stopped before answering), as a user would. */
  retry: boolean;
}

interface SenderResult {
  /** Per inviter or setting, the counters acknowledged, in the order they were sent. */
  acked: Record<string, number[]>;
  failures: string[];
}

/**
 * In a popup: one sequence of saves per inviter, all sequences at once. Each save waits for the
 * previous one of its inviter, so the last one sent is the last one received; a reply must be the
 * record just written.
 */
function savesFromPopup(popup: Page, profiles: string[], burst: Burst): Promise<SenderResult> {
  return popup.evaluate(
    async ({ profiles, from, count, retry, cycle }) => {
      const w = window as unknown as { acked: number };
      w.acked = 0;
      const failures: string[] = [];
      const acked: Record<string, number[]> = {};
      /** What the sender last knew to be stored about an inviter, as the popup keeps it. */
      type Copy = { revision: number; answers: Record<string, string>; note: string };
      interface Stored {
        updatedAt: number;
        answers: Record<string, string>;
        note: string;
      }
      /** Sends until answered (retrying, as a user would, where the burst says so); the reply. */
      const ask = async <Reply>(message: object): Promise<Reply> => {
        for (;;) {
          await (window as unknown as { gate?: Promise<void> }).gate;
          try {
            const reply = (await chrome.runtime.sendMessage(message)) as Reply | undefined;
            if (reply === undefined) throw new Error('no answer');
            return reply;
          } catch (error) {
            failures.push(String(error));
            if (!retry || failures.length > 200) throw error;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        }
      };
      const copyOf = (stored: Stored | null): Copy =>
        stored ? { revision: stored.updatedAt, answers: stored.answers, note: stored.note } : { revision: 0, answers: {}, note: '' };
      /**
       * One save, as the popup sends it: the answers wanted (any other cleared) and the note,
       * against the copy. A retry after a lost answer may find its own write already stored: that
       * is no conflict (the stored value is the one wanted). Any conflict here is a write undone.
       */
      const save = async (profile: string, copy: Copy, answers: Record<string, string>, note: string): Promise<Copy> => {
        const cleared = Object.keys(copy.answers).filter((id) => !Object.hasOwn(answers, id));
        const reply = await ask<{ view: Stored; conflicts: string[] }>({
          type: 'change-inviter',
          profile,
          answers,
          cleared,
          note,
          basis: copy,
        });
        if (reply.conflicts.length > 0) throw new Error(`${profile}: ${reply.conflicts.join(', ')} changed elsewhere`);
        if (reply.view.note !== note) throw new Error(`reply holds ${JSON.stringify(reply.view.note)}, not the note just saved`);
        return copyOf(reply.view);
      };
      await Promise.all(
        profiles.map(async (profile) => {
          acked[profile] = [];
          let copy = copyOf(await ask<Stored | null>({ type: 'get-inviter', profile }));
          for (let counter = from; counter < from + count; counter++) {
            const note = `${counter}:${profile}\nWritten in a burst ✍️ — line two\n\tthe end 👩‍💻`; // as noteFor
            copy = await save(profile, copy, cycle[counter % cycle.length]! as Record<string, string>, note);
            acked[profile]!.push(counter);
            w.acked += 1;
          }
        }),
      );
      return { acked, failures };
    },
    { profiles, from: burst.from, count: SAVES_PER_INVITER, retry: burst.retry, cycle: ANSWER_CYCLE },
  );
}

/** In the options page: a sequence of company-list changes and one of popup-only switches, at once. */
function settingsFromOptions(burst: Burst): Promise<SenderResult> {
  return options.evaluate(
    async ({ from, companies, modes, retry }) => {
      const failures: string[] = [];
      const acked: Record<string, number[]> = { companies: [], popupOnly: [] };
      const send = async (settings: { companies?: string[]; popupOnly?: boolean }) => {
        for (;;) {
          await (window as unknown as { gate?: Promise<void> }).gate;
          try {
            const reply = await chrome.runtime.sendMessage({ type: 'save-settings', settings });
            if (reply === undefined || reply === null) throw new Error('no answer');
            return;
          } catch (error) {
            failures.push(String(error));
            if (!retry || failures.length > 200) throw error;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        }
      };
      await Promise.all([
        (async () => {
          for (let counter = from; counter < from + companies; counter++) {
            await send({ companies: ['Northwind Analytics', `Burst Company ${counter}`] }); // as COMPANY
            acked.companies!.push(counter);
          }
        })(),
        (async () => {
          // Odd counts switch popup-only mode on, even ones off; the last is even.
          for (let i = 1; i <= modes; i++) {
            await send({ popupOnly: i % 2 === 1 });
            acked.popupOnly!.push(i);
          }
        })(),
      ]);
      return { acked, failures };
    },
    { from: burst.from, companies: COMPANY_CHANGES, modes: MODE_CHANGES, retry: burst.retry },
  );
}

/**
 * In LinkedIn's page: re-render one card after another, as LinkedIn's app does, until told to
 * stop: a new headline text (" · <step>") every frame, and every fifth step the card element
 * replaced by a fresh copy. Each change makes the content script report the page again. Resolves
 * to the last step that touched each inviter.
 */
function rerenderCardsUntilStopped(): Promise<Record<string, number>> {
  return linkedin.evaluate((people) => {
    const w = window as unknown as { stopRerenders?: boolean; pauseRerenders?: boolean; baseHeadlines?: Record<string, string> };
    w.stopRerenders = false;
    w.pauseRerenders = false;
    const cardOf = (profile: string) =>
      document.querySelector(`a[href*="/in/${encodeURIComponent(profile)}/"]`)?.closest('[role="listitem"]') ?? null;
    // Sam's card has no headline: LinkedIn's next render gives him one, after the name line.
    const headlineOf = (profile: string) => {
      const card = cardOf(profile);
      const existing = card?.querySelector('p._b63e0d1c');
      if (existing || !card) return existing ?? null;
      const added = Object.assign(document.createElement('p'), { className: '_b63e0d1c', textContent: 'Freelance product designer' });
      card.querySelector('p._e27a0c41')?.after(added);
      return added;
    };
    w.baseHeadlines ??= Object.fromEntries(people.map((p) => [p, (headlineOf(p)?.textContent ?? '').trim()]));
    const last: Record<string, number> = {};
    let step = 0;
    return new Promise<Record<string, number>>((resolve) => {
      const next = () => {
        if (w.stopRerenders) return resolve(last);
        if (w.pauseRerenders) return requestAnimationFrame(next);
        step += 1;
        const profile = people[step % people.length]!;
        const wrapper = cardOf(profile)?.parentElement;
        if (wrapper && step % 5 === 0) {
          const fresh = wrapper.cloneNode(true) as Element;
          fresh.querySelectorAll('[data-know-trust-profile]').forEach((badge) => badge.remove());
          wrapper.replaceWith(fresh);
        }
        const headline = headlineOf(profile);
        if (headline) {
          headline.textContent = `${w.baseHeadlines![profile]} · ${step}`;
          last[profile] = step;
        }
        requestAnimationFrame(next);
      };
      next();
    });
  }, PEOPLE);
}

async function storedState(): Promise<{ records: Record<string, InviterRecord>; settings: Settings; schemaVersion: unknown }> {
  const worker = await getServiceWorker(browser.context, browser.extensionId);
  const all = (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  const records = Object.fromEntries(PEOPLE.map((p) => [p, all[`inviter:${p}`] as InviterRecord]));
  return { records, settings: all.settings as Settings, schemaVersion: all.schemaVersion };
}

/**
 * Runs one burst: both popups (three inviters each), the options page and the page's re-renders
 * at once. `during` runs while the writes are going on.
 */
async function burst(plan: Burst, during: () => Promise<void> = async () => {}) {
  const rerenders = rerenderCardsUntilStopped();
  const senders = Promise.all([
    savesFromPopup(popups[0], PEOPLE.slice(0, 3), plan),
    savesFromPopup(popups[1], PEOPLE.slice(3), plan),
    settingsFromOptions(plan),
  ]);
  try {
    await during();
  } catch (error) {
    // The test has failed; the browser closes under the pages still writing.
    senders.catch(() => undefined);
    rerenders.catch(() => undefined);
    throw error;
  }
  const results = await senders;
  await linkedin.evaluate(() => {
    (window as unknown as { stopRerenders: boolean }).stopRerenders = true;
  });
  const lastRerender = await rerenders;
  return { results, lastRerender };
}

const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Every change of the log moves forward: no note counter and no `lastSeen` goes back, answers stay
 * beside their note, one settings message changes one setting. Returns what broke these rules.
 */
function undoneWrites(changes: Change[]): string[] {
  const undone: string[] = [];
  for (const { key, oldValue, newValue } of changes) {
    if (key.startsWith('inviter:')) {
      const before = oldValue as InviterRecord | undefined;
      const after = newValue as InviterRecord;
      const counter = counterOfNote(after.note);
      if (!sameAnswers(after.answers, answersFor(counter)))
        undone.push(`${key}: answers ${JSON.stringify(after.answers)} beside note ${counter}`);
      if (!before) continue;
      if (counter < counterOfNote(before.note)) undone.push(`${key}: note back from ${counterOfNote(before.note)} to ${counter}`);
      if (after.lastSeen < before.lastSeen) undone.push(`${key}: lastSeen back by ${before.lastSeen - after.lastSeen} ms`);
      if (after.firstSeen !== before.firstSeen) undone.push(`${key}: firstSeen changed`);
    } else if (key === 'settings' && oldValue) {
      const before = oldValue as Settings;
      const after = newValue as Settings;
      const companiesChanged = JSON.stringify(after.companies) !== JSON.stringify(before.companies);
      if (counterOfCompanies(after.companies) < counterOfCompanies(before.companies)) {
        undone.push(`settings: companies back from ${counterOfCompanies(before.companies)} to ${counterOfCompanies(after.companies)}`);
      }
      // One message changes one setting: a change to both is one change undoing the other.
      if (companiesChanged && after.popupOnly !== before.popupOnly)
        undone.push(`settings: both changed at once ${JSON.stringify([before, after])}`);
    }
  }
  return undone;
}

/** Every write acknowledged shows up in the log, and the last of each sequence is what is stored. */
async function expectEveryWriteApplied(results: SenderResult[], changes: Change[], from: number): Promise<void> {
  const [first, second, settings] = results;
  const acked = { ...first!.acked, ...second!.acked };
  const notesLogged = new Map<string, Set<number>>();
  for (const { key, newValue } of changes) {
    if (!key.startsWith('inviter:') || !newValue) continue;
    const profile = key.slice('inviter:'.length);
    if (!notesLogged.has(profile)) notesLogged.set(profile, new Set());
    notesLogged.get(profile)!.add(counterOfNote((newValue as InviterRecord).note));
  }
  const expectedCounters = Array.from({ length: SAVES_PER_INVITER }, (_, i) => from + i);
  const { records, settings: storedSettings } = await storedState();
  for (const profile of PEOPLE) {
    expect(acked[profile], profile).toEqual(expectedCounters);
    expect(
      [...(notesLogged.get(profile) ?? [])].filter((c) => c >= from).sort((a, b) => a - b),
      `${profile}: writes applied`,
    ).toEqual(expectedCounters);
    const last = expectedCounters.at(-1)!;
    expect(records[profile], profile).toMatchObject({ note: noteFor(last, profile), answers: answersFor(last) });
  }
  expect(settings!.acked.companies).toEqual(Array.from({ length: COMPANY_CHANGES }, (_, i) => from + i));
  expect(settings!.acked.popupOnly).toHaveLength(MODE_CHANGES);
  expect(storedSettings).toEqual({ companies: ['Northwind Analytics', COMPANY(from + COMPANY_CHANGES - 1)], popupOnly: false });
}

/**
 * The content script's last report (after the last re-render) is what the records say: it was
 * applied, and no save that read the record earlier put an older headline back.
 */
async function expectLastReportApplied(lastRerender: Record<string, number>, lastSeenBefore: Record<string, number>): Promise<void> {
  expect(Object.keys(lastRerender).sort()).toEqual([...PEOPLE].sort());
  await expect
    .poll(
      async () => {
        const { records } = await storedState();
        return PEOPLE.filter((p) => !records[p]!.headline.endsWith(` · ${lastRerender[p]}`));
      },
      { timeout: 20_000 },
    )
    .toEqual([]);
  const { records } = await storedState();
  for (const profile of PEOPLE)
    expect(records[profile]!.lastSeen, `${profile}: lastSeen advanced`).toBeGreaterThan(lastSeenBefore[profile]!);
}

async function lastSeenNow(): Promise<Record<string, number>> {
  const { records } = await storedState();
  return Object.fromEntries(PEOPLE.map((p) => [p, records[p]!.lastSeen]));
}

const POLL = { timeout: 30_000 };
/** Sequences of writes from extension pages: one per inviter, two in the options page. */
const SEQUENCES = PEOPLE.length + 2;

function holdStoreLock(): Promise<void> {
  return options.evaluate(
    () =>
      new Promise<void>((held) => {
        void navigator.locks.request('know-trust-store', () => {
          held();
          return new Promise<void>((release) => {
            (window as unknown as { releaseStore: () => void }).releaseStore = release;
          });
        });
      }),
  );
}
const releaseStoreLock = () => options.evaluate(() => (window as unknown as { releaseStore: () => void }).releaseStore());
/** Who is waiting for the store's lock behind ours (a client id per request): writes the worker received. */
const pendingStoreWrites = () =>
  options.evaluate(async () => ((await navigator.locks.query()).pending ?? []).map((lock) => lock.clientId ?? ''));

/** Holds every sender (popups, options page, LinkedIn's re-renders) before its next message, or lets them go. */
async function pauseSenders(pause: boolean): Promise<void> {
  for (const page of [...popups, options]) {
    await page.evaluate((pause) => {
      const w = window as unknown as { gate?: Promise<void>; openGate?: () => void };
      if (pause) w.gate = new Promise<void>((open) => (w.openGate = open));
      else w.openGate?.();
    }, pause);
  }
  await linkedin.evaluate((pause) => {
    (window as unknown as { pauseRerenders: boolean }).pauseRerenders = pause;
  }, pause);
}

describe('concurrent writes', () => {
  test('two popups, the options page and the page reports writing at once: every write applied, none undone', async () => {
    // The install ran the migrations (index.ts, onInstalled): the store carries its version.
    expect((await storedState()).schemaVersion).toBeGreaterThanOrEqual(1);
    const lastSeenBefore = await lastSeenNow();
    await startChangeLog();
    const { results, lastRerender } = await burst({ from: 1, retry: false });

    for (const result of results) expect(result.failures).toEqual([]);
    await expectLastReportApplied(lastRerender, lastSeenBefore);
    const changes = await changeLog();
    expect(undoneWrites(changes)).toEqual([]);
    // The reports did land in the middle of the saves, not only before or after them.
    const isSave = (c: Change) =>
      c.key.startsWith('inviter:') && (c.newValue as InviterRecord).note !== (c.oldValue as InviterRecord | undefined)?.note;
    const isReport = (c: Change) => c.key.startsWith('inviter:') && !isSave(c);
    const saves = changes.flatMap((c, i) => (isSave(c) ? [i] : []));
    expect(saves).toHaveLength(PEOPLE.length * SAVES_PER_INVITER);
    expect(changes.some((c, i) => isReport(c) && i > saves[0]! && i < saves.at(-1)!)).toBe(true);
    await expectEveryWriteApplied(results, changes, 1);
  });

  test('the service worker stopped while writes wait in it: the failed ones retried, nothing acknowledged lost', async () => {
    const lastSeenBefore = await lastSeenNow();
    await startChangeLog();
    const from = 1000;
    const { results, lastRerender } = await burst({ from, retry: true }, async () => {
      await expect.poll(() => popups[0].evaluate(() => (window as unknown as { acked: number }).acked), POLL).toBeGreaterThan(10);
      // Hold the store's lock (lock.ts) from the options page: the writes the worker receives now
      // queue up behind it, received and unanswered, one per sequence and more from the page.
      await holdStoreLock();
      await expect
        .poll(async () => (await pendingStoreWrites()).length, { ...POLL, message: 'writes waiting behind the store lock' })
        .toBeGreaterThanOrEqual(SEQUENCES);
      // No new message while the worker is being stopped, or it would start again at once.
      await pauseSenders(true);
      const waiting = new Set(await pendingStoreWrites());
      await stopServiceWorker(browser.context, browser.extensionId);
      // The writes that were waiting died with the worker: its lock requests are gone.
      expect((await pendingStoreWrites()).filter((client) => waiting.has(client))).toEqual([]);
      await releaseStoreLock();
      await pauseSenders(false);
    });

    // The writes that died with the worker failed for their senders, and were sent again.
    expect(results.flatMap((r) => r.failures).length).toBeGreaterThan(0);
    await expectLastReportApplied(lastRerender, lastSeenBefore);
    const changes = await changeLog();
    expect(undoneWrites(changes)).toEqual([]);
    await expectEveryWriteApplied(results, changes, from);
  });
});
