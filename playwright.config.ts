import { defineConfig } from '@playwright/test';
import { requireChromium, CHROMIUM_ARGS } from './tests/support/browser';

const PORT = Number(process.env.PREVIEW_PORT ?? 4321);

/**
 * End-to-end tests run in Chromium against the production build (dist/),
 * served by `astro preview`, which Playwright starts and stops itself so no
 * server is left holding the port. Build first: `npm test` does.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The JSON report is what scripts/test-all.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Generous limits: axe on the calculator page is heavy, and CI shares 2 cores.
  // These bound a hung test; they are not speed checks (those are in the audit).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
