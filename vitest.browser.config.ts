import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (dist/chrome) loaded into Debian's Chromium by playwright-core.
// One file at a time: each test file starts its own browser and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
