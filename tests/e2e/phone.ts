// The phone the browser tests read as: the `phone` project (tests/playwright.config.ts), and a test
// tagged @desktop that opens a phone context of its own.
import { devices } from '@playwright/test';

export const PHONE = { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } };
