import { describe, expect, it } from 'vitest';
import { adviceIn, cardsAdviceIn } from './checks';

describe('what the invitation-page code takes from outside', () => {
  it('takes known verdicts for well-formed profiles, and nothing else', () => {
    expect(adviceIn({ verdicts: { a: 'accept', b: 'undecided' }, next: { b: 'insider' } })).toEqual({
      verdicts: { a: 'accept', b: 'undecided' },
      next: { b: 'insider' },
    });
    expect(adviceIn({ verdicts: { a: 'leave-pending' } })).toEqual({ verdicts: { a: 'leave-pending' }, next: {} });
    for (const wrong of [
      null,
      [],
      { verdicts: { a: 'decline' } },
      { verdicts: { '../x': 'accept' } },
      { verdicts: { ['x'.repeat(201)]: 'accept' } },
      { verdicts: { a: 'undecided' }, next: { a: '<img src=x>' } },
      { verdicts: { a: 'undecided' }, next: [] },
    ])
      expect(adviceIn(wrong), JSON.stringify(wrong)).toBeNull();
  });

  it('keeps slugs that are words of the object prototype as ordinary profiles', () => {
    // As a message arrives: JSON makes "__proto__" an own key.
    const advice = adviceIn(JSON.parse('{"verdicts":{"__proto__":"accept","constructor":"leave-pending"},"next":{"prototype":"knows"}}'));
    expect(Object.entries(advice!.verdicts)).toEqual([
      ['__proto__', 'accept'],
      ['constructor', 'leave-pending'],
    ]);
    expect(Object.entries(advice!.next ?? {})).toEqual([['prototype', 'knows']]);
  });

  it('takes a hand-over’s answer only where every card’s reading has the right shape', () => {
    const reading = { profile: 'priya', name: 'Priya Raman', controls: [1, 0, 2] };
    expect(cardsAdviceIn({ verdicts: { priya: 'accept' }, cards: [reading, null] })).toEqual({
      verdicts: { priya: 'accept' },
      next: {},
      cards: [reading, null],
    });
    for (const card of [
      'priya',
      [],
      { ...reading, profile: '../x' },
      { ...reading, name: 'x'.repeat(201) },
      { ...reading, name: 'Priya\nRaman' },
      { ...reading, controls: [-1] },
      { ...reading, controls: [0.5] },
      { ...reading, controls: Array.from({ length: 65 }, () => 0) },
      { ...reading, controls: '0' },
    ])
      expect(cardsAdviceIn({ verdicts: {}, cards: [card] }), JSON.stringify(card)).toBeNull();
    expect(cardsAdviceIn({ verdicts: {} })).toBeNull();
    expect(cardsAdviceIn({ verdicts: { a: 'decline' }, cards: [] })).toBeNull();
  });
});
