import * as v from 'valibot';
import { InviterRecordSchema, SettingsSchema } from './schema';
import { LIMITS } from './text';
import type { SetAsideReason } from './set-aside';
import type { InviterRecord, Settings } from './types';

// Export and import of everything the user keeps: one versioned JSON file. An import is checked
// whole before anything is written, so a bad file never leaves half of itself in storage.

const EXPORT_FORMAT = 'know-and-trust-export';
export const EXPORT_VERSION = 1;
/** Far above 10,000 inviters with long notes; a file larger than this is not ours. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
const MAX_INVITERS = 100_000;

/** Merge the file into what is stored, or make it the whole of the stored data (planImport). */
export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Why a file was refused; each has a message key `importError<Code>` in _locales. */
type ImportErrorCode = 'TooLarge' | 'Empty' | 'NotJson' | 'NotExport' | 'NewerVersion' | 'Invalid' | 'Duplicate' | 'TooLong';
export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, for 'Invalid', 'Duplicate' and 'TooLong' (e.g. "inviters[3].answers.knows"). */
  where?: string;
}

/** What an import did, or why it did nothing. */
export type ImportOutcome = { ok: true; written: number; removed: number; total: number } | { ok: false; error: ImportError };

/** The options page's storage figure. */
export interface StorageUse {
  /** People the user answered or wrote about: kept until the user deletes them. */
  own: number;
  /** People merely seen on an invitations page: kept under the retention rule (core/retention.ts). */
  seen: number;
  /** Records kept aside, by why (core/set-aside.ts); unreadable ones still in place count as unreadable. */
  setAside: Record<SetAsideReason, number>;
  /** What the stored data weighs, as UTF-8 JSON: the same measure in every browser. */
  bytes: number;
  /** The browser's limit for storage.local, where it has one. */
  quota: number | null;
}

const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  settings: SettingsSchema,
  inviters: v.pipe(v.array(InviterRecordSchema), v.maxLength(MAX_INVITERS)),
  /**
   * What storage holds but this build could not read, verbatim, with why (core/set-aside.ts): in
   * the file so that nothing the user wrote is left behind. An import does not write these back.
   */
  setAside: v.optional(
    v.pipe(
      v.array(v.object({ key: v.string(), reason: v.picklist(['upgrade', 'unreadable']), value: v.unknown() })),
      v.maxLength(MAX_INVITERS),
    ),
    [],
  ),
});
/** The export file, as written and as read back. */
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

/** A value kept aside, as the export carries it. */
export type SetAsideEntry = ExportFile['setAside'][number];

export function buildExport(inviters: InviterRecord[], settings: Settings, now: Date, setAside: SetAsideEntry[] = []): ExportFile {
  const sorted = [...inviters].sort((a, b) => (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0));
  const aside = [...setAside].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), settings, inviters: sorted, setAside: aside };
}

/** The text fields an import would cut at their cap (core/text.ts): refused instead, so nothing is lost unsaid. */
const CAPPED_FIELDS = [
  ['note', LIMITS.note],
  ['name', LIMITS.name],
  ['headline', LIMITS.headline],
] as const;

/** The first text in the file longer than its cap, as `inviters[3].note`; null when none is. */
function overCap(data: unknown): string | null {
  const inviters = (data as { inviters?: unknown }).inviters;
  if (!Array.isArray(inviters)) return null;
  for (const [index, inviter] of inviters.entries()) {
    if (typeof inviter !== 'object' || inviter === null) continue;
    for (const [field, max] of CAPPED_FIELDS) {
      const value = (inviter as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.length > max) return `inviters[${index}].${field}`;
    }
  }
  return null;
}

/** `inviters[3].answers.knows` from a valibot issue path. */
function whereOf(issue: v.BaseIssue<unknown>): string {
  let where = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    where += typeof key === 'number' ? `[${key}]` : where ? `.${String(key)}` : String(key);
  }
  return where || '(the file itself)';
}

/** Reads and checks a whole export file; nothing is written here. */
export function parseImport(text: string): { ok: true; file: ExportFile } | { ok: false; error: ImportError } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'TooLarge' } };
  if (text.trim() === '') return { ok: false, error: { code: 'Empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Truncated files land here too: a cut-off JSON document does not parse.
    return { ok: false, error: { code: 'NotJson' } };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) return { ok: false, error: { code: 'NotExport' } };
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) return { ok: false, error: { code: 'NewerVersion' } };
  const cut = overCap(data);
  if (cut !== null) return { ok: false, error: { code: 'TooLong', where: cut } };
  const result = v.safeParse(ExportFileSchema, data);
  if (!result.success) return { ok: false, error: { code: 'Invalid', where: whereOf(result.issues[0]) } };
  const seen = new Set<string>();
  for (const [index, inviter] of result.output.inviters.entries()) {
    if (seen.has(inviter.profile)) return { ok: false, error: { code: 'Duplicate', where: `inviters[${index}].profile` } };
    seen.add(inviter.profile);
  }
  return { ok: true, file: result.output };
}

interface ImportPlan {
  /** Records to write (whole records: each replaces what is stored under its profile). */
  write: InviterRecord[];
  /** Profiles to remove (replace mode: those not in the file). */
  remove: string[];
  settings: Settings;
}

/**
 * What an import does. Merge: per inviter, the record changed last by the user (`updatedAt`) wins,
 * the current one on a tie; the companies are united; popup-only mode stays as it is here.
 * Replace: the file becomes the whole of the stored data.
 */
export function planImport(mode: ImportMode, current: InviterRecord[], currentSettings: Settings, file: ExportFile): ImportPlan {
  if (mode === 'replace') {
    const incoming = new Set(file.inviters.map((r) => r.profile));
    return {
      write: file.inviters,
      remove: current.map((r) => r.profile).filter((p) => !incoming.has(p)),
      settings: file.settings,
    };
  }
  const byProfile = new Map(current.map((r) => [r.profile, r]));
  const write = file.inviters.filter((incoming) => {
    const mine = byProfile.get(incoming.profile);
    return !mine || incoming.updatedAt > mine.updatedAt;
  });
  // United, within the same cap a saved list has (a longer list would not read back).
  const companies = [...new Set([...currentSettings.companies, ...file.settings.companies])].slice(0, LIMITS.companies);
  return { write, remove: [], settings: { ...currentSettings, companies } };
}
