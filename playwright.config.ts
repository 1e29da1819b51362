import { defineConfig } from '@playwright/test';

// One Chromium at a time: the machines have 2 cores and every test starts its own browser.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: process.env.CI
    ? [['line'], ['json', { outputFile: 'test-results/playwright.json' }]]
    : [['list']],
  outputDir: 'test-results/e2e',
  use: { trace: 'retain-on-failure' },
});
