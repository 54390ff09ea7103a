import { defineConfig } from 'vitest/config';

const database = 'test/helpers/global-setup.ts';

export default defineConfig({
  resolve: {
    // graphql 16 ships both index.mjs ("module") and index.js ("main"); Node resolves "main",
    // Vite prefers "module". type-graphql and Apollo load the CJS build, so the tests must too,
    // or the schema's types come from "another realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // A project's global setup runs only when the run includes its files: Chromium is made sure of
    // (and installed when missing, as root) only when browser tests run.
    projects: [
      {
        // Pure modules: no PostgreSQL, no Redis, no global setup (`npm run test:unit`).
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**', 'test/browser/**'],
          globalSetup: [database],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // A page waits for the server, PostgreSQL and the workers: a second is short on a busy machine.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          globalSetup: ['test/browser/chromium-setup.ts', database],
        },
      },
    ],
  },
});
