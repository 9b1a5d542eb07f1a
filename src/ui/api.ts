import browser from 'webextension-polyfill';
import type { InviterView, TabView } from '../core/inviter-view';
import type { ExportFile, ImportError, ImportMode } from '../core/backup';
import type { Answers, Settings } from '../core/types';

// The extension pages' only way to read or change anything: ask the background, which validates
// and stores. A missing answer (the worker failed to start) becomes an error the page can show.

async function ask<T>(message: object): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as T | undefined;
  if (reply === undefined || reply === null) throw new Error(browser.i18n.getMessage('errorNoAnswer') || 'no answer');
  return reply;
}

export const api = {
  tabView: (tabId: number) => ask<TabView>({ type: 'get-tab-view', tabId }),
  inviter: (profile: string) => ask<InviterView>({ type: 'get-inviter', profile }),
  saveInviter: (profile: string, answers: Answers, note: string) =>
    ask<InviterView>({ type: 'save-inviter', profile, answers, note }),
  search: (query: string, limit: number) => ask<{ total: number; inviters: InviterView[] }>({ type: 'search-inviters', query, limit }),
  settings: () => ask<Settings>({ type: 'get-settings' }),
  exportData: () => ask<ExportFile>({ type: 'export-data' }),
  importData: (text: string, mode: ImportMode) =>
    ask<{ ok: true; written: number; removed: number; total: number } | { ok: false; error: ImportError }>({ type: 'import-data', text, mode }),
  deleteAll: () => ask<{ ok: true }>({ type: 'delete-all' }),
  storageUse: () => ask<{ inviters: number; bytes: number; quota: number | null }>({ type: 'storage-use' }),
  pageReport: (tabId: number) => ask<{ text: string; truncated: boolean } | { error: string }>({ type: 'get-page-report', tabId }),
  saveSettings: (change: Partial<Settings>) => ask<Settings>({ type: 'save-settings', settings: change }),
};
