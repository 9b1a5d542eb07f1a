import { describe, expect, it } from 'vitest';
import { findInvitations } from './invitations';
import { showsUnrecognisedInvitations } from './pending-signs';
import { fixtureNames, loadFixture } from '../../tests/helpers/fixture-documents';

/** LinkedIn changed its controls: no label, no known word left on Accept/Ignore. */
function breakControls(doc: Document): Document {
  for (const control of doc.querySelectorAll('button, a')) {
    const label = control.getAttribute('aria-label') ?? '';
    const text = control.textContent ?? '';
    // "Zork"/"Blip": the invented language of fixture-sdui-2026-invented-language.html.
    if (/Accept|Acept|Annehmen|Ignor|Zork|Blip/.test(label + text)) {
      control.removeAttribute('aria-label');
      const span = doc.createElement('span');
      span.textContent = /Accept|Acept|Annehmen|Zork/.test(label + text) ? 'Qwop' : 'Zurg';
      control.replaceChildren(span);
    }
  }
  return doc;
}

describe('showsUnrecognisedInvitations', () => {
  it.each(fixtureNames)('%s: invitations whose controls LinkedIn changed are noticed though none are found', (name) => {
    const doc = breakControls(loadFixture(name));
    expect(findInvitations(doc)).toEqual([]);
    expect(showsUnrecognisedInvitations(doc)).toBe(true);
  });

  it('is quiet when only non-person invitations, suggestions and accepted cards are left', () => {
    const doc = loadFixture('fixture-sdui-2026.html');
    for (const item of doc.querySelectorAll('[role="listitem"][componentkey^="urn:li:invitation:"]')) {
      if (/inviting you to connect/.test(item.textContent ?? '')) item.parentElement!.remove();
    }
    expect(doc.querySelectorAll('[role="listitem"]').length).toBeGreaterThanOrEqual(4); // page, newsletter, accepted, suggestion
    expect(findInvitations(doc)).toEqual([]);
    expect(showsUnrecognisedInvitations(doc)).toBe(false);
  });

  it('notices the React strip’s rows when they lost their list items (issue 13, cards without list item)', () => {
    const doc = breakControls(loadFixture('fixture-mynetwork-strip.html'));
    for (const el of doc.querySelectorAll('[role="listitem"], [data-view-name]')) {
      el.removeAttribute('role');
      el.removeAttribute('data-view-name');
    }
    expect(doc.querySelector('[componentkey="MyNetwork_InvitationsPreview"] :is([role="listitem"], [data-view-name], li)')).toBeNull();
    expect(findInvitations(doc)).toEqual([]);
    expect(showsUnrecognisedInvitations(doc)).toBe(true);
  });

  it('is quiet on an empty list and on a page without any list', () => {
    const doc = loadFixture('fixture-ember-2022.html');
    doc.querySelector('ul.mn-invitation-list')!.replaceChildren();
    expect(showsUnrecognisedInvitations(doc)).toBe(false);
    expect(showsUnrecognisedInvitations(new DOMParser().parseFromString('<main><p>No pending invitations</p></main>', 'text/html'))).toBe(
      false,
    );
  });
});
