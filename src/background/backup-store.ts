import browser from 'webextension-polyfill';
import { buildExport, parseImport, planImport, type ExportFile, type ImportMode, type ImportOutcome, type StorageUse } from '../core/backup';
import { withStoreLock } from './lock';
import * as store from './store';

// Export, import, delete-all and the storage figures of the options page. Imports are checked
// whole (core/backup.ts) before the first write; writes go in an order where a crash half-way
// leaves more data, never less: new records are set before old ones are removed.

export async function exportData(now: Date): Promise<ExportFile> {
  const [records, settings] = await Promise.all([store.allRecords(), store.getSettings()]);
  return buildExport(records, settings, now);
}

export function importData(text: string, mode: ImportMode): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return Promise.resolve(parsed);
  return withStoreLock(async () => {
    const [current, settings] = await Promise.all([store.allRecords(), store.getSettings()]);
    const plan = planImport(mode, current, settings, parsed.file);
    const writes: Record<string, unknown> = { settings: plan.settings };
    for (const record of plan.write) writes[store.inviterKey(record.profile)] = record;
    await browser.storage.local.set(writes);
    if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove.map(store.inviterKey));
    const total = (await store.allRecords()).length;
    return { ok: true, written: plan.write.length, removed: plan.remove.length, total };
  });
}

/** Erases every inviter and the settings; only the schema version stays, so the next start knows the layout. */
export function deleteAll(): Promise<void> {
  return withStoreLock(async () => {
    const { schemaVersion } = await browser.storage.local.get('schemaVersion');
    await browser.storage.local.clear();
    await browser.storage.local.set({ schemaVersion: schemaVersion ?? store.SCHEMA_VERSION });
    // Which badge was clicked last is about people too.
    const session = await browser.storage.session.get(null);
    const selected = Object.keys(session).filter((key) => key.startsWith('selected:'));
    if (selected.length > 0) await browser.storage.session.remove(selected);
  });
}

export async function storageUse(): Promise<StorageUse> {
  const all = await browser.storage.local.get(null);
  const inviters = Object.keys(all).filter((key) => key.startsWith('inviter:')).length;
  const bytes = new TextEncoder().encode(JSON.stringify(all)).length;
  const quota = (browser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES ?? null;
  return { inviters, bytes, quota: typeof quota === 'number' ? quota : null };
}
