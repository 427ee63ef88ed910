// @ts-check
// Which folder may import which, as an allow-list: every layer names what it may import, and a file in a
// src/ folder the table does not name fails lint until someone places it. docs/architecture.md holds the
// same table; change both together.
import { allowedImports } from './allowed-imports.js';

const where = 'eslint/layer-fences.js and docs/architecture.md';

/** The root modules sit below every layer, so every layer may import them. */
const everywhere = ['src/errors.ts', 'src/exit-codes.ts'];

// A command (doctor, init, launch, migrate) builds on the adapters, never on another command.
const commandMayImport = ['src/core', 'src/config', 'src/notion', 'src/google'];

/**
 * Layer -> what it may import besides itself and the root modules. A folder entry covers everything
 * under it; a file entry only that file.
 * @type {Record<string, string[]>}
 */
export const fenceTable = {
  'src/core': [],
  // The pure half of sync: decides what to change, never talks to a service.
  'src/planner': ['src/core'],
  'src/config': ['src/core'],
  // The adapters stand side by side: neither knows the other, nor any command.
  'src/notion': ['src/core'],
  'src/google': ['src/core'],
  'src/doctor': commandMayImport,
  'src/init': commandMayImport,
  'src/launch': commandMayImport,
  'src/migrate': commandMayImport,
  // explain shows how sync's plan came about, so it runs the same pure planner.
  'src/explain': [...commandMayImport, 'src/planner'],
  'src/sync': ['src/core', 'src/planner', 'src/config', 'src/notion', 'src/google'],
  'src/cli': [
    'src/core',
    'src/planner',
    'src/config',
    'src/notion',
    'src/google',
    'src/doctor',
    'src/init',
    'src/launch',
    'src/migrate',
    'src/explain',
    'src/sync',
    'src/sandbox/index.ts',
  ],
  // The GitHub Action runs the CLI with its inputs as options; it reads the sync report to summarise a run.
  'src/action': ['src/cli', 'src/sync'],
  // The sandbox stands alone so that it emulates the services and not the tool's idea of them.
  'src/sandbox': [],
  'src/*.ts': [],
};

/** Scripts may import anything in src, the sandbox only through its index, and never test/. */
const scriptsMayImport = [
  ...Object.keys(fenceTable).filter((layer) => layer !== 'src/sandbox' && layer !== 'src/*.ts'),
  'src/sandbox/index.ts',
];

const testingOnly = {
  group: ['vitest', 'vitest/*', 'msw', 'msw/*'],
  message: 'Only tests and test/support use vitest and msw.',
};

// core and planner hold no I/O and no SDK, so that they run on plain data with `now` passed in.
const pure = [
  {
    group: [
      'node:fs',
      'node:fs/*',
      'node:http',
      'node:https',
      'node:net',
      'node:child_process',
      'fs',
      'fs/*',
      'http',
      'https',
      'net',
      'child_process',
    ],
    message: 'src/core and src/planner are pure: no I/O.',
  },
  {
    group: ['@notionhq/*', '@googleapis/*', 'google-auth-library', 'p-queue'],
    message: 'src/core and src/planner never import an SDK.',
  },
];

/** The eslint config objects that hold the layers apart. */
export function layerFences() {
  return [
    {
      files: ['src/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.js'],
      plugins: { fences: { rules: { 'allowed-imports': allowedImports } } },
      rules: {
        'fences/allowed-imports': [
          'error',
          { table: { ...fenceTable, scripts: scriptsMayImport }, everywhere, where },
        ],
      },
    },
    {
      files: ['src/**/*.ts'],
      ignores: ['**/*.test.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [testingOnly] }] },
    },
    {
      files: ['src/core/**/*.ts', 'src/planner/**/*.ts'],
      ignores: ['**/*.test.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [...pure, testingOnly] }] },
    },
  ];
}
