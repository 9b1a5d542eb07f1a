import { describe, expect, it } from 'vitest';
import { InviterRecordSchema, SettingsSchema, parseOrNull } from './schema';

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
