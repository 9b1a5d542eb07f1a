import { describe, expect, it } from 'vitest';
import type { Answers } from '../core/types';
import { adopt, afterSave, changeFrom, type StoredCopy } from './inviter-draft';

// The popup's form against the stored copy: what a save sends, and what the form shows when the
// stored record turns out to be something else (a save's reply, another popup, an import).

const nothing: StoredCopy = { answers: {}, note: '', revision: 0 };
const knows: Answers = { knows: 'yes' };

describe('changeFrom', () => {
  it('sends only what the user changed, with what was stored for it', () => {
    const stored: StoredCopy = { answers: { knows: 'yes', trusts: 'no' }, note: 'Met once', revision: 7 };
    expect(changeFrom({ answers: { knows: 'yes', trusts: 'yes' }, note: 'Met once' }, stored)).toEqual({
      answers: { trusts: 'yes' },
      cleared: [],
      basis: { revision: 7, answers: { trusts: 'no' }, note: 'Met once' },
    });
    expect(changeFrom({ answers: { knows: 'yes' }, note: 'Met twice' }, stored)).toEqual({
      answers: {},
      cleared: ['trusts'],
      note: 'Met twice',
      basis: { revision: 7, answers: { trusts: 'no' }, note: 'Met once' },
    });
    expect(changeFrom({ answers: stored.answers, note: stored.note }, stored)).toBeNull();
  });
});

describe('a save’s reply, while the user goes on typing', () => {
  // The note's first letter is saved after a pause; the user types on before the reply comes.
  const sent = { answers: knows, note: 'T' };
  const now = { answers: knows, note: 'Typed ' };
  const reply: StoredCopy = { answers: knows, note: 'T', revision: 1 };

  it('keeps what the user typed since: the reply is older than the form, no conflict', () => {
    const outcome = adopt(now, afterSave(sent, nothing), reply);
    expect(outcome).toEqual({ form: now, changed: false, conflict: false });
    // …and the next save sends the rest, against the stored "T".
    expect(changeFrom(outcome.form, reply)?.note).toBe('Typed ');
  });

  it('against the copy before the save, the same reply looked like a change made elsewhere', () => {
    // What the popup did before afterSave: the form jumped back to "T" under the user's fingers.
    expect(adopt(now, nothing, reply)).toEqual({ form: { answers: knows, note: 'T' }, changed: true, conflict: true });
  });

  it('still shows a note changed elsewhere meanwhile, as a conflict', () => {
    const elsewhere: StoredCopy = { answers: knows, note: 'Written in the other popup', revision: 2 };
    const outcome = adopt(now, afterSave(sent, nothing), elsewhere);
    expect(outcome).toEqual({ form: { answers: knows, note: 'Written in the other popup' }, changed: true, conflict: true });
  });

  it('follows the stored record where the user changed nothing since the save', () => {
    const outcome = adopt(sent, afterSave(sent, nothing), { answers: { ...knows, trusts: 'yes' }, note: 'T', revision: 2 });
    expect(outcome).toEqual({ form: { answers: { ...knows, trusts: 'yes' }, note: 'T' }, changed: true, conflict: false });
  });
});
