import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adviseFor } from './advice';
import {
  HISTORY_CAP,
  HistorySchema,
  awaitsReask,
  insiderReask,
  reasked,
  timeline,
  withEntry,
  type AnswerChange,
  type HistoryEntry,
} from './history';
import { guessInsider } from './insider';
import type { Answers } from './types';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 2, 1);

/** An answer change as the store makes one: the guess from the headline and companies of the moment. */
function change(before: Answers, after: Answers, at: number, headline: string, companies: string[]): AnswerChange {
  const guessedInsider = guessInsider(headline, companies);
  const effective = after.insider === undefined && guessedInsider ? { ...after, insider: guessedInsider } : after;
  return { at, before, after, effective, headline, guessedInsider };
}

describe('withEntry: the decision history', () => {
  it('adds an entry with every answer after the change and the suggestion then', () => {
    const h = withEntry([], change({}, { knows: 'yes' }, T0, 'Engineer at Contoso', []));
    expect(h).toEqual([
      { at: T0, kind: 'answered', answers: { knows: 'yes' }, verdict: 'undecided', headline: 'Engineer at Contoso', guessedInsider: null },
    ]);
    const after: Answers = { knows: 'yes', trusts: 'yes', insider: 'no' };
    const h2 = withEntry(h, change({ knows: 'yes', trusts: 'yes' }, after, T0 + DAY, 'Engineer at Contoso', []));
    expect(h2.map((e) => [e.answers, e.verdict])).toEqual([
      [{ knows: 'yes' }, 'undecided'],
      [after, adviseFor(after).verdict],
    ]);
    expect(h2[1]?.verdict).toBe('accept');
  });

  it('adds nothing when the answers did not change (a note edit, the same choice saved again)', () => {
    const h = withEntry([], change({}, { knows: 'yes' }, T0, '', []));
    expect(withEntry(h, change({ knows: 'yes' }, { knows: 'yes' }, T0 + 1, '', []))).toEqual(h);
  });

  it('records the insider guess of the moment (the headline and the companies then)', () => {
    const h = withEntry([], change({}, { knows: 'yes' }, T0, 'HR Manager at Northwind Analytics', ['Northwind Analytics']));
    expect(h[0]?.guessedInsider).toBe('hr');
    expect(h[0]?.verdict).toBe('undecided');
  });

  it(`keeps at most ${HISTORY_CAP} entries: the first one and the newest`, () => {
    let h: HistoryEntry[] = [];
    let before: Answers = {};
    for (let i = 0; i < 3 * HISTORY_CAP; i++) {
      const after: Answers = { knows: 'yes', trusts: i % 2 === 0 ? 'yes' : 'unsure' };
      h = withEntry(h, change(before, after, T0 + i * DAY, '', []));
      before = after;
    }
    expect(h).toHaveLength(HISTORY_CAP);
    expect(h[0]?.at).toBe(T0);
    expect(h.slice(1).map((e) => e.at)).toEqual(Array.from({ length: HISTORY_CAP - 1 }, (_, k) => T0 + (2 * HISTORY_CAP + 1 + k) * DAY));
  });

  it('parses a stored history entry by entry: a bad entry goes, the others stay, the cap holds', () => {
    const good = withEntry([], change({}, { knows: 'no' }, T0, '', []))[0];
    const stored = [good, { at: -1, kind: 'answered', answers: {}, verdict: 'accept', headline: '', guessedInsider: null }, 'junk', good];
    expect(v.parse(HistorySchema, stored)).toEqual([good, good]);
    expect(
      v.parse(
        HistorySchema,
        Array.from({ length: HISTORY_CAP + 5 }, () => good),
      ),
    ).toHaveLength(HISTORY_CAP);
    expect(v.safeParse(HistorySchema, { not: 'a list' }).success).toBe(false);
  });
});

describe('timeline: what the popup shows', () => {
  it('lists newest first, each line with what changed from the one before', () => {
    let h = withEntry([], change({}, { knows: 'yes', trusts: 'yes' }, T0, '', []));
    h = withEntry(h, change({ knows: 'yes', trusts: 'yes' }, { knows: 'yes', trusts: 'no' }, T0 + DAY, '', []));
    expect(timeline(h)).toEqual([
      { at: T0 + DAY, kind: 'answered', changed: [{ question: 'trusts', answer: 'no' }], verdict: 'leave-pending' },
      {
        at: T0,
        kind: 'answered',
        changed: [
          { question: 'knows', answer: 'yes' },
          { question: 'trusts', answer: 'yes' },
        ],
        verdict: 'undecided',
      },
    ]);
  });
});

