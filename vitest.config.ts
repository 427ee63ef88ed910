import { configDefaults, defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The slow suite has its own script (npm run test:scale).
    exclude: [...configDefaults.exclude, 'test/scale/**'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Test files share their worker's module cache: loading the SDKs, msw and zod once per worker rather
    // than once per file is most of the suite's time saved (see docs/testing.md). The price is that a
    // file must leave no global state behind; env stubs, globals and spies are undone after every test.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
  },
});

// vitest discovers its config through the default export; this is the one place we allow it.
// eslint-disable-next-line no-restricted-syntax
export default config;
