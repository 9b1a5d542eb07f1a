// Issue 14 in the background: the decision history written with each answer change, the
// outsider→insider re-ask (a report with a changed headline, a company added), the pending list
// and its dismissal. Through the handlers, as the popup, options page and tabs reach them.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_CAP } from '../core/history';
import type { Answers, Invitation } from '../core/types';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { handleContentMessage, handlePageMessage } = await import('./handlers');
const store = await import('./store');

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 2, 1);

const jonas: Invitation = {
  profile: 'jonas-weber-nw',
  name: 'Jonas Weber',
  headline: 'Engineering Manager at Fabrikam GmbH',
  mutual: '',
  age: '',
  message: '',
};
const moved: Invitation = { ...jonas, headline: 'Engineering Manager at Northwind Analytics' };

const report = (tabId: number, invitations: Invitation[], now: number) =>
  handleContentMessage(
    { type: 'tab-report', page: 'invitation-manager', invitations, removed: [], reset: true, unrecognised: false },
    tabId,
    now,
  );

/** Saves answers the way the popup does: against what it read. */
async function answer(profile: string, answers: Answers, now: number) {
  const view = await handlePageMessage({ type: 'get-inviter', profile }, now);
  return handlePageMessage(
    {
      type: 'change-inviter',
      profile,
      answers,
      cleared: [],
      basis: { revision: view?.updatedAt ?? 0, answers: view?.answers ?? {}, note: view?.note ?? '' },
    },
    now,
  );
}

let sent: Array<[number, unknown]>;
beforeEach(async () => {
  fakeBrowser.reset();
  await store.changeSettings({ companies: ['Northwind Analytics'] });
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => void sent.push([tabId, message]));
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  fakeBrowser.i18n.getMessage = ((key: string) => key) as never;
});

describe('decision history', () => {
  it('keeps when the user answered what, with the suggestion then and the headline seen', async () => {
    await report(1, [jonas], T0);
    await answer(jonas.profile, { knows: 'yes' }, T0 + DAY);
    const { view } = await answer(jonas.profile, { trusts: 'yes', insider: 'no' }, T0 + 2 * DAY);
    expect(view.history).toEqual([
      { at: T0 + DAY, kind: 'answered', answers: { knows: 'yes' }, verdict: 'undecided', headline: jonas.headline, guessedInsider: null },
      {
        at: T0 + 2 * DAY,
        kind: 'answered',
        answers: { knows: 'yes', trusts: 'yes', insider: 'no' },
        verdict: 'accept',
        headline: jonas.headline,
        guessedInsider: null,
      },
    ]);
    // A note alone is no decision: no entry.
    const stored = await store.getRecord(jonas.profile);
    await handlePageMessage(
      {
        type: 'change-inviter',
        profile: jonas.profile,
        answers: {},
        cleared: [],
        note: 'hi',
        basis: { revision: stored!.updatedAt, answers: stored!.answers, note: '' },
      },
      T0 + 3 * DAY,
    );
    expect((await store.getRecord(jonas.profile))?.history).toHaveLength(2);
  });

  it(`is capped at ${HISTORY_CAP} entries, the first one kept`, async () => {
    for (let i = 0; i < HISTORY_CAP + 15; i++) await answer(jonas.profile, { knows: 'yes', trusts: i % 2 ? 'yes' : 'unsure' }, T0 + i);
    const history = (await store.getRecord(jonas.profile))!.history!;
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]!.at).toBe(T0);
    expect(history.at(-1)!.at).toBe(T0 + HISTORY_CAP + 14);
  });
});

