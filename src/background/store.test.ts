// The store's promises about what a page cannot do: fill storage with strangers, overwrite a record
// it cannot read, rename someone the user wrote about; and about stale copies: a save changes only
// the fields it names, never over what changed elsewhere since its copy was read.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RETENTION } from '../core/retention';
import type { Invitation } from '../core/types';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const store = await import('./store');
const { handleContentMessage, handlePageMessage } = await import('./handlers');

const DAY = 24 * 60 * 60 * 1000;
const stranger = (i: number, name = `Person ${i}`): Invitation => ({
  profile: `person-${i}`,
  name,
  headline: `Role ${i} at Company`,
  mutual: '',
  age: '',
  message: '',
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  fakeBrowser.i18n.getMessage = ((key: string) => key) as never;
});

const report = (tabId: number, invitations: Invitation[], now: number) =>
  handleContentMessage(
    { type: 'tab-report', page: 'invitation-manager', invitations, removed: [], reset: true, unrecognised: false },
    tabId,
    now,
  );

describe('retention of people merely seen', () => {
  it('keeps storage bounded after pages showing 10,000 strangers; answered people stay, and a later save works', async () => {
    await store.saveChanges('friend', { answers: { knows: 'yes' }, cleared: [], note: 'old friend' }, null, 1);
    for (let chunk = 0; chunk < 20; chunk += 1) {
      await report(
        chunk,
        Array.from({ length: 500 }, (_, i) => stranger(chunk * 500 + i)),
        1000 + chunk,
      );
    }
    const figures = await store.peopleFigures();
    expect(figures.seen).toBe(RETENTION.seenMax);
    expect(figures.own).toBe(1);
    // Those seen last are the ones kept.
    expect(await store.getRecord('person-9999')).not.toBeNull();
    expect(await store.getRecord('person-0')).toBeNull();
    expect(await store.getRecord('friend')).toMatchObject({ note: 'old friend' });
    // A merely seen person keeps slug, name and dates only.
    expect((await store.getRecord('person-9999'))?.headline).toBe('');
    const { record } = await store.saveChanges('person-42', { answers: {}, cleared: [], note: 'written afterwards' }, null, 5000);
    expect(record.note).toBe('written afterwards');
    expect(await store.getRecord('person-42')).toMatchObject({ note: 'written afterwards' });
  });

  it('forgets a merely seen person 180 days after last seen, never one with an answer or a note', async () => {
    await report(1, [stranger(1), stranger(2)], 0);
    await store.saveChanges('person-2', { answers: {}, cleared: [], note: 'keep' }, null, 1);
    await report(1, [stranger(3)], RETENTION.seenDays * DAY + 1);
    expect(await store.getRecord('person-1')).toBeNull();
    expect(await store.getRecord('person-2')).not.toBeNull();
    expect(await store.getRecord('person-3')).not.toBeNull();
  });
});

describe('a record that cannot be read', () => {
  it('is set aside, verbatim, before a page visit writes under its key, and counted', async () => {
    const damaged = { profile: 'person-1', name: 'Person 1', answers: { knows: 'perhaps' }, note: 'seven notes of mine' };
    await fakeBrowser.storage.local.set({ 'inviter:person-1': damaged });
    expect((await store.peopleFigures()).unreadable).toHaveLength(1);
    await report(1, [stranger(1)], 777);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['setAside:unreadable:777:inviter:person-1']).toEqual(damaged);
    const figures = await store.peopleFigures();
    expect(figures.setAside).toEqual([{ key: 'setAside:unreadable:777:inviter:person-1', reason: 'unreadable', value: damaged }]);
  });

  it('is set aside before a save writes under its key', async () => {
    await fakeBrowser.storage.local.set({ 'inviter:person-1': 'not a record' });
    await store.saveChanges('person-1', { answers: { knows: 'no' }, cleared: [], note: '' }, null, 9);
    expect((await fakeBrowser.storage.local.get('setAside:unreadable:9:inviter:person-1'))['setAside:unreadable:9:inviter:person-1']).toBe(
      'not a record',
    );
  });
});

