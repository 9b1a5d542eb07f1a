import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { viewOf } from '../core/inviter-view';
import type { Answers } from '../core/types';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
fakeBrowser.i18n.getMessage = ((key: string) => key) as never;

const { renderQuestionnaire } = await import('./questionnaire');

const marcus = viewOf(
  {
    profile: 'marcus-feld-hr',
    name: 'Marcus Feld',
    headline: 'HR Manager at Northwind Analytics',
    mutual: '2 mutual connections',
    age: 'Yesterday',
    message: 'Hello <b>there</b>',
  },
  null,
  ['Northwind Analytics'],
)!;

function setUp(view = marcus, addCompany: (name: string) => Promise<string[]> = async (name) => [name]) {
  const section = document.createElement('section');
  document.body.replaceChildren(section);
  const saved: Array<[Answers, string]> = [];
  const back = vi.fn();
  renderQuestionnaire(section, view, { save: (a, n) => saved.push([a, n]), back, addCompany });
  const choose = (name: string, value: string) => {
    const input = section.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    input.checked = true;
    input.dispatchEvent(new Event('change'));
  };
  const questions = () => [...section.querySelectorAll('fieldset')].map((f) => f.getAttribute('data-question'));
  const verdict = () => section.querySelector('#advice')!.getAttribute('data-verdict');
  const summary = () => section.querySelector('#advice .summary')!.textContent;
  return { section, saved, back, choose, questions, verdict, summary };
}

describe('questionnaire', () => {
  beforeEach(() => vi.useRealTimers());

  it('pre-fills the insider answer from the headline and asks the insider follow-ups', () => {
    const { section, questions, verdict } = setUp();
    expect(section.querySelector<HTMLInputElement>('input[name="insider"][value="hr"]')!.checked).toBe(true);
    expect(questions()).toEqual(['knows', 'trusts', 'insider', 'visibilityWorry']);
    expect(verdict()).toBe('undecided');
    // Page text is shown as text: the message's markup is not parsed.
    expect(section.querySelector('blockquote')!.textContent).toBe('Hello <b>there</b>');
    expect(section.querySelector('blockquote b')).toBeNull();
  });

  it('updates the advice and saves every answer at once, with the pre-filled insider', () => {
    const { section, saved, choose, questions, verdict, summary } = setUp();
    expect(summary()).toBe('reasonNextKnows');
    choose('knows', 'yes');
    choose('trusts', 'yes');
    expect(questions()).toEqual(['knows', 'trusts', 'insider', 'visibilityWorry', 'hesitates']);
    // An HR manager known and trusted is not accepted yet: the visibility question comes next.
    expect(verdict()).toBe('undecided');
    expect(summary()).toBe('reasonNextVisibilityWorry');
    choose('visibilityWorry', 'yes');
    expect(verdict()).toBe('leave-pending');
    expect([...section.querySelectorAll('#advice-why li')].map((li) => li.textContent)).toEqual([
      'reasonInsiderVisibility',
      'tipPendingNotifiesNobody',
      'tipPendingNeverOffendsInsider',
    ]);
    choose('insider', 'no');
    expect(questions()).toEqual(['knows', 'trusts', 'insider']);
    expect(verdict()).toBe('accept');
    expect(saved.map(([answers]) => answers)).toEqual([
      { knows: 'yes', insider: 'hr' },
      { knows: 'yes', trusts: 'yes', insider: 'hr' },
      { knows: 'yes', trusts: 'yes', insider: 'hr', visibilityWorry: 'yes' },
      { knows: 'yes', trusts: 'yes', insider: 'no', visibilityWorry: 'yes' },
    ]);
  });

  it('keeps the pre-fill hint after the insider question is answered, so nothing below it moves', () => {
    const { section, choose } = setUp();
    const hint = () => section.querySelector('fieldset[data-question="insider"] .hint')?.textContent;
    expect(hint()).toBe('popupSuggested');
    choose('insider', 'leadership');
    expect(hint()).toBe('popupSuggested');
  });

  it('says when no company is listed, and adding one from the popup pre-fills the answer without saving it', async () => {
    const stranger = viewOf({ ...marcus, profile: 'marcus-2' }, null, [])!;
    const added: string[] = [];
    const { section, saved, questions, summary } = setUp(stranger, async (name) => {
      added.push(name);
      return ['Contoso', name];
    });
    const prompt = () => section.querySelector('#company-prompt-text')!.textContent;
    expect(prompt()).toBe('popupNoCompanies');
    expect(section.querySelector('input[name="insider"]:checked')).toBeNull();
    const input = section.querySelector<HTMLInputElement>('#add-company')!;
    const button = section.querySelector<HTMLButtonElement>('#add-company-button')!;
    button.click();
    expect(prompt()).toBe('popupCompanyEmpty');
    expect(added).toEqual([]);
    input.value = '  Northwind   Analytics ';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => expect(prompt()).toBe('popupCompanyAddedPrefilled'));
    expect(added).toEqual(['Northwind Analytics']);
    expect(section.querySelector<HTMLInputElement>('input[name="insider"][value="hr"]')!.checked).toBe(true);
    expect(questions()).toEqual(['knows', 'trusts', 'insider', 'visibilityWorry']);
    expect(summary()).toBe('reasonNextKnows');
    expect(saved).toEqual([]);
  });

  it('says plainly when the added company is not the inviter’s employer, or when saving it fails', async () => {
    const stranger = viewOf({ ...marcus, profile: 'marcus-3', headline: 'HR Manager at Contoso' }, null, [])!;
    let fail = false;
    const { section } = setUp(stranger, async (name) => {
      if (fail) throw new Error('disk full');
      return [name];
    });
    const prompt = section.querySelector('#company-prompt-text')!;
    section.querySelector<HTMLInputElement>('#add-company')!.value = 'Northwind Analytics';
    section.querySelector<HTMLButtonElement>('#add-company-button')!.click();
    await vi.waitFor(() => expect(prompt.textContent).toBe('popupCompanyAddedNoMatch'));
    expect(section.querySelector('input[name="insider"]:checked')).toBeNull();
    fail = true;
    section.querySelector<HTMLInputElement>('#add-company')!.value = 'Fabrikam';
    section.querySelector<HTMLButtonElement>('#add-company-button')!.click();
    await vi.waitFor(() => expect(prompt.textContent).toBe('failedAddCompany errorOther errorDetail'));
    expect(prompt.classList.contains('error')).toBe(true);
  });

  it('counts the note against its cap and says so plainly when it is full', () => {
    const { section } = setUp();
    const note = section.querySelector<HTMLTextAreaElement>('#note')!;
    const hint = () => section.querySelector('#note-hint')!;
    expect(note.maxLength).toBe(5000);
    expect(hint().textContent).toBe('popupNoteCount');
    note.value = 'x'.repeat(5000);
    note.dispatchEvent(new Event('input'));
    expect(hint().textContent).toBe('popupNoteFull');
    expect(hint().getAttribute('role')).toBe('alert');
  });

  it('saves the note after a pause in typing, and at once when leaving with Escape', () => {
    vi.useFakeTimers();
    const { section, saved, back } = setUp();
    const note = section.querySelector<HTMLTextAreaElement>('#note')!;
    note.value = 'Reports to the board';
    note.dispatchEvent(new Event('input'));
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(saved.at(-1)?.[1]).toBe('Reports to the board');
    note.value = 'Reports to the board; ask Jonas';
    note.dispatchEvent(new Event('input'));
    section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(saved.at(-1)?.[1]).toBe('Reports to the board; ask Jonas');
    expect(back).toHaveBeenCalledTimes(1);
  });
});

