import { defineConfig } from '@playwright/test';

/**
 * Runs against the built server (which serves the built client), started by global-setup.ts
 * on a free port with a fresh database. `pnpm test:e2e` at the root builds both first.
 */
export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  outputDir: './test-results',
  // One worker. Two were tried beside pnpm test's other lanes: the machine's two cores went
  // to kernel time (over 50% sy in top) and both the browser tests and the integration
  // tests slowed until some timed out; one worker finished the suite in 580 s there.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  // `pnpm test` runs this suite beside lint and the integration tests on two cores, so a
  // step can take twice as long as alone; waits end as soon as their condition holds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: './playwright-report', open: 'never' }]],
  use: {
    // Set by global-setup.ts before the workers start, so they inherit it.
    baseURL: process.env['CONCORD_E2E_BASE_URL'],
    locale: 'en-US',
    timezoneId: 'Europe/Rome',
    // The client honours prefers-reduced-motion (styles/global.css): no endless spinner or
    // pulse keeps the browser drawing frames, which cost CPU the server and suites share.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        // Debian's Chromium: Playwright's own browser download is not available everywhere.
        launchOptions: {
          executablePath: process.env['CONCORD_CHROMIUM'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
