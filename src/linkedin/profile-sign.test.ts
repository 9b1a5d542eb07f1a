import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileInvitationSign } from './profile-sign';
import { findProfileInvitation } from './profile-page';

// The loader's cheap sign must say yes wherever the full reading finds an invitation (a no there
// loses the badge), and, on our fixtures of the other states, no (a yes there loads invitations.js
// for nothing).
const DIR = path.join(import.meta.dirname, '../../tests/fixtures/linkedin/profile');
const KEY = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as {
  fixtures: Record<string, { url: string; state: string }>;
};
const load = (file: string): Document => new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, file), 'utf8'), 'text/html');

describe.each(Object.entries(KEY.fixtures))('%s', (file, { url, state }) => {
  it(`says ${state === 'invited' ? 'invited' : 'other'}, as the full reading does`, () => {
    const doc = load(file);
    expect(profileInvitationSign(doc)).toBe(state === 'invited' ? 'invited' : 'other');
    expect(findProfileInvitation(doc, url) !== null).toBe(state === 'invited');
  });
});

describe('profileInvitationSign', () => {
  it('waits while the top card, its name or its actions are not there yet', () => {
    const doc = load('profile-connectable-en.html');
    const card = doc.querySelector('[data-view-name="profile-top-card"]')!;
    const actions = [...card.querySelectorAll('[aria-label*="Mira Castellanos"]')];
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) action.remove();
    expect(profileInvitationSign(doc)).toBe('wait');
    const heading = card.querySelector('h1');
    heading!.textContent = '';
    expect(profileInvitationSign(doc)).toBe('wait');
    card.remove();
    expect(profileInvitationSign(doc)).toBe('wait');
  });

  it('needs both controls of the pair to name the owner', () => {
    const doc = load('profile-invited-de.html');
    const card = doc.querySelector('[data-view-name="profile-top-card"]')!;
    const named = [...card.querySelectorAll('button')].filter((b) => b.getAttribute('aria-label')?.includes('Mira Castellanos'));
    expect(named).toHaveLength(2);
    named[1]!.setAttribute('aria-label', 'Ignorieren');
    expect(profileInvitationSign(doc)).toBe('other');
  });

  it('never throws on an empty document', () => {
    expect(profileInvitationSign(new DOMParser().parseFromString('', 'text/html'))).toBe('wait');
  });
});
