import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { viewOf } from '../core/inviter-view';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
fakeBrowser.i18n.getMessage = ((key: string) => key) as never;
// jsdom has no CSS.escape; the slugs here need none.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s };

const { pendingListIn } = await import('./pending-list');

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
/** Someone the user left pending (they do not know them), first seen `days` ago. */
const pendingPerson = (i: number, days: number) =>
  viewOf(
    null,
    {
      profile: `person-${i}`,
      name: `Person ${i}`,
      headline: '',
      answers: { knows: 'no' },
      note: '',
      firstSeen: NOW - days * DAY,
      lastSeen: NOW,
      updatedAt: NOW,
      history: [],
    } as never,
    [],
  );

describe('pendingListIn', () => {
  it('draws only the oldest `limit` people and says how many more there are', () => {
    const list = document.createElement('ul');
    const pending = pendingListIn(list, { dismiss: async () => undefined, failed: () => undefined });
    const people = Array.from({ length: 25 }, (_, i) => pendingPerson(i, 100 - i));
    expect(pending.draw(people, NOW, 10)).toBe(15);
    expect([...list.children].map((row) => row.getAttribute('data-profile'))).toEqual(people.slice(0, 10).map((p) => p.profile));
    expect(pending.draw(people, NOW)).toBe(0);
    expect(list.children).toHaveLength(25);
  });

  it('keeps a row dismissed here drawn in its place, with its Undo, within the limit', async () => {
    const list = document.createElement('ul');
    document.body.replaceChildren(list);
    const pending = pendingListIn(list, { dismiss: async () => undefined, failed: () => undefined });
    const people = Array.from({ length: 12 }, (_, i) => pendingPerson(i, 50 - i));
    pending.draw(people, NOW, 10);
    list.querySelector<HTMLButtonElement>('[data-profile="person-0"] .dismiss')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The background no longer lists person-0; the row stays where it was, with its Undo.
    expect(pending.draw(people.slice(1), NOW, 10)).toBe(2);
    expect(list.children).toHaveLength(10);
    expect(list.children[0]?.getAttribute('data-profile')).toBe('person-0');
    expect(list.querySelector('[data-profile="person-0"] .undo')).not.toBeNull();
  });
});
