import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProfileInvitation, profileOwner } from './profile-page';

const DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/linkedin/profile');
interface Expected {
  owner: { name: string; slug: string };
  fixtures: Record<
    string,
    {
      url: string;
      lang: string;
      state: string;
      invitation: null | { profile: string; name: string; headline: string; mutual: string; degree: string; verified: boolean };
    }
  >;
}
const KEY = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Expected;
const load = (file: string): Document => new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, file), 'utf8'), 'text/html');

describe.each(Object.entries(KEY.fixtures))('%s', (file, expected) => {
  const doc = load(file);
  const found = findProfileInvitation(doc, expected.url);

  if (expected.invitation) {
    const want = expected.invitation;
    it('finds the owner’s pending invitation, with the facts the top card shows', () => {
      expect(found?.invitation).toEqual({
        profile: want.profile,
        name: want.name,
        headline: want.headline,
        mutual: want.mutual,
        age: '',
        message: '',
        degree: want.degree,
        verified: want.verified,
      });
    });
    it('puts the badge in the top card, beside its Accept, never in the sticky header or a rail', () => {
      expect(found).not.toBeNull();
      const { card, controls } = found!;
      expect(card.matches('main *')).toBe(true);
      expect(card.contains(controls) && card !== controls).toBe(true);
      expect([...controls.querySelectorAll('button')].map((b) => b.textContent?.trim()).length).toBeGreaterThanOrEqual(2);
      expect(controls.closest('aside, [data-sticky]')).toBeNull();
    });
    it('is found only at the owner’s own address', () => {
      expect(findProfileInvitation(doc, `${expected.url}overlay/contact-info/`)).toBeNull();
      expect(findProfileInvitation(doc, '/mynetwork/')).toBeNull();
    });
  } else {
    it('finds nothing: no invitation from the owner is pending here (the rails’ Accept buttons are other people’s)', () => {
      expect(found).toBeNull();
    });
  }
});

describe('findProfileInvitation against changed markup', () => {
  const invited = Object.entries(KEY.fixtures).filter(([, e]) => e.invitation);

  it.each(invited)('%s: without the top-card hooks, the section around the main heading still is the top card', (file, expected) => {
    const doc = load(file);
    const card = doc.querySelector('[componentkey$="Topcard"]')!;
    card.removeAttribute('componentkey');
    card.removeAttribute('data-view-name');
    expect(findProfileInvitation(doc, expected.url)?.invitation.profile).toBe(KEY.owner.slug);
  });

  it.each(invited)('%s: an Accept whose sentence names someone else is not the owner’s', (file, expected) => {
    const doc = load(file);
    const topAccept = [...doc.querySelectorAll('main [componentkey$="Topcard"] button')].find((b) =>
      /Accept|Annehmen|Accepter|Aceptar/.test(b.textContent ?? ''),
    )!;
    expect(topAccept.getAttribute('aria-label')).toContain(KEY.owner.name);
    topAccept.setAttribute('aria-label', (topAccept.getAttribute('aria-label') ?? '').replace(KEY.owner.name, 'Theo Lindqvist'));
    expect(findProfileInvitation(doc, expected.url)).toBeNull();
  });

  it.each(invited)('%s: two Accept controls in the top card (a rail card moved in) give no badge', (file, expected) => {
    const doc = load(file);
    const rail = doc.querySelector('aside li')!;
    doc.querySelector('main [componentkey$="Topcard"]')!.append(rail);
    expect(findProfileInvitation(doc, expected.url)).toBeNull();
  });

  it('never throws on a page without a body', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    doc.documentElement.replaceChildren();
    expect(findProfileInvitation(doc, '/in/someone/')).toBeNull();
  });
});

describe('profileOwner', () => {
  it.each([
    ['/in/mira-castellanos-8b1f2e/', 'mira-castellanos-8b1f2e'],
    ['/in/mira-castellanos-8b1f2e', 'mira-castellanos-8b1f2e'],
    ['/in/%E6%9D%8E%E6%98%8E-8a1b/', '李明-8a1b'],
    ['/in/mira/overlay/contact-info/', ''],
    ['/in/mira/recent-activity/all/', ''],
    ['/mynetwork/', ''],
    ['/in/', ''],
  ])('%s → %s', (pathname, slug) => {
    expect(profileOwner(pathname)).toBe(slug);
  });
});
