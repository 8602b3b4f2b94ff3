import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { PHONE } from './e2e/phone.ts';

const executablePath = (await findChromium()) ?? undefined;
// E2E_PORT lets several checkouts run their browser tests side by side on one machine.
export const PORT = Number(process.env.E2E_PORT ?? 4391);
export const HOST_PORT = PORT + 1;

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: './.output/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: `node tests/serve.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      cwd: '..',
      reuseExistingServer: !process.env.CI,
    },
    {
      // Another origin (another port) for host pages that embed our charts (tests/e2e/embed.spec.ts).
      command: `node tests/serve.mjs tests/e2e/host ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/blank.html`,
      cwd: '..',
      reuseExistingServer: !process.env.CI,
    },
  ],
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, channel: undefined } },
    // Host-page embed tests (@host) resize their own windows, and tests that set their own widths
    // (@desktop, e.g. path-independence.spec.ts): once, on desktop, is enough.
    { name: 'phone', grepInvert: /@host|@desktop/, use: { ...PHONE, channel: undefined } },
  ],
});