describe('outsider → insider: asked again', () => {
  beforeEach(async () => {
    await report(1, [jonas], T0);
    await answer(jonas.profile, { knows: 'yes', trusts: 'yes', insider: 'no' }, T0 + DAY);
  });

  it('when a report shows a headline that now names the user’s company: no suggestion yet, the reason, both headlines, the badge says so', async () => {
    const reply = await report(2, [moved], T0 + 30 * DAY);
    expect(reply).toEqual({ verdicts: { [jonas.profile]: 'undecided' }, next: { [jonas.profile]: 'nowInsider' } });
    const view = (await handlePageMessage({ type: 'get-inviter', profile: jonas.profile }, 0))!;
    expect(view.answers).toEqual({ knows: 'yes', trusts: 'yes' });
    expect(view.advice).toEqual({ verdict: 'undecided', reasons: ['reasonNextNowInsider'], tips: [] });
    expect(view.reask).toEqual({ then: jonas.headline, now: moved.headline });
    expect(view.history.at(-1)).toMatchObject({
      kind: 'reasked',
      headlineBefore: jonas.headline,
      headline: moved.headline,
      guessedInsider: 'colleague',
    });
    // The tab that first showed Jonas hears it too.
    expect(sent).toContainEqual([
      1,
      { type: 'verdicts', verdicts: { [jonas.profile]: 'undecided' }, next: { [jonas.profile]: 'nowInsider' } },
    ]);
  });

  it('only once: the user answering "not at my company" again, with the company in the headline, is believed', async () => {
    await report(2, [moved], T0 + 30 * DAY);
    await answer(jonas.profile, { insider: 'no' }, T0 + 31 * DAY);
    expect(await report(2, [moved], T0 + 32 * DAY)).toEqual({ verdicts: { [jonas.profile]: 'accept' }, next: {} });
  });

  it('not while the headline names no company of the user’s', async () => {
    expect(await report(2, [{ ...jonas, headline: 'Director at Fabrikam GmbH' }], T0 + 30 * DAY)).toEqual({
      verdicts: { [jonas.profile]: 'accept' },
      next: {},
    });
  });

  it('when the user adds a company that the stored headline names', async () => {
    await handlePageMessage({ type: 'save-settings', settings: { companies: ['Northwind Analytics', 'Fabrikam GmbH'] } }, T0 + 40 * DAY);
    const view = (await handlePageMessage({ type: 'get-inviter', profile: jonas.profile }, 0))!;
    expect(view.advice.reasons).toEqual(['reasonNextNowInsider']);
    expect(view.reask).toEqual({ then: jonas.headline, now: jonas.headline });
    expect(sent).toContainEqual([
      1,
      { type: 'verdicts', verdicts: { [jonas.profile]: 'undecided' }, next: { [jonas.profile]: 'nowInsider' } },
    ]);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'store-changed', profiles: [jonas.profile] });
  });
});

describe('invitations waiting for a decision', () => {
  const person = (profile: string, name: string): Invitation => ({ ...jonas, profile, name, headline: '' });

  it('lists those left pending, oldest first, until dismissed; a dismissal is kept and can be undone', async () => {
    await report(1, [person('cy', 'Cy')], T0 + 2 * DAY);
    await report(1, [person('ada', 'Ada'), person('bo', 'Bo'), person('ed', 'Ed')], T0);
    await answer('cy', { knows: 'no' }, T0 + 3 * DAY);
    await answer('bo', { knows: 'no' }, T0 + 3 * DAY);
    await answer('ada', { knows: 'yes', trusts: 'unsure' }, T0 + 3 * DAY);
    await answer('ed', { knows: 'yes' }, T0 + 3 * DAY); // no suggestion yet: not on the list
    const names = async () => (await handlePageMessage({ type: 'pending-inviters' }, T0 + 40 * DAY)).map((v) => [v.name, v.firstSeen]);
    expect(await names()).toEqual([
      ['Ada', T0],
      ['Bo', T0],
      ['Cy', T0 + 2 * DAY],
    ]);
    const dismissed = await handlePageMessage({ type: 'dismiss-inviter', profile: 'bo', dismissed: true }, T0 + 41 * DAY);
    expect(dismissed?.dismissedAt).toBe(T0 + 41 * DAY);
    expect((await store.getRecord('bo'))?.answers).toEqual({ knows: 'no' });
    expect(await names()).toEqual([
      ['Ada', T0],
      ['Cy', T0 + 2 * DAY],
    ]);
    await handlePageMessage({ type: 'dismiss-inviter', profile: 'bo', dismissed: false }, T0 + 42 * DAY);
    expect((await names()).map(([n]) => n)).toEqual(['Ada', 'Bo', 'Cy']);
    expect(await handlePageMessage({ type: 'dismiss-inviter', profile: 'nobody', dismissed: true }, T0)).toBeNull();
    // The toolbar count is still the tab's unanswered invitations only: Ed, on tab 1 (Cy left its list).
    const texts = vi.mocked(fakeBrowser.action.setBadgeText).mock.calls.map(([details]) => details);
    expect(texts.at(-1)).toEqual({ tabId: 1, text: '1' });
  });
});

describe('the inviter’s profile page (issue 14, part 1)', () => {
  it('carries the facts only a profile shows from its tab report to the popup’s tab view', async () => {
    const owner: Invitation = { ...jonas, degree: '2nd', verified: true, mutual: 'Priya Raman and 3 other mutual connections' };
    await handleContentMessage(
      { type: 'tab-report', page: 'profile', invitations: [owner], removed: [], reset: true, unrecognised: false },
      7,
      T0,
    );
    const view = await handlePageMessage({ type: 'get-tab-view', tabId: 7 }, T0);
    expect(view.page).toBe('profile');
    expect(view.inviters).toHaveLength(1);
    expect(view.inviters[0]).toMatchObject({
      profile: jonas.profile,
      headline: jonas.headline,
      degree: '2nd',
      verified: true,
      mutual: owner.mutual,
    });
    // A list card says neither: the view does not invent them.
    await report(8, [jonas], T0);
    const card = (await handlePageMessage({ type: 'get-tab-view', tabId: 8 }, T0)).inviters[0]!;
    expect(card).not.toHaveProperty('degree');
    expect(card).not.toHaveProperty('verified');
  });
});
