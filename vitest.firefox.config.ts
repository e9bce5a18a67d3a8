// The Firefox end-to-end suite (tests/firefox): one real Firefox ESR for the whole file, tests in
// order. Kept apart from the unit tests, which run without a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    // Launching Firefox and installing the add-on takes about 10 s on two cores, several times that when the machine is busy.
    hookTimeout: 90_000,
  },
});
