import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The system Chromium when there is one (CI installs Debian's); Playwright's own browser otherwise.
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// A fresh embedded database per run, unless DATABASE_URL points the server at PostgreSQL.
const dataDir = process.env.E2E_PGLITE_DIR ?? `.data/e2e-${Date.now()}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
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
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // `npm test` builds first; `next start` serves the production build with the dev mailbox switched on.
    command: `npx next start -p ${port}`,
    url: `${baseURL}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      MAILBOX_ENABLED: '1',
      SEED_DEMO: '1',
      // APP_URL alone: Auth.js takes its address from it (auth.config.ts), as in the README's production command.
      APP_URL: baseURL,
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-not-for-production-0123456789abcdef',
      PGLITE_DATA_DIR: dataDir,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
