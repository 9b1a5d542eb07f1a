import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardReadings } from './card-reader';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

// What the readers found in a card is page text, whichever document read it: the background
// parses each reading as it parses a tab-report's invitations, and a reading that does not pass
// (a slug that is no slug, no name, a badge place that is no path) is no invitation at all.

let readings: CardReadings = [];
vi.mock('./card-reader', () => ({ readCards: async () => readings }));
const { handleContentMessage } = await import('./handlers');
const store = await import('./store');

const good = { profile: 'lena-fischer', name: 'Lena Fischer', headline: 'Engineer', mutual: '', age: '', message: '' };

describe('tab-cards: each reading parsed like a report', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  });

  it('keeps only the readings that pass, their text made plain and capped', async () => {
    readings = [
      { invitation: { ...good, name: `Lena\u202E Fischer ${'x'.repeat(300)}` }, controls: [0, 2] },
      { invitation: { ...good, profile: 'two/slugs' }, controls: [0] },
      { invitation: { ...good, profile: 'nameless', name: '' }, controls: [0] },
      { invitation: { ...good, profile: 'minus' }, controls: [-1] },
      { invitation: { ...good, profile: 'halves' }, controls: [0.5] },
      { invitation: { ...good, profile: 'too-deep' }, controls: Array.from({ length: 65 }, () => 0) },
      null,
    ];
    const reply = await handleContentMessage(
      {
        type: 'tab-cards',
        page: 'invitation-manager',
        lang: 'en',
        cards: readings.map(() => '<div></div>'),
        removed: [],
        reset: true,
        unrecognised: false,
      },
      3,
      1000,
    );
    const [first, ...rest] = reply.cards;
    expect(first?.profile).toBe('lena-fischer');
    expect(first?.controls).toEqual([0, 2]);
    expect(first?.name.startsWith('Lena Fischer x')).toBe(true);
    expect(first?.name).toHaveLength(200);
    expect(rest).toEqual([null, null, null, null, null, null]);
    expect((await store.getTabContents(3))?.invitations.map((i) => i.profile)).toEqual(['lena-fischer']);
    expect(Object.keys(reply.verdicts)).toEqual(['lena-fischer']);
  });
});
