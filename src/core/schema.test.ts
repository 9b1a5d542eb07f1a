import { describe, expect, it } from 'vitest';
import { ContentMessageSchema, PageMessageSchema, InviterRecordSchema, SettingsSchema, parseOrNull } from './schema';

const invitation = {
  profile: 'priya-raman-4b2a1c',
  name: 'Priya Raman',
  headline: 'Senior Data Engineer at Northwind Analytics',
  mutual: '',
  age: '2 days ago',
  message: '',
};

describe('content messages', () => {
  it('accepts a tab report and rebuilds it without unknown fields', () => {
    const parsed = parseOrNull(ContentMessageSchema, {
      type: 'tab-report',
      page: 'invitation-manager',
      invitations: [{ ...invitation, extra: 'dropped' }],
      tabId: 99,
    });
    // A report from an older content script, without the flag, reads as "recognised".
    expect(parsed).toEqual({ type: 'tab-report', page: 'invitation-manager', invitations: [invitation], unrecognised: false });
  });
  it('caps hostile strings and keeps markup as text', () => {
    const parsed = parseOrNull(ContentMessageSchema, {
      type: 'tab-report',
      page: 'network-strip',
      invitations: [{ ...invitation, name: '<img src=x onerror=alert(1)>\u202E' + 'x'.repeat(100_000) }],
    });
    expect(parsed?.type === 'tab-report' && parsed.invitations[0]?.name.length).toBe(200);
    expect(parsed?.type === 'tab-report' && parsed.invitations[0]?.name.startsWith('<img src=x')).toBe(true);
  });
  it.each([
    ['unknown type', { type: 'save-inviter', profile: 'a', answers: {}, note: '' }],
    ['slash in slug', { type: 'badge-click', profile: '../settings' }],
    ['empty slug', { type: 'badge-click', profile: '  ' }],
    ['wrong page kind', { type: 'tab-report', page: 'feed', invitations: [] }],
    ['not an object', 'tab-report'],
    ['too many invitations', { type: 'tab-report', page: 'other', invitations: Array(501).fill(invitation) }],
  ])('drops %s', (_why, message) => {
    expect(parseOrNull(ContentMessageSchema, message)).toBeNull();
  });
});

describe('page messages', () => {
  it('accepts answers it knows and rejects values it does not', () => {
    expect(
      parseOrNull(PageMessageSchema, { type: 'save-inviter', profile: 'p', answers: { knows: 'yes', trusts: 'unsure' }, note: 'hi' }),
    ).toEqual({ type: 'save-inviter', profile: 'p', answers: { knows: 'yes', trusts: 'unsure' }, note: 'hi' });
    expect(parseOrNull(PageMessageSchema, { type: 'save-inviter', profile: 'p', answers: { knows: 'maybe' }, note: '' })).toBeNull();
    expect(parseOrNull(PageMessageSchema, { type: 'get-tab-view', tabId: -1 })).toBeNull();
    expect(parseOrNull(PageMessageSchema, { type: 'get-tab-view', tabId: 1.5 })).toBeNull();
  });
  it('caps the note and keeps its line breaks', () => {
    const parsed = parseOrNull(PageMessageSchema, { type: 'save-inviter', profile: 'p', answers: {}, note: 'a\r\nb' + 'x'.repeat(9000) });
    expect(parsed?.type === 'save-inviter' && parsed.note.length).toBe(5000);
    expect(parsed?.type === 'save-inviter' && parsed.note.slice(0, 3)).toBe('a\nb');
  });
});

describe('settings and records', () => {
  it('trims, de-duplicates and drops empty company names', () => {
    expect(parseOrNull(SettingsSchema, { companies: [' Northwind Analytics ', '', 'Northwind Analytics', 'Contoso'] })).toEqual({
      companies: ['Northwind Analytics', 'Contoso'],
      popupOnly: false,
    });
    // Settings stored before popup-only mode existed read as "badges on".
    expect(parseOrNull(SettingsSchema, { companies: [], popupOnly: true })).toEqual({ companies: [], popupOnly: true });
    expect(parseOrNull(SettingsSchema, { companies: [], popupOnly: 'yes' })).toBeNull();
  });
  it('rejects a record with a negative timestamp', () => {
    const record = { profile: 'p', name: 'P', headline: '', answers: {}, note: '', firstSeen: 1, lastSeen: 2, updatedAt: -1 };
    expect(parseOrNull(InviterRecordSchema, record)).toBeNull();
    expect(parseOrNull(InviterRecordSchema, { ...record, updatedAt: 0 })).toEqual({ ...record, updatedAt: 0 });
  });
});
