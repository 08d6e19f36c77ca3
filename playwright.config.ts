import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
/** A second server on the demo mission (npm run demo), for the dashboard journey. */
const DEMO_PORT = PORT + 1;
export const DEMO_PASSWORD = 'demo mission password';

/**
 * The e2e suite runs against the production build on an empty database (scripts/e2e-server.ts).
 * The first-run journey goes first: it performs the one-time setup every other test relies on.
 * Server actions are called directly in places (e2e/fixtures/server-actions.ts), as an attacker would.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // The longest journeys take 15–20 s here; a busy shared CI machine has been seen to take twice that.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    { name: 'first-run', testMatch: /first-run\.spec\.ts/ },
    { name: 'app', testIgnore: /(first-run|authorization-matrix|bad-input)\.spec\.ts/, dependencies: ['first-run'] },
    // Alone at the end, one after the other: they prove a refused call changed nothing by comparing whole tables.
    { name: 'authorization-matrix', testMatch: /authorization-matrix\.spec\.ts/, dependencies: ['app'] },
    { name: 'bad-input', testMatch: /bad-input\.spec\.ts/, dependencies: ['authorization-matrix'] },
  ],
  webServer: [
    {
      command: 'tsx scripts/e2e-server.ts',
      url: `${baseURL}/sign-in`,
      env: { PORT: String(PORT) },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'tsx --conditions=react-server scripts/demo.ts --database data/e2e-demo/demo.db',
      url: `http://localhost:${DEMO_PORT}/sign-in`,
      // One process: the demo journeys read, and the suite's own server already runs two workers.
      env: { PORT: String(DEMO_PORT), DEMO_PASSWORD, WEB_CONCURRENCY: '1' },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
