import { describe, expect, it } from 'vitest';
import { guessInsider } from './insider';
import type { Insider } from './types';

const NW = ['Northwind Analytics'];

// [headline, companies, expected]: each line is one claim of docs/design.md / the brief, stated
// independently of how insider.ts is written.
const CASES: readonly [string, readonly string[], Insider | null][] = [
  // --- English
  ['Senior Data Engineer at Northwind Analytics', NW, 'colleague'],
  ['HR Manager at Northwind Analytics | People & Culture | Talent Development', NW, 'hr'],
  ['CEO & Founder at Northwind Analytics · Board member', NW, 'leadership'],
  ['Talent Acquisition Partner @ Northwind Analytics', NW, 'hr'],
  ['Recruiter @Northwind Analytics', NW, 'hr'],
  ['Founder at Northwind Analytics', NW, 'leadership'],
  ['VP of Engineering at Northwind Analytics', NW, 'leadership'],
  ['Head of Sales at Northwind Analytics', NW, 'leadership'],
  ['Chief Technology Officer at Northwind Analytics', NW, 'leadership'],
  ['Managing Director at Northwind Analytics GmbH', NW, 'leadership'],
  ['Account Executive at Northwind Analytics', NW, 'colleague'], // a sales title, not an executive
  ['Personal Assistant to the CEO at Northwind Analytics', NW, 'leadership'], // "CEO" in the role part; "Personal" is not HR in English
  ['Data Engineer | Northwind Analytics', NW, 'colleague'], // company as its own segment
  ['Northwind Analytics · People & Culture', NW, 'hr'], // role found in another segment
  ['Northwind Analytics – Head of HR', NW, 'hr'], // spaced dash separates segments
  ['software engineer at NORTHWIND ANALYTICS', NW, 'colleague'], // case-insensitive
  // HR words win over leadership words, wherever both appear in the role.
  ['Head of People at Northwind Analytics', NW, 'hr'],
  ['HR Director at Northwind Analytics', NW, 'hr'],
  ['Chief People Officer at Northwind Analytics', NW, 'hr'],
  // ...but the role before the company wins over another segment.
  ['CEO at Northwind Analytics | Building great talent', NW, 'leadership'],
  // --- French
  ['Responsable RH chez Northwind Analytics', NW, 'hr'],
  ['Chargée de recrutement chez Northwind Analytics', NW, 'hr'],
  ['DRH - Directrice des Ressources Humaines chez Northwind Analytics', NW, 'hr'],
  ['Directrice générale à Northwind Analytics', NW, 'leadership'],
  ['PDG chez Northwind Analytics', NW, 'leadership'],
  ['Fondatrice chez Northwind Analytics', NW, 'leadership'],
  ['Ingénieure logiciel chez Northwind Analytics', NW, 'colleague'],
  ['Ingénieur chez Société Générale', ['Societe Generale'], 'colleague'], // accent-insensitive
  // --- German
  ['Personalleiter (HR Manager) bei Northwind Analytics | People & Culture', NW, 'hr'],
  ['Geschäftsführerin & Gründerin bei Northwind Analytics', NW, 'leadership'],
  ['Senior Data Engineer bei Northwind Analytics', NW, 'colleague'],
  ['Personalreferentin bei der Northwind Analytics GmbH', NW, 'hr'],
  ['Leiterin Personal bei Northwind Analytics', NW, 'hr'],
  ['Inhaber bei Northwind Analytics', NW, 'leadership'],
  ['Vorstand bei Northwind Analytics AG', NW, 'leadership'],
  // --- Spanish
  ['Responsable de Recursos Humanos en Northwind Analytics', NW, 'hr'],
  ['Reclutadora en Northwind Analytics', NW, 'hr'],
  ['Directora General en Northwind Analytics', NW, 'leadership'],
  ['Fundador y dueño en Northwind Analytics', NW, 'leadership'],
  ['Ingeniero de datos en Northwind Analytics', NW, 'colleague'],
  // --- negatives: not named as the employer → no guess
  ['Senior Technical Recruiter at Hirewell Talent Partners', NW, null], // not our company
  ['Senior Technical Recruiter at Hirewell Talent Partners – Hiring Data & ML Engineers', NW, null],
  ['Μηχανικός Λογισμικού στην Northwind Analytics', NW, null], // Greek connector: unknown language
  ['Руководитель отдела продаж в Северный Ветер | B2B SaaS', NW, null],
  ['Data Engineer at Northwind', NW, null], // "Northwind" alone is not "Northwind Analytics"
  ['Data Engineer at Northwind Analyticsx', NW, null], // whole words only
  ['Northwind Analytics alumni', NW, null], // a segment that is more than the company
  ['Helping Northwind Analytics customers succeed', NW, null], // no connector
  ['Consultant working with Northwind Analytics', NW, null], // "with" is not an employer connector
  ['', NW, null],
  ['HR Manager at Northwind Analytics', [], null],
  ['HR Manager at Northwind Analytics', ['', '  '], null], // blank companies never match everything
  // Past jobs are not insiders: the question is "Do they work at your company?"
  ['Former HR Manager at Northwind Analytics', NW, null],
  ['Ex-CEO at Northwind Analytics | Investor', NW, null],
  ['Ehemalige Personalleiterin bei Northwind Analytics', NW, null],
  ['Ancien directeur chez Northwind Analytics', NW, null],
  // ...while a past job elsewhere does not make a current colleague a former one.
  ['Data Engineer at Northwind Analytics | Ex-CEO at StartupX', NW, 'colleague'],
  // several companies: any one named as employer counts
  ['HR Business Partner at Contoso', ['Northwind Analytics', 'Contoso'], 'hr'],
];

describe('guessInsider', () => {
  it('has a real table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(['colleague', 'hr', 'leadership', null]));
  });

  it.each(CASES)('%j with %j → %j', (headline, companies, expected) => {
    expect(guessInsider(headline, companies)).toBe(expected);
  });

  it('never answers "no": not finding the company is not knowing', () => {
    for (const [headline, companies] of CASES) expect(guessInsider(headline, companies)).not.toBe('no');
  });

  it('does not throw on hostile input', () => {
    const junk = ['\u0000', '(((', '[a-', '*'.repeat(10_000), '\uD800', 'at at at @ @ |||| ··'];
    for (const text of junk) {
      expect(() => guessInsider(text, NW)).not.toThrow();
      expect(() => guessInsider('HR at ' + text, [text])).not.toThrow();
    }
    expect(guessInsider(null as unknown as string, NW)).toBeNull();
    expect(guessInsider('HR at Northwind Analytics', null as unknown as string[])).toBeNull();
  });
});
