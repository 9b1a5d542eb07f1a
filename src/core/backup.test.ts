import { LIMITS } from './text';
import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION, MAX_IMPORT_BYTES, buildExport, parseImport, planImport } from './backup';
import type { InviterRecord, Settings } from './types';

const record = (profile: string, updatedAt: number, note = ''): InviterRecord => ({
  profile,
  name: profile.toUpperCase(),
  headline: 'Engineer at Northwind Analytics',
  answers: { knows: 'yes', trusts: 'unsure' },
  note,
  firstSeen: 1,
  lastSeen: 2,
  updatedAt,
});
const settings: Settings = { companies: ['Northwind Analytics'], popupOnly: false };
const NOW = new Date('2026-11-25T12:00:00Z');

describe('export file', () => {
  it('round-trips through JSON and parseImport unchanged', () => {
    const file = buildExport([record('b', 5, 'line 1\nline 2 🚀'), record('дмитрий', 0), record('a', 9)], settings, NOW);
    expect(file.inviters.map((r) => r.profile)).toEqual(['a', 'b', 'дмитрий']);
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it('carries each person’s decision history and dismissal, and accepts a file from before they existed', () => {
    const history: NonNullable<InviterRecord['history']> = [
      {
        at: 3,
        kind: 'answered',
        answers: { knows: 'yes', trusts: 'yes', insider: 'no' },
        verdict: 'accept',
        headline: 'Engineer at Contoso',
        guessedInsider: null,
      },
      {
        at: 4,
        kind: 'reasked',
        answers: { knows: 'yes', trusts: 'yes' },
        verdict: 'undecided',
        headline: 'Engineer at Northwind Analytics',
        headlineBefore: 'Engineer at Contoso',
        guessedInsider: 'colleague',
      },
    ];
    const file = buildExport([{ ...record('a', 9), history, dismissedAt: 7 }], settings, NOW);
    const text = JSON.stringify(file);
    expect(JSON.parse(text).inviters[0]).toMatchObject({ history, dismissedAt: 7 });
    expect(parseImport(text)).toEqual({ ok: true, file });
    // An entry this build cannot read is dropped alone; the person and the other entries import.
    const damaged = JSON.parse(text);
    damaged.inviters[0].history.unshift({ at: 'yesterday' });
    expect(parseImport(JSON.stringify(damaged))).toEqual({ ok: true, file });
    const old = buildExport([record('b', 1)], settings, NOW);
    const parsedOld = parseImport(JSON.stringify(old));
    expect(parsedOld.ok && parsedOld.file.inviters[0]?.history).toBeUndefined();
  });

  it.each([
    ['an empty file', '', 'Empty'],
    ['a truncated file', JSON.stringify(buildExport([record('a', 1)], settings, NOW)).slice(0, 120), 'NotJson'],
    ['some other JSON', '{"hello":"world"}', 'NotExport'],
    ['a JSON array', '[1,2,3]', 'NotExport'],
    ['a file from a newer version', JSON.stringify({ ...buildExport([], settings, NOW), version: EXPORT_VERSION + 1 }), 'NewerVersion'],
    ['an oversized file', ' '.repeat(MAX_IMPORT_BYTES + 1), 'TooLarge'],
  ])('refuses %s', (_what, text, code) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.code).toBe(code);
  });

  it('says where a malformed record is', () => {
    const file = buildExport([record('a', 1), record('b', 2)], settings, NOW) as unknown as { inviters: Array<Record<string, unknown>> };
    file.inviters[1]!.answers = { knows: 'maybe' };
    expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'Invalid', where: 'inviters[1].answers.knows' } });
  });

  it('refuses two records for one inviter', () => {
    const file = buildExport([record('a', 1), record('a', 2)], settings, NOW);
    expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'Duplicate', where: 'inviters[1].profile' } });
  });

  it('keeps hostile text as plain text', () => {
    const file = buildExport([{ ...record('a', 1), name: '<img src=x onerror=alert(1)>\u202E' + 'x'.repeat(100) }], settings, NOW);
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok && parsed.file.inviters[0]!.name).toBe('<img src=x onerror=alert(1)>' + 'x'.repeat(100));
  });

  it.each(['note', 'name', 'headline'] as const)(
    'refuses a file whose %s is longer than its cap, instead of cutting it silently',
    (field) => {
      const file = buildExport([record('a', 1), { ...record('b', 2), [field]: 'x'.repeat(LIMITS[field] + 1) }], settings, NOW);
      expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'TooLong', where: `inviters[1].${field}` } });
      const atCap = buildExport([{ ...record('b', 2), [field]: 'x'.repeat(LIMITS[field]) }], settings, NOW);
      expect(parseImport(JSON.stringify(atCap)).ok).toBe(true);
    },
  );
});

describe('planImport', () => {
  const current = [record('a', 10, 'mine, newer'), record('b', 10, 'mine, older'), record('c', 10, 'tie: mine stays')];
  const file = buildExport(
    [record('a', 5, 'theirs, older'), record('b', 20, 'theirs, newer'), record('c', 10, 'tie: theirs'), record('d', 0, 'new')],
    { companies: ['Contoso', 'Northwind Analytics'], popupOnly: true },
    NOW,
  );

  it('merge: the newest change wins per inviter, companies are united, popup-only stays', () => {
    const plan = planImport('merge', current, settings, file);
    expect(plan.write.map((r) => [r.profile, r.note])).toEqual([
      ['b', 'theirs, newer'],
      ['d', 'new'],
    ]);
    expect(plan.remove).toEqual([]);
    expect(plan.settings).toEqual({ companies: ['Northwind Analytics', 'Contoso'], popupOnly: false });
  });

  it('replace: the file becomes everything', () => {
    const plan = planImport('replace', [...current, record('z', 1)], settings, file);
    expect(plan.write).toEqual(file.inviters);
    expect(plan.remove).toEqual(['z']);
    expect(plan.settings).toEqual(file.settings);
  });
});
