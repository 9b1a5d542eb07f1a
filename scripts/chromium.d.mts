// Types for chromium.mjs, so tests/e2e/harness.ts can import it under `strict`.
import type { BrowserContext } from 'playwright-core';

export declare const REPO_ROOT: string;
export declare const EXTENSION_DIR: string;
export declare const QUIET_CHROMIUM_ARGS: readonly string[];
export declare function findChromium(): string | null;
export declare function removeDirWithRetries(dir: string, attempts?: number): Promise<void>;

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  executablePath?: string;
  viewport?: { width: number; height: number } | null;
}
export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}
export declare function launchWithExtension(options?: LaunchOptions): Promise<LaunchedExtension>;
