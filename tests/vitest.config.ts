// Unit tests (`npm run test:unit`): quick, no build. Tests that build the site live in tests/slow/
// (tests/vitest.slow.config.ts, `npm run test:slow`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
