import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { viewOf } from '../core/inviter-view';
import type { Answers } from '../core/types';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
fakeBrowser.i18n.getMessage = ((key: string) => key) as never;

const { renderQuestionnaire } = await import('./questionnaire');

const marcus = viewOf(
  { profile: 'marcus-feld-hr', name: 'Marcus Feld', headline: 'HR Manager at Northwind Analytics', mutual: '2 mutual connections', age: 'Yesterday', message: 'Hello <b>there</b>' },
  null,
  ['Northwind Analytics'],
)!;

function setUp() {
  const section = document.createElement('section');
  document.body.replaceChildren(section);
  const saved: Array<[Answers, string]> = [];
  const back = vi.fn();
  renderQuestionnaire(section, marcus, { save: (a, n) => saved.push([a, n]), back });
  const choose = (name: string, value: string) => {
    const input = section.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    input.checked = true;
    input.dispatchEvent(new Event('change'));
  };
  const questions = () => [...section.querySelectorAll('fieldset')].map((f) => f.getAttribute('data-question'));
  const verdict = () => section.querySelector('#advice')!.getAttribute('data-verdict');
  return { section, saved, back, choose, questions, verdict };
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
    const { saved, choose, questions, verdict } = setUp();
    choose('knows', 'yes');
    choose('trusts', 'yes');
    expect(questions()).toEqual(['knows', 'trusts', 'insider', 'visibilityWorry', 'hesitates']);
    expect(verdict()).toBe('accept');
    choose('visibilityWorry', 'yes');
    expect(verdict()).toBe('leave-pending');
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
