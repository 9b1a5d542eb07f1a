// Types for extension-control.mjs, so tests/e2e/harness.ts can use it under `strict`.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const BADGE: string;
export declare const POPUP_VIEWPORT: Readonly<{ width: number; height: number }>;
export declare function isServiceWorkerRunning(context: BrowserContext, extensionId: string): Promise<boolean>;
export declare function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void>;
export declare function wakeServiceWorker(context: BrowserContext, extensionId: string): Promise<void>;
export declare function getServiceWorker(context: BrowserContext, extensionId: string): Promise<Worker>;
export declare function tabIdOf(context: BrowserContext, extensionId: string, urlPattern: string): Promise<number>;
export declare function openTabWithId(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<{ page: Page; tabId: number }>;
export declare function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page>;
export declare function readBadges(page: Page): Promise<{ profile: string | null; verdict: string | null }[]>;
export declare function waitForBadgeCount(page: Page, count: number, timeout?: number): Promise<void>;
export declare function waitForBadgeVerdict(page: Page, profile: string, verdict: string, timeout?: number): Promise<void>;
export declare function seedInviters(worker: Worker, count: number, options?: { prefix?: string; name?: string }): Promise<void>;
