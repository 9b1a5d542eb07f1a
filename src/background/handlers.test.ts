import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invitation } from '../core/types';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { handleContentMessage, handlePageMessage } = await import('./handlers');
const store = await import('./store');

const marcus: Invitation = {
  profile: 'marcus-feld-hr',
  name: 'Marcus Feld',
  headline: 'HR Manager at Northwind Analytics | People & Culture',
  mutual: 'Elena Vasquez and 30 other mutual connections',
  age: 'Yesterday',
  message: '',
};
const priya: Invitation = {
  ...marcus,
  profile: 'priya-raman-4b2a1c',
  name: 'Priya Raman',
  headline: 'Senior Data Engineer at Northwind Analytics',
};

/** Nothing stored yet about a person, or only that they were seen: revision 0, no answer, no note. */
const UNANSWERED = { revision: 0, answers: {}, note: '' };

const report = (tabId: number, invitations: Invitation[], now = 1000) =>
  handleContentMessage(
    { type: 'tab-report', page: 'invitation-manager', invitations, removed: [], reset: true, unrecognised: false },
    tabId,
    now,
  );

describe('background handlers', () => {
  let sent: Array<[number, unknown]>;
  let badgeTexts: Array<{ tabId?: number; text?: string | null }>;
  beforeEach(async () => {
    fakeBrowser.reset();
    await store.changeSettings({ companies: ['Northwind Analytics'] });
    sent = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
    });
    badgeTexts = [];
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async (details: { tabId?: number; text?: string | null }) => {
      badgeTexts.push(details);
    });
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    fakeBrowser.i18n.getMessage = ((key: string) => key) as never;
  });

  it('answers a tab report with "undecided" for new inviters and remembers them', async () => {
    expect(await report(4, [marcus, priya])).toEqual({
      verdicts: { 'marcus-feld-hr': 'undecided', 'priya-raman-4b2a1c': 'undecided' },
      next: { 'marcus-feld-hr': 'knows', 'priya-raman-4b2a1c': 'knows' },
    });
    expect(badgeTexts).toEqual([{ tabId: 4, text: '2' }]);
    await handleContentMessage(
      { type: 'tab-report', page: 'other', invitations: [], removed: [], reset: true, unrecognised: false },
      4,
      1100,
    );
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '' });
    const record = await store.getRecord('marcus-feld-hr');
    expect(record).toMatchObject({ name: 'Marcus Feld', firstSeen: 1000, lastSeen: 1000, answers: {}, note: '', updatedAt: 0 });
  });

  it('saves answers, pushes the new verdict to the tab showing the inviter, and keeps them through later reports', async () => {
    await report(4, [marcus, priya]);
    await report(9, [priya]);
    // Insider pre-filled from the headline: HR. Know + trust is not enough for HR: the visibility question comes next.
    const { view: halfway } = await handlePageMessage(
      {
        type: 'change-inviter',
        profile: 'marcus-feld-hr',
        answers: { knows: 'yes', trusts: 'yes' },
        cleared: [],
        note: 'met at onboarding',
        basis: UNANSWERED,
      },
      1500,
    );
    expect(halfway).toMatchObject({ suggestedInsider: 'hr', advice: { verdict: 'undecided', reasons: ['reasonNextVisibilityWorry'] } });
    expect(sent).toEqual([
      [
        4,
        {
          type: 'verdicts',
          verdicts: { 'marcus-feld-hr': 'undecided', 'priya-raman-4b2a1c': 'undecided' },
          next: { 'marcus-feld-hr': 'visibilityWorry', 'priya-raman-4b2a1c': 'knows' },
        },
      ],
    ]);
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '2' });
    sent = [];
    const answers = { knows: 'yes', trusts: 'yes', visibilityWorry: 'no', hesitates: 'no' } as const;
    // The popup sends only what changed since its copy (read at the first save's revision).
    const { view, conflicts } = await handlePageMessage(
      {
        type: 'change-inviter',
        profile: 'marcus-feld-hr',
        answers: { visibilityWorry: 'no', hesitates: 'no' },
        cleared: [],
        basis: { revision: halfway.updatedAt, answers: {} },
      },
      2000,
    );
    expect(conflicts).toEqual([]);
    expect(view).toMatchObject({ suggestedInsider: 'hr', advice: { verdict: 'accept', reasons: ['reasonKnowTrustInsider'] } });
    expect(sent).toEqual([
      [
        4,
        {
          type: 'verdicts',
          verdicts: { 'marcus-feld-hr': 'accept', 'priya-raman-4b2a1c': 'undecided' },
          next: { 'priya-raman-4b2a1c': 'knows' },
        },
      ],
    ]);
    // The toolbar button of tab 4 counts what still waits for answers: Priya only.
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '1' });

    expect(await report(4, [{ ...marcus, headline: 'HR Director at Northwind Analytics' }], 3000)).toEqual({
      verdicts: { 'marcus-feld-hr': 'accept' },
      next: {},
    });
    expect(await store.getRecord('marcus-feld-hr')).toMatchObject({
      answers,
      note: 'met at onboarding',
      headline: 'HR Director at Northwind Analytics',
      firstSeen: 1000,
      lastSeen: 3000,
      updatedAt: 2000,
    });
  });

  it('describes a tab: its page, its inviters with advice, and the badge clicked last (once)', async () => {
    await report(4, [marcus, priya]);
    await handleContentMessage({ type: 'badge-click', profile: 'priya-raman-4b2a1c' }, 4, 1500);
    const view = (await handlePageMessage({ type: 'get-tab-view', tabId: 4 }, 2000)) as {
      page: string;
      selected: string;
      inviters: Array<{ profile: string; onTab: boolean }>;
    };
    expect(view.page).toBe('invitation-manager');
    expect(view.selected).toBe('priya-raman-4b2a1c');
    expect(view.inviters.map((i) => [i.profile, i.onTab])).toEqual([
      ['marcus-feld-hr', true],
      ['priya-raman-4b2a1c', true],
    ]);
    expect(await handlePageMessage({ type: 'get-tab-view', tabId: 4 }, 2100)).toMatchObject({ selected: null });
    expect(await handlePageMessage({ type: 'get-tab-view', tabId: 77 }, 2100)).toEqual({
      page: 'other',
      inviters: [],
      selected: null,
      unrecognised: false,
    });
  });

  it('passes on that a page shows invitations it could not recognise, and fetches its anonymised report', async () => {
    await handleContentMessage(
      { type: 'tab-report', page: 'invitation-manager', invitations: [], removed: [], reset: true, unrecognised: true },
      5,
      1000,
    );
    expect(await handlePageMessage({ type: 'get-tab-view', tabId: 5 }, 1100)).toMatchObject({ inviters: [], unrecognised: true });
    // The report is built by page-report.js, added to the tab's top frame and then called there.
    const injections: unknown[] = [];
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      injections.push(injection);
      return [{ documentId: 'd', frameId: 0, result: { text: '<li role="listitem">•••</li>', truncated: false, extra: 'dropped' } }];
    });
    expect(await handlePageMessage({ type: 'get-page-report', tabId: 5 }, 1200)).toEqual({
      text: '<li role="listitem">•••</li>',
      truncated: false,
    });
    expect(injections[0]).toEqual({ target: { tabId: 5, frameIds: [0] }, files: ['page-report.js'] });
    expect(injections[1]).toMatchObject({ target: { tabId: 5, frameIds: [0] }, func: expect.any(Function) });
    // A tab we cannot reach (or an answer of the wrong shape) gives a clear error, not a crash.
    execute.mockResolvedValue([{ documentId: 'd', frameId: 0, result: { text: 42 } }] as never);
    expect(await handlePageMessage({ type: 'get-page-report', tabId: 5 }, 1250)).toEqual({ error: 'no-report' });
    execute.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await handlePageMessage({ type: 'get-page-report', tabId: 5 }, 1300)).toEqual({ error: 'no-report' });
  });

  it('adds the invitation-page code to the tab of the loader that asks, and says whether it could', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await handleContentMessage({ type: 'load-invitations' }, 8, 1000)).toEqual({ loaded: true });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 8, frameIds: [0] }, files: ['invitations.js'] });
    // The mode follows as a message too: a page replaced between the two injections lacks the first.
    expect(sent).toEqual([[8, { type: 'mode', popupOnly: false }]]);
    execute.mockRejectedValue(new Error('No tab with id: 8'));
    expect(await handleContentMessage({ type: 'load-invitations' }, 8, 1100)).toEqual({ loaded: false });
    expect(sent).toHaveLength(1);
  });

  it('merges a tab report sent in chunks: added, changed in place, removed; the reply covers the chunk', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...marcus, profile: `person-${i}`, name: `Person ${i}` }));
    const chunk = (invitations: Invitation[], reset: boolean, removed: string[] = []) =>
      handleContentMessage({ type: 'tab-report', page: 'invitation-manager', invitations, removed, reset, unrecognised: false }, 4, 1000);
    const first = await chunk(many.slice(0, 500), true);
    expect(Object.keys(first.verdicts)).toHaveLength(500);
    await chunk(many.slice(500, 1000), false);
    const last = await chunk(many.slice(1000), false);
    expect(Object.keys(last.verdicts)).toEqual(many.slice(1000).map((i) => i.profile));
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '1200' });
    const profiles = async () => (await store.getTabContents(4))!.invitations.map((i) => i.profile);
    expect(await profiles()).toEqual(many.map((i) => i.profile));
    // A card re-read with a new headline keeps its place; removed ones go; the count follows.
    await chunk([{ ...many[3]!, headline: 'New headline' }], false, ['person-0', 'person-1199']);
    expect((await profiles()).slice(0, 3)).toEqual(['person-1', 'person-2', 'person-3']);
    expect((await store.getTabContents(4))!.invitations[2]!.headline).toBe('New headline');
    expect(await profiles()).toHaveLength(1198);
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '1198' });
    // A reset starts afresh, and so does a chunk about another page than the one stored.
    await chunk([priya], true);
    expect(await profiles()).toEqual(['priya-raman-4b2a1c']);
    await handleContentMessage(
      { type: 'tab-report', page: 'network-strip', invitations: [marcus], removed: [], reset: false, unrecognised: false },
      4,
      1100,
    );
    expect(await store.getTabContents(4)).toMatchObject({ page: 'network-strip', invitations: [marcus] });
  });

  it('counts a badge click only for a person that tab reported: a page cannot pick whom the popup opens on', async () => {
    await report(4, [marcus]);
    await report(6, [priya]);
    // Priya is on tab 6, not 4; a made-up slug is on no tab.
    expect(await handleContentMessage({ type: 'badge-click', profile: 'priya-raman-4b2a1c' }, 4, 1500)).toEqual({ opened: false });
    expect(await handleContentMessage({ type: 'badge-click', profile: 'someone-else' }, 4, 1510)).toEqual({ opened: false });
    expect(await store.getSelected(4)).toBeNull();
    await handleContentMessage({ type: 'badge-click', profile: 'marcus-feld-hr' }, 4, 1520);
    expect(await store.getSelected(4)).toBe('marcus-feld-hr');
  });

  it('forgets a clicked badge once the tab no longer shows that inviter', async () => {
    await report(4, [marcus, priya]);
    await handleContentMessage({ type: 'badge-click', profile: 'priya-raman-4b2a1c' }, 4, 1500);
    await report(4, [marcus, priya], 1600);
    expect(await store.getSelected(4)).toBe('priya-raman-4b2a1c');
    await handleContentMessage(
      { type: 'tab-report', page: 'other', invitations: [], removed: [], reset: true, unrecognised: false },
      4,
      1700,
    );
    expect(await store.getSelected(4)).toBeNull();
  });

  it('searches the inviters the user answered, by name, headline and note, most recently answered first', async () => {
    await report(4, [marcus, priya]);
    const none = (await handlePageMessage({ type: 'search-inviters', query: '', limit: 10 }, 6000)) as { total: number };
    expect(none.total).toBe(0);
    await handlePageMessage(
      { type: 'change-inviter', profile: 'marcus-feld-hr', answers: {}, cleared: [], note: 'HR', basis: UNANSWERED },
      4000,
    );
    await handlePageMessage(
      {
        type: 'change-inviter',
        profile: 'priya-raman-4b2a1c',
        answers: { knows: 'yes' },
        cleared: [],
        note: 'team lunch',
        basis: UNANSWERED,
      },
      5000,
    );
    const all = (await handlePageMessage({ type: 'search-inviters', query: '', limit: 10 }, 6000)) as {
      total: number;
      inviters: Array<{ profile: string }>;
    };
    expect(all.total).toBe(2);
    expect(all.inviters.map((i) => i.profile)).toEqual(['priya-raman-4b2a1c', 'marcus-feld-hr']);
    const byNote = (await handlePageMessage({ type: 'search-inviters', query: 'LUNCH', limit: 10 }, 6000)) as { total: number };
    expect(byNote.total).toBe(1);
    const limited = (await handlePageMessage({ type: 'search-inviters', query: 'northwind', limit: 1 }, 6000)) as {
      total: number;
      inviters: unknown[];
    };
    expect([limited.total, limited.inviters.length]).toEqual([2, 1]);
  });

  it('applies every one of many writes to one inviter, interleaved with the page’s reports', async () => {
    await report(4, [marcus]);
    const writes: Promise<unknown>[] = [];
    // The popup's saves run one after another, each from the copy the previous one returned; the
    // page's reports arrive meanwhile, each moving lastSeen under the same lock.
    let copy: { revision: number; answers: { knows?: 'yes' }; note: string } = UNANSWERED;
    let saves: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < 50; i++) {
      writes.push(report(4, [{ ...marcus, age: `${i} days ago` }], 10_000 + i));
      saves = saves.then(async () => {
        const { view, conflicts } = await handlePageMessage(
          { type: 'change-inviter', profile: 'marcus-feld-hr', answers: { knows: 'yes' }, cleared: [], note: `note ${i}`, basis: copy },
          20_000 + i,
        );
        expect(conflicts).toEqual([]);
        copy = { revision: view.updatedAt, answers: { knows: 'yes' }, note: view.note };
      });
      writes.push(saves);
    }
    await Promise.all(writes);
    expect(await store.getRecord('marcus-feld-hr')).toMatchObject({
      note: 'note 49',
      lastSeen: 10_049,
      updatedAt: 20_049,
      answers: { knows: 'yes' },
    });
  });

  it('tells every LinkedIn tab when popup-only mode changes, and keeps the companies', async () => {
    await report(4, [marcus]);
    await handleContentMessage(
      { type: 'tab-report', page: 'other', invitations: [], removed: [], reset: true, unrecognised: false },
      6,
      1000,
    );
    expect(await handlePageMessage({ type: 'save-settings', settings: { popupOnly: true } }, 2000)).toEqual({
      companies: ['Northwind Analytics'],
      popupOnly: true,
    });
    expect(sent).toEqual([
      [4, { type: 'mode', popupOnly: true }],
      [6, { type: 'mode', popupOnly: true }],
    ]);
  });

  it('re-sends verdicts to every tab after the companies change', async () => {
    await report(4, [marcus]);
    await handlePageMessage(
      {
        type: 'change-inviter',
        profile: 'marcus-feld-hr',
        answers: { knows: 'yes', trusts: 'yes', visibilityWorry: 'yes' },
        cleared: [],
        basis: UNANSWERED,
      },
      2000,
    );
    sent = [];
    // Without a company of the user's, nothing is pre-filled: whether Marcus works there is asked next.
    await handlePageMessage({ type: 'save-settings', settings: { companies: [] } }, 3000);
    expect(sent).toEqual([[4, { type: 'verdicts', verdicts: { 'marcus-feld-hr': 'undecided' }, next: { 'marcus-feld-hr': 'insider' } }]]);
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '1' });
    await handlePageMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics'] } }, 3000);
    expect(sent.at(-1)).toEqual([4, { type: 'verdicts', verdicts: { 'marcus-feld-hr': 'leave-pending' }, next: {} }]);
    expect(badgeTexts.at(-1)).toEqual({ tabId: 4, text: '' });
  });
});
