import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invitation } from '../core/types';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { handleContentMessage, handlePageMessage } = await import('./handlers');

const invitation = (profile: string, name: string): Invitation => ({
  profile,
  name,
  headline: `${name}, HR at Northwind Analytics`,
  mutual: '',
  age: '',
  message: '',
});
const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));
const page = (message: object, now = 5000) => handlePageMessage(message as never, now);

describe('export, import, delete all', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await fakeBrowser.storage.local.set({ schemaVersion: 1 });
    await page({ type: 'save-settings', settings: { companies: ['Northwind Analytics'], popupOnly: true } });
    await handleContentMessage(
      {
        type: 'tab-report',
        page: 'invitation-manager',
        invitations: [invitation('marcus-feld-hr', 'Marcus Feld'), invitation('李明-8a1b2c3d', '李明 🚀')],
        removed: [],
        reset: true,
        unrecognised: false,
      },
      3,
      1000,
    );
    await page(
      {
        type: 'change-inviter',
        profile: 'marcus-feld-hr',
        answers: { knows: 'yes', trusts: 'no' },
        cleared: [],
        note: 'two\nlines 🙂',
        basis: { revision: 0, answers: {}, note: '' },
      },
      2000,
    );
  });

  /** What the popup's copy of Marcus holds after the save above (revision 2000). */
  const SAVED = { revision: 2000, answers: { knows: 'yes', trusts: 'no' }, note: 'two\nlines 🙂' };

  it('round trip: export, delete all, import gives back identical data', async () => {
    const before = await snapshot();
    const file = await page({ type: 'export-data' });
    expect(await page({ type: 'delete-all' })).toEqual({ ok: true });
    expect(await snapshot()).toEqual({ schemaVersion: 1 });
    const outcome = await page({ type: 'import-data', text: JSON.stringify(file), mode: 'replace' });
    expect(outcome).toEqual({ ok: true, written: 2, removed: 0, total: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), 'NotJson'],
    ['wrong version', (text: string) => text.replace('"version":1', '"version":99'), 'NewerVersion'],
    ['malformed', (text: string) => text.replace('"trusts":"no"', '"trusts":"perhaps"'), 'Invalid'],
    ['not an export', () => '{"some":"thing"}', 'NotExport'],
  ])('a %s file is refused and storage stays exactly as it was', async (_what, spoil, code) => {
    const text = JSON.stringify(await page({ type: 'export-data' }));
    await page(
      {
        type: 'change-inviter',
        profile: 'marcus-feld-hr',
        answers: { knows: 'no' },
        cleared: ['trusts'],
        note: 'changed since the export',
        basis: SAVED,
      },
      3000,
    );
    const before = await snapshot();
    const outcome = (await page({ type: 'import-data', text: spoil(text), mode: 'replace' })) as { ok: boolean; error?: { code: string } };
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('merge keeps the newer answer of each inviter and adds the new ones', async () => {
    const file = JSON.parse(JSON.stringify(await page({ type: 'export-data' })));
    file.inviters.push({ ...file.inviters[0], profile: 'new-person', name: 'New Person', updatedAt: 9000 });
    await page(
      { type: 'change-inviter', profile: 'marcus-feld-hr', answers: { trusts: 'yes' }, cleared: [], note: 'newer here', basis: SAVED },
      4000,
    );
    const outcome = await page({ type: 'import-data', text: JSON.stringify(file), mode: 'merge' });
    expect(outcome).toEqual({ ok: true, written: 1, removed: 0, total: 3 });
    const stored = await fakeBrowser.storage.local.get(['inviter:marcus-feld-hr', 'inviter:new-person']);
    expect(stored['inviter:marcus-feld-hr']).toMatchObject({ note: 'newer here' });
    expect(stored['inviter:new-person']).toMatchObject({ name: 'New Person' });
  });

  it('tells open tabs after an import or a delete-all', async () => {
    const sent = vi.mocked(fakeBrowser.tabs.sendMessage);
    sent.mockClear();
    await page({ type: 'delete-all' });
    expect(sent.mock.calls).toEqual([
      [3, { type: 'mode', popupOnly: false }],
      [
        3,
        {
          type: 'verdicts',
          verdicts: { 'marcus-feld-hr': 'undecided', '李明-8a1b2c3d': 'undecided' },
          next: { 'marcus-feld-hr': 'knows', '李明-8a1b2c3d': 'knows' },
        },
      ],
    ]);
  });

  it('reports the storage in use', async () => {
    const use = (await page({ type: 'storage-use' })) as unknown as { own: number; seen: number; bytes: number };
    // Marcus answered; 李明 only seen.
    expect([use.own, use.seen]).toEqual([1, 1]);
    expect(use.bytes).toBe(new TextEncoder().encode(JSON.stringify(await fakeBrowser.storage.local.get(null))).length);
  });
});
