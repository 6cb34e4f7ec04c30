import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests: pure analysers, extraction on HTML fixtures (linkedom), schemas, storage with fakeBrowser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
