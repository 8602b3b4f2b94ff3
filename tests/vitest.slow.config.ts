// Slow tests (`npm run test:slow`, a stage of `npm test` after the unit tests): each runs a whole
// `astro build` or more, so they stay out of the quick unit run (tests/vitest.config.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/slow/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
    testTimeout: 180_000,
  },
});
