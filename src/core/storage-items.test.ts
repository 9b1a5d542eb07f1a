import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  inviterRecords,
  schemaVersion,
  selectedBadge,
  setAside,
  setTogether,
  settings,
  tabContents,
  type TabContents,
} from './storage-items';

const storage = fakeBrowser.storage;
const record = {
  profile: 'ada',
  name: 'Ada',
  headline: '',
  answers: { knows: 'yes' },
  note: '',
  firstSeen: 1,
  lastSeen: 2,
  updatedAt: 3,
} as const;
const contents: TabContents = { page: 'invitation-manager', invitations: [], unrecognised: false };

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  // The layout in storage is what every earlier build wrote and every migration reads: it stays.
  it('keeps the keys and areas of the stored layout', () => {
    expect([schemaVersion, settings].map((item) => `${item.area} ${item.key}`)).toEqual(['local schemaVersion', 'local settings']);
    expect([inviterRecords.key('ada'), setAside.key('0:inviter:ada'), tabContents.key(4), selectedBadge.key(4)]).toEqual([
      'inviter:ada',
      'setAside:0:inviter:ada',
      'tab:4',
      'selected:4',
    ]);
    expect([inviterRecords, setAside, tabContents, selectedBadge].map((family) => family.area)).toEqual([
      'local',
      'local',
      'session',
      'session',
    ]);
  });

  it('reads what is absent or unreadable as the default, locally and in the session alike', async () => {
    expect(await settings.get(storage)).toEqual({ companies: [], popupOnly: false });
    expect(await schemaVersion.get(storage)).toBe(0);
    await storage.local.set({ settings: { companies: 'Northwind' }, 'inviter:ada': { ...record, updatedAt: -1 } });
    await storage.session.set({ 'tab:4': { page: 'feed', invitations: [] }, 'selected:4': '../settings' });
    expect(await settings.get(storage)).toEqual({ companies: [], popupOnly: false });
    expect(await inviterRecords.get(storage, 'ada')).toBeNull();
    expect(await tabContents.get(storage, 4)).toBeNull();
    expect(await selectedBadge.get(storage, 4)).toBeNull();
    expect(await tabContents.getAll(storage)).toEqual(new Map());
  });

  it('writes and reads back each family by id, and removes only its own keys', async () => {
    await inviterRecords.set(storage, 'ada', record);
    await tabContents.set(storage, 4, contents);
    await selectedBadge.set(storage, 4, 'ada');
    await storage.session.set({ 'selected:bad': 'x', other: 1 });
    expect(await inviterRecords.getMany(storage, ['ada', 'bo'])).toEqual(new Map([['ada', record]]));
    expect(await tabContents.getAll(storage)).toEqual(new Map([[4, contents]]));
    expect(await selectedBadge.get(storage, 4)).toBe('ada');
    await selectedBadge.removeAll(storage);
    expect(await storage.session.get(null)).toEqual({ 'tab:4': contents, 'selected:bad': 'x', other: 1 });
  });

  it('writes several items of one area in one call', async () => {
    const calls: string[][] = [];
    const local = { ...storage.local, set: async (items: Record<string, unknown>) => void calls.push(Object.keys(items)) };
    await setTogether({ local, session: storage.session }, [
      settings.write({ companies: ['Contoso'], popupOnly: true }),
      inviterRecords.write(new Map([['ada', record]])),
    ]);
    expect(calls).toEqual([['settings', 'inviter:ada']]);
  });
});
