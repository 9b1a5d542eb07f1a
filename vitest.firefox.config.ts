import { defineConfig } from 'vitest/config';

// The Firefox test: the Firefox build run in Debian's firefox-esr (headless) by Mozilla's web-ext.
// Skipped, saying why, where no Firefox is installed; scripts/test.mjs runs it when one is.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
