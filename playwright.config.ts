import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own browser profile with the extension; two cores: two workers.
  workers: 2,
  fullyParallel: true,
  timeout: 30_000,
  retries: process.env.CI ? 1 : 0,
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
});
