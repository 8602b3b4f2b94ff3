// Finds a Chromium for the end-to-end tests, the benchmark and the build's PNG renders:
// $CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own download if one exists.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* playwright-core not installed or no browser of its own */
  }
  return null;
}

export const HOW_TO_GET_ONE = `No Chromium found. Install one, then run the tests again:
  - Debian/Ubuntu (as root):  apt-get install -y chromium fonts-noto-cjk
  - macOS:                    brew install --cask chromium   (or set CHROME_PATH to Google Chrome)
  - anywhere with network:    npx playwright install chromium
  - or point CHROME_PATH at any Chromium or Chrome binary.`;