describe('questionnaire, issue 14', () => {
  const jonasRecord = {
    profile: 'jonas-weber-nw',
    name: 'Jonas Weber',
    headline: 'Engineering Manager at Northwind Analytics',
    answers: { knows: 'yes', trusts: 'yes' } as Answers,
    note: '',
    firstSeen: 1,
    lastSeen: 2,
    updatedAt: 3,
    history: [
      {
        at: Date.UTC(2026, 0, 5),
        kind: 'answered' as const,
        answers: { knows: 'yes', trusts: 'yes', insider: 'no' } as Answers,
        verdict: 'accept' as const,
        headline: 'Engineering Manager at Fabrikam GmbH',
        guessedInsider: null,
      },
      {
        at: Date.UTC(2026, 5, 9),
        kind: 'reasked' as const,
        answers: { knows: 'yes', trusts: 'yes' } as Answers,
        verdict: 'undecided' as const,
        headline: 'Engineering Manager at Northwind Analytics',
        headlineBefore: 'Engineering Manager at Fabrikam GmbH',
        guessedInsider: 'colleague' as const,
      },
    ],
  };

  it('asks the insider question again without pre-filling it, says why with both headlines, then advises once answered', () => {
    const view = viewOf(null, jonasRecord, ['Northwind Analytics']);
    const { section, choose, verdict, summary, saved } = setUp(view);
    expect(section.querySelector<HTMLInputElement>('input[name="insider"]:checked')).toBeNull();
    expect(verdict()).toBe('undecided');
    expect(summary()).toBe('reasonNextNowInsider');
    expect(section.querySelector('#reask')!.textContent).toContain('reasonNextNowInsider');
    expect([...section.querySelectorAll('#reask p')].map((p) => p.className)).toEqual(['reask-why', 'reask-then', 'reask-now']);
    choose('insider', 'colleague');
    expect(summary()).toBe('reasonNextVisibilityWorry');
    expect(saved.at(-1)![0]).toEqual({ knows: 'yes', trusts: 'yes', insider: 'colleague' });
  });

  it('shows the decision history as a timeline, newest first, with a date', () => {
    const { section } = setUp(viewOf(null, jonasRecord, ['Northwind Analytics']));
    const items = [...section.querySelectorAll('.timeline li')];
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['reasked', 'answered']);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe(new Date(Date.UTC(2026, 5, 9)).toISOString());
    expect(items[1]!.textContent).toContain('qKnows');
  });

  it('shows what only the profile page tells: the degree and the verified mark', () => {
    const view = viewOf({ ...marcus, degree: '2nd', verified: true }, null, ['Northwind Analytics']);
    const { section } = setUp(view);
    expect(section.querySelector('.person-meta')!.textContent).toBe('2nd · 2 mutual connections · Yesterday');
    expect(section.querySelector('.person-verified')!.textContent).toBe('popupVerified');
    const plain = setUp(marcus).section;
    expect(plain.querySelector('.person-verified')).toBeNull();
  });
});
