import { defineConfig } from 'vitest/config';

// The slow suite: request counts at team scale. `npm run test:scale`; .ci/run calls it after npm test.
export const config = defineConfig({
  test: {
    include: ['test/scale/**/*.scale.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 900_000,
    pool: 'forks',
  },
});

// vitest discovers its config through the default export; this is the one place we allow it.
// eslint-disable-next-line no-restricted-syntax
export default config;
