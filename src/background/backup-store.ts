import { storageAreas } from './areas';
import {
  buildExport,
  parseImport,
  planImport,
  type ExportFile,
  type ImportMode,
  type ImportOutcome,
  type StorageUse,
} from '../core/backup';
import { inviterRecords, schemaVersion, setAside, setTogether, settings } from '../core/storage-items';
import type { InviterRecord } from '../core/types';
import { withStoreLock } from './lock';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import * as store from './store';

// Export, import, delete-all and the storage figures of the options page. Imports are checked
// whole (core/backup.ts) before the first write; writes go in an order where a crash half-way
// leaves more data, never less: new records are set before old ones are removed.

/**
 * Everything the user keeps, and what could not be read (set aside, or unreadable where it is),
 * verbatim and with why: the file leaves nothing the user wrote behind.
 */
export async function exportData(now: Date): Promise<ExportFile> {
  const [records, current, figures] = await Promise.all([store.allRecords(), store.getSettings(), store.peopleFigures()]);
  const aside = [...figures.setAside, ...figures.unreadable.map(({ key, value }) => ({ key, reason: 'unreadable' as const, value }))];
  return buildExport(records, current, now, aside);
}

export function importData(text: string, mode: ImportMode): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return Promise.resolve(parsed);
  return withStoreLock(async () => {
    const [current, currentSettings] = await Promise.all([store.allRecords(), store.getSettings()]);
    const plan = planImport(mode, current, currentSettings, parsed.file);
    // One write for the settings, every record and the copies of the unreadable records they
    // replace: it lands whole or not at all.
    const records = new Map(plan.write.map((record): [string, InviterRecord] => [record.profile, record]));
    const aside = await store.unreadableUnder([...records.keys()], Date.now());
    await setTogether(storageAreas, [settings.write(plan.settings), setAside.write(aside), inviterRecords.write(records)]);
    if (plan.remove.length > 0) await inviterRecords.remove(storageAreas, plan.remove);
    const total = (await store.allRecords()).length;
    return { ok: true, written: plan.write.length, removed: plan.remove.length, total };
  });
}

/** Erases every inviter and the settings; only the schema version stays, so the next start knows the layout. */
export function deleteAll(): Promise<void> {
  return withStoreLock(async () => {
    const { [schemaVersion.key]: version } = await storageAreas.local.get(schemaVersion.key);
    await storageAreas.local.clear();
    await storageAreas.local.set({ [schemaVersion.key]: version ?? CURRENT_SCHEMA_VERSION });
    await store.clearAllSelected();
  });
}

export async function storageUse(): Promise<StorageUse> {
  const [all, figures] = await Promise.all([storageAreas.local.get(null), store.peopleFigures()]);
  const setAside: StorageUse['setAside'] = { upgrade: 0, unreadable: figures.unreadable.length };
  for (const { reason } of figures.setAside) setAside[reason] += 1;
  const bytes = new TextEncoder().encode(JSON.stringify(all)).length;
  const quota = (storageAreas.local as { QUOTA_BYTES?: number }).QUOTA_BYTES ?? null;
  return { own: figures.own, seen: figures.seen, setAside, bytes, quota: typeof quota === 'number' ? quota : null };
}
