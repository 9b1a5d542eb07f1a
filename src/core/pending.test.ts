import { describe, expect, it } from 'vitest';
import { pendingFor, pendingList, type PendingCandidate } from './pending';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 2);

const person = (
  profile: string,
  verdict: PendingCandidate['verdict'],
  daysAgo: number,
  extra: Partial<PendingCandidate> = {},
): PendingCandidate => ({
  profile,
  name: profile.toUpperCase(),
  verdict,
  firstSeen: NOW - daysAgo * DAY,
  ...extra,
});

describe('pendingList', () => {
  it('lists only the people left pending and not dismissed, oldest invitation first', () => {
    const people = [
      person('newer', 'leave-pending', 3),
      person('accepted', 'accept', 90),
      person('undecided', 'undecided', 80),
      person('oldest', 'leave-pending', 70),
      person('dismissed', 'leave-pending', 100, { dismissedAt: NOW - DAY }),
      person('middle', 'leave-pending', 35),
    ];
    expect(pendingList(people).map((p) => p.profile)).toEqual(['oldest', 'middle', 'newer']);
  });

  it('orders people first seen at the same time by name, then slug, whatever the input order', () => {
    const a = person('b-slug', 'leave-pending', 5, { name: 'Ana' });
    const b = person('a-slug', 'leave-pending', 5, { name: 'Ana' });
    const c = person('c', 'leave-pending', 5, { name: 'Zoë' });
    expect(pendingList([c, a, b]).map((p) => p.profile)).toEqual(['a-slug', 'b-slug', 'c']);
    expect(pendingList([b, c, a]).map((p) => p.profile)).toEqual(['a-slug', 'b-slug', 'c']);
  });
});

describe('pendingFor', () => {
  it.each([
    [0, 'day', 0],
    [1, 'day', 1],
    [13, 'day', 13],
    [14, 'week', 2],
    [35, 'week', 5],
    [60, 'week', 8],
    [61, 'month', 2],
    [120, 'month', 3],
    [365, 'month', 11],
  ] as const)('%i days ago: %s × %i', (days, unit, count) => {
    expect(pendingFor(NOW - days * DAY - 1000, NOW)).toEqual({ unit, count });
  });

  it('never counts below zero when the clock was set back', () => {
    expect(pendingFor(NOW + 5 * DAY, NOW)).toEqual({ unit: 'day', count: 0 });
  });
});
