import browser from 'webextension-polyfill';
import type { ImportMode } from '../core/backup';
import type { FromExtensionPage, MessageType, ReplyTo, Sent } from '../core/protocol';
import type { Settings } from '../core/types';
import { NoAnswerError, PageError } from './errors';

// The extension pages' only way to read or change anything: ask the background, which validates
// and stores. Requests and replies are typed by core/protocol.ts. A missing answer (the worker
// failed to start, or dropped the request) becomes a NoAnswerError, and an answer of nothing (a
// person no longer stored) a PageError: errors.ts puts both in words.

async function ask<T extends MessageType<FromExtensionPage>>(
  request: Sent<FromExtensionPage, T>,
): Promise<NonNullable<ReplyTo<FromExtensionPage, T>>> {
  // Our own background answers, with the reply core/protocol.ts declares for this message.
  const reply: ReplyTo<FromExtensionPage, T> | undefined = await browser.runtime.sendMessage(request);
  if (reply === undefined) throw new NoAnswerError();
  if (reply === null) throw new PageError('errorPersonGone');
  return reply;
}

export const api = {
  tabView: (tabId: number) => ask({ type: 'get-tab-view', tabId }),
  inviter: (profile: string) => ask({ type: 'get-inviter', profile }),
  changeInviter: (request: Omit<Sent<FromExtensionPage, 'change-inviter'>, 'type'>) => ask({ type: 'change-inviter', ...request }),
  search: (query: string, limit: number) => ask({ type: 'search-inviters', query, limit }),
  settings: () => ask({ type: 'get-settings' }),
  pending: () => ask({ type: 'pending-inviters' }),
  dismiss: (profile: string, dismissed: boolean) => ask({ type: 'dismiss-inviter', profile, dismissed }),
  exportData: () => ask({ type: 'export-data' }),
  importData: (text: string, mode: ImportMode) => ask({ type: 'import-data', text, mode }),
  deleteAll: () => ask({ type: 'delete-all' }),
  storageUse: () => ask({ type: 'storage-use' }),
  pageReport: (tabId: number) => ask({ type: 'get-page-report', tabId }),
  saveSettings: (change: Partial<Settings>) => ask({ type: 'save-settings', settings: change }),
};
