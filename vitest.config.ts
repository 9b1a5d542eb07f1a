import { defineConfig } from 'vitest/config';

// Unit tests: pure modules and DOM reading, in jsdom. Browser tests live in tests/e2e
// and run with vitest.browser.config.ts against a real Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    // Generous, not a speed requirement: the property tests build hundreds of pages in jsdom, and
    // CI machines (2 cores) run this beside other work. Speed is measured in the benchmark.
    testTimeout: 30_000,
  },
});
