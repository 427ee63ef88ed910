import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the end-to-end fault suite (random faults, kills, stalls, schema drift, a shared
// token). Minutes long, so it is not part of `npm test`; `.ci/run` runs it after the main suite.
export const config = defineConfig({
  test: {
    include: ['test/faults/**/*.faults.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});

// vitest discovers its config through the default export; this is the one place we allow it.
// eslint-disable-next-line no-restricted-syntax
export default config;
