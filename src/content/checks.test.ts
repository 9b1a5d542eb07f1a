import { describe, expect, it } from 'vitest';
import { adviceIn } from './checks';

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
});
