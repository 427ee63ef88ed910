import { defineConfig } from 'vitest/config';

// `npm run test:pack`: packs the package, installs the tarball in a temp directory and runs it there.
// Slow (a build and an install), so it is kept out of `npm test`; .ci/run calls it.
export const config = defineConfig({
  test: {
    include: ['test/pack/**/*.pack.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});

// vitest discovers its config through the default export; this is the one place we allow it.
// eslint-disable-next-line no-restricted-syntax
export default config;
