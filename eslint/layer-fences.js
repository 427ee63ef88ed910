// @ts-check
// Which folder may import which. Every layer sits at src/<layer>/, so a relative import that leaves a
// layer starts with one or more `../` and then names the layer it reaches; the patterns match that.
// docs/design.md draws the same graph. src/errors.ts and src/exit-codes.ts sit below every layer.

/** @param {string[]} layers */
const reaching = (layers) => `^(\\.\\./)+(${layers.join('|')})(/|$)`;

const testingOnly = [
  {
    group: ['vitest', 'vitest/*', 'msw', 'msw/*'],
    message: 'Only tests and test/support use vitest and msw.',
  },
  { regex: reaching(['test']), message: 'Production code never imports from test/.' },
];

const pureCore = [
  {
    group: [
      'node:fs',
      'node:fs/*',
      'node:http',
      'node:https',
      'node:net',
      'node:child_process',
      'fs',
      'http',
      'https',
    ],
    message: 'src/core is pure: no I/O.',
  },
  {
    group: ['@notionhq/*', '@googleapis/*', 'google-auth-library', 'p-queue', 'msw', 'msw/*'],
    message: 'src/core never imports an SDK.',
  },
];

/**
 * @param {string[]} files
 * @param {string[]} forbidden layers these files must not import
 * @param {string} why
 * @param {object[]} [extra] further patterns
 */
function fence(files, forbidden, why, extra = []) {
  const patterns = [...extra, ...testingOnly];
  if (forbidden.length > 0) patterns.push({ regex: reaching(forbidden), message: why });
  return {
    files,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

// Only cli and scripts reach the sandbox, and only through its public surface.
const sandboxIndexOnly = {
  regex: '^(\\.\\./)+(src/)?sandbox/(?!index\\.ts$)',
  message: 'Import the sandbox through sandbox/index.ts only.',
};

/** The eslint config objects that hold the layers apart. */
export function layerFences() {
  return [
    fence(
      ['src/core/**/*.ts'],
      [
        'cli',
        'config',
        'planner',
        'sync',
        'notion',
        'google',
        'doctor',
        'init',
        'launch',
        'migrate',
        'action',
        'sandbox',
      ],
      'src/core imports only core (and src/errors.ts).',
      pureCore,
    ),
    fence(
      ['src/config/**/*.ts'],
      [
        'cli',
        'planner',
        'sync',
        'notion',
        'google',
        'doctor',
        'init',
        'launch',
        'migrate',
        'action',
        'sandbox',
      ],
      'src/config imports only config and core.',
    ),
    fence(
      [
        'src/notion/**/*.ts',
        'src/google/**/*.ts',
        'src/doctor/**/*.ts',
        'src/init/**/*.ts',
        'src/launch/**/*.ts',
        'src/migrate/**/*.ts',
      ],
      ['planner', 'sync', 'cli', 'action', 'sandbox'],
      'Adapters and commands (notion, google, doctor, init, launch, migrate) import neither planner, sync, cli nor sandbox.',
    ),
    // The pure planner: config, state and `now` in, a plan out. It reads and writes nothing, so it sees
    // only core (and src/errors.ts); src/sync is its I/O half.
    fence(
      ['src/planner/**/*.ts'],
      [
        'cli',
        'config',
        'sync',
        'notion',
        'google',
        'doctor',
        'init',
        'launch',
        'migrate',
        'action',
        'sandbox',
      ],
      'src/planner imports only core (and src/errors.ts, src/exit-codes.ts).',
      pureCore,
    ),
    fence(['src/sync/**/*.ts'], ['cli', 'action', 'sandbox'], 'src/sync imports neither cli nor sandbox.'),
    // The GitHub Action's entry point is a CLI run with its inputs as options.
    fence(['src/action/**/*.ts'], ['sandbox'], 'The action runs the CLI; it never imports the sandbox.'),
    // sandbox/notion and sandbox/google are sandbox's own folders, so only the other layers are named here.
    fence(
      ['src/sandbox/**/*.ts'],
      ['cli', 'config', 'core', 'planner', 'sync', 'doctor', 'init', 'launch', 'migrate', 'action'],
      'The sandbox stands alone: it imports only the sandbox.',
    ),
    // The root modules reach a layer with `./`, not `../`.
    fence(['src/*.ts'], [], '', [
      {
        regex: '^\\./(cli|config|core|planner|sync|notion|google|doctor|init|launch|migrate|action|sandbox)/',
        message: 'src/errors.ts and src/exit-codes.ts sit below every layer.',
      },
    ]),
    fence(['src/cli/**/*.ts'], [], '', [sandboxIndexOnly]),
    {
      files: ['scripts/**/*.ts'],
      ignores: ['**/*.test.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [sandboxIndexOnly] }] },
    },
  ];
}
