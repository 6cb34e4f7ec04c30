import { defineConfig } from 'vitest/config';

// End-to-end tests: Debian Chromium through playwright-core, the built extension loaded unpacked.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