// Part 3 of issue 14, in the four languages guessInsider reads: someone the user answered as an
// outsider whose headline now names the user's company as employer is asked again.
const COMPANY = ['Northwind Analytics'];
const MOVES: readonly [lang: string, before: string, after: string][] = [
  ['en', 'HR Manager at Contoso', 'HR Manager at Northwind Analytics'],
  ['fr', 'Responsable RH chez Contoso', 'Responsable RH chez Northwind Analytics'],
  ['de', 'Personalleiterin bei Contoso', 'Personalleiterin bei Northwind Analytics'],
  ['es', 'Responsable de RR. HH. en Contoso', 'Responsable de RR. HH. en Northwind Analytics'],
];
const OUTSIDER: Answers = { knows: 'yes', trusts: 'yes', insider: 'no' };

describe.each(MOVES)('insiderReask (%s)', (_lang, before, after) => {
  const answeredThen = withEntry([], change({}, OUTSIDER, T0, before, COMPANY));

  it('the headline moved into the company: asked again, with the old and new headline', () => {
    expect(adviseFor(OUTSIDER).verdict).toBe('accept');
    const guess = guessInsider(after, COMPANY);
    expect(guess).not.toBeNull();
    const reask = insiderReask(OUTSIDER, answeredThen, after, guess);
    expect(reask).toEqual({ then: before, now: after, guess });
    // Applied: no suggestion until the insider questions are answered, the old answer kept in the history.
    const next = reasked(OUTSIDER, answeredThen, reask!, T0 + 30 * DAY);
    expect(next.answers).toEqual({ knows: 'yes', trusts: 'yes' });
    expect(adviseFor({ ...next.answers, insider: guess! }).verdict).toBe('undecided');
    expect(next.history.at(-1)).toMatchObject({ kind: 'reasked', headline: after, headlineBefore: before, verdict: 'undecided' });
    expect(next.history[0]?.answers.insider).toBe('no');
    expect(awaitsReask(next.answers, next.history)).toBe(true);
    expect(timeline(next.history)[0]).toMatchObject({ kind: 'reasked', headlines: { before, now: after } });
  });

  it('the user added the company in the options: the same headline now names it, asked again', () => {
    const thenWithoutCompany = withEntry([], change({}, OUTSIDER, T0, after, []));
    expect(insiderReask(OUTSIDER, thenWithoutCompany, after, guessInsider(after, COMPANY))).toMatchObject({ then: after, now: after });
  });

  it('answered "no" while the headline already named the company: not asked again', () => {
    const knowingly = withEntry([], change({}, OUTSIDER, T0, after, COMPANY));
    expect(insiderReask(OUTSIDER, knowingly, after, guessInsider(after, COMPANY))).toBeNull();
  });

  it('re-asked and answered "no" again: not asked a second time', () => {
    const next = reasked(OUTSIDER, answeredThen, insiderReask(OUTSIDER, answeredThen, after, guessInsider(after, COMPANY))!, T0 + DAY);
    const again = withEntry(next.history, change(next.answers, OUTSIDER, T0 + 2 * DAY, after, COMPANY));
    expect(awaitsReask(OUTSIDER, again)).toBe(false);
    expect(insiderReask(OUTSIDER, again, after, guessInsider(after, COMPANY))).toBeNull();
  });

  it('still outside the company, or answered as an insider: nothing to ask', () => {
    expect(insiderReask(OUTSIDER, answeredThen, before, guessInsider(before, COMPANY))).toBeNull();
    const insider: Answers = { ...OUTSIDER, insider: 'hr' };
    expect(insiderReask(insider, answeredThen, after, guessInsider(after, COMPANY))).toBeNull();
  });
});

describe('insiderReask without a history', () => {
  it('an answer older than the history is asked again when the headline names the company (the safe mistake)', () => {
    const now = 'Head of People at Northwind Analytics';
    expect(insiderReask(OUTSIDER, [], now, guessInsider(now, COMPANY), 'Head of People at Contoso')).toEqual({
      then: 'Head of People at Contoso',
      now,
      guess: 'hr',
    });
  });
});

describe('insiderReask: only where the insider answer counts', () => {
  it('does not ask again about someone the user does not know or trust', () => {
    const now = 'HR Manager at Northwind Analytics';
    expect(insiderReask({ knows: 'no', insider: 'no' }, [], now, 'hr')).toBeNull();
    expect(insiderReask({ knows: 'yes', trusts: 'unsure', insider: 'no' }, [], now, 'hr')).toBeNull();
    expect(insiderReask({ knows: 'yes', trusts: 'yes', insider: 'no' }, [], now, 'hr')).toEqual({ then: '', now, guess: 'hr' });
  });
});