describe('saves against a stale copy', () => {
  it('merge fields changed in different places, and never overwrite a field changed since the copy', async () => {
    const first = await store.saveChanges('p', { answers: { knows: 'yes' }, cleared: [], note: 'from the first popup' }, null, 10);
    const copy = { revision: first.record.updatedAt, answers: first.record.answers, note: first.record.note };
    // Another popup, from the same copy, answers a second question: merged.
    const second = await store.saveChanges('p', { answers: { trusts: 'yes' }, cleared: [], basis: copy }, null, 11);
    expect(second).toMatchObject({ conflicts: [], stale: false, record: { answers: { knows: 'yes', trusts: 'yes' } } });
    // The first popup, still at the old revision, changes the note and the trust answer, both changed since? Only trusts was.
    const third = await store.saveChanges('p', { answers: { trusts: 'no' }, cleared: [], note: 'newer', basis: copy }, null, 12);
    expect(third.stale).toBe(true);
    expect(third.conflicts).toEqual(['trusts']);
    expect(third.record).toMatchObject({ answers: { knows: 'yes', trusts: 'yes' }, note: 'newer' });
  });

  it('after a delete-all, a click from an old copy does not bring a deleted note back', async () => {
    const first = await store.saveChanges('p', { answers: {}, cleared: [], note: 'secret' }, null, 10);
    await fakeBrowser.storage.local.clear();
    const copy = { revision: first.record.updatedAt, answers: {}, note: 'secret' };
    await store.saveChanges('p', { answers: { knows: 'yes' }, cleared: [], basis: copy }, null, 11);
    expect(await store.getRecord('p')).toMatchObject({ answers: { knows: 'yes' }, note: '' });
    // The note itself, from the old copy: a conflict, the deleted note stays deleted.
    const again = await store.saveChanges('p', { answers: {}, cleared: [], note: 'secret!', basis: copy }, null, 12);
    expect(again.conflicts).toEqual(['note']);
    expect((await store.getRecord('p'))?.note).toBe('');
  });

  it('moves the revision strictly forward, even within one millisecond', async () => {
    const a = await store.saveChanges('p', { answers: { knows: 'yes' }, cleared: [], note: '' }, null, 10);
    const b = await store.saveChanges('p', { answers: { knows: 'no' }, cleared: [], note: '' }, null, 10);
    expect(b.record.updatedAt).toBeGreaterThan(a.record.updatedAt);
  });
});

describe('names, prototype slugs and badge clicks', () => {
  it('keeps the name of a person the user wrote about, and says the one LinkedIn shows now', async () => {
    await report(1, [stranger(1, 'Marcus Feld')], 1);
    await store.saveChanges('person-1', { answers: {}, cleared: [], note: 'met at onboarding' }, null, 2);
    await report(1, [stranger(1, 'Someone Else')], 3);
    expect((await store.getRecord('person-1'))?.name).toBe('Marcus Feld');
    const view = await handlePageMessage({ type: 'get-tab-view', tabId: 1 }, 4);
    expect(view.inviters[0]).toMatchObject({ name: 'Marcus Feld', shownAs: 'Someone Else' });
  });

  it('gives __proto__, constructor and prototype their verdicts like anyone else', async () => {
    const slugs = ['__proto__', 'constructor', 'prototype'];
    await store.saveChanges('constructor', { answers: { knows: 'no' }, cleared: [], note: '' }, null, 1);
    const reply = await report(
      1,
      slugs.map((profile, i) => ({ ...stranger(i), profile })),
      2,
    );
    expect(Object.getPrototypeOf(reply.verdicts)).toBeNull();
    expect(Object.keys(reply.verdicts)).toEqual(slugs);
    expect(Object.hasOwn(reply.verdicts, '__proto__') && reply.verdicts['__proto__']).toBe('undecided');
    expect(reply.verdicts['constructor']).toBe('leave-pending');
  });

  it('counts a badge click only for a person that tab reported', async () => {
    await report(1, [stranger(1)], 1);
    await handleContentMessage({ type: 'badge-click', profile: 'person-2' }, 1, 2);
    expect(await store.getSelected(1)).toBeNull();
    await handleContentMessage({ type: 'badge-click', profile: 'person-1' }, 2, 2);
    expect(await store.getSelected(2)).toBeNull();
    await handleContentMessage({ type: 'badge-click', profile: 'person-1' }, 1, 2);
    expect(await store.getSelected(1)).toBe('person-1');
  });
});
