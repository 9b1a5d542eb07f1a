import { describe, expect, it } from 'vitest';
import { settings } from '../core/storage-items';
import { SETTINGS_KEY, adviceIn, popupOnlyIn } from './checks';

describe('what the invitation-page code takes from outside', () => {
  it('reads popup-only mode from the settings key storage-items.ts declares', () => {
    expect(SETTINGS_KEY).toBe(settings.key);
    expect(popupOnlyIn({ companies: [], popupOnly: true })).toBe(true);
    for (const stored of [undefined, null, 'x', { popupOnly: 'yes' }, { companies: [] }]) expect(popupOnlyIn(stored)).toBe(false);
  });

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
});
