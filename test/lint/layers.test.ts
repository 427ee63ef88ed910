import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer fences are lint rules; this plants one import per rule in a file of the folder it guards and
// asks the project's own eslint config whether it passes. Type information is switched off: the fences
// read only the import paths, and the planted files do not exist.
const eslint = new ESLint({
  cwd: join(import.meta.dirname, '..', '..'),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

const fenceRules = ['no-restricted-imports', 'fences/allowed-imports'];

async function fenceMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && fenceRules.includes(m.ruleId))
    .map((m) => m.message);
}

describe('layer fences', () => {
  it.each([
    ['core imports config', 'src/core/planted.ts', "import '../config/load.ts';"],
    [
      'core imports sync',
      'src/core/workflow/planted.ts',
      "import type { ApplyOptions } from '../../sync/apply.ts';",
    ],
    [
      'core imports an adapter',
      'src/core/scoring/planted.ts',
      "export { createNotionGateway } from '../../notion/gateway.ts';",
    ],
    ['core does I/O', 'src/core/planted.ts', "import { readFile } from 'node:fs/promises';"],
    [
      'core imports the planner',
      'src/core/planted.ts',
      "import type { SyncPlan } from '../planner/plan.ts';",
    ],
    ['the planner imports sync', 'src/planner/planted.ts', "import { apply } from '../sync/apply.ts';"],
    ['the planner imports an adapter', 'src/planner/planted.ts', "import '../notion/write-review.ts';"],
    ['the planner imports config loading', 'src/planner/planted.ts', "import '../config/load.ts';"],
    ['the planner does I/O', 'src/planner/planted.ts', "import { readFile } from 'node:fs/promises';"],
    [
      'notion imports the planner',
      'src/notion/planted.ts',
      "import type { SyncState } from '../planner/plan.ts';",
    ],
    ['config imports an adapter', 'src/config/planted.ts', "import '../notion/ids.ts';"],
    ['config imports cli', 'src/config/planted.ts', "import { consoleOutput } from '../cli/output.ts';"],
    ['notion imports sync', 'src/notion/planted.ts', "import type { SyncState } from '../planner/plan.ts';"],
    ['google imports cli', 'src/google/planted.ts', "import { redact } from '../cli/redact.ts';"],
    [
      'doctor imports the sandbox',
      'src/doctor/planted.ts',
      "import { createSandbox } from '../sandbox/index.ts';",
    ],
    ['init imports cli output', 'src/init/planted.ts', "import type { Output } from '../cli/output.ts';"],
    ['sync imports the sandbox', 'src/sync/planted.ts', "import '../sandbox/index.ts';"],
    ['the sandbox imports core', 'src/sandbox/notion/planted.ts', "import '../../core/domain.ts';"],
    ['a root module imports a layer', 'src/planted.ts', "import './cli/output.ts';"],
    [
      'cli reaches into the sandbox',
      'src/cli/commands/planted.ts',
      "import { startSandboxServer } from '../../sandbox/server.ts';",
    ],
    [
      'a script reaches into the sandbox',
      'scripts/bench/planted.ts',
      "import { seededRandom } from '../../src/sandbox/faults.ts';",
    ],
    [
      'a script imports a test builder',
      'scripts/bench/planted.ts',
      "import { makeReview } from '../../test/support/review-builders.ts';",
    ],
    ['production code imports vitest', 'src/notion/planted.ts', "import { vi } from 'vitest';"],
    ['production code imports msw', 'src/sandbox/planted.ts', "import { http } from 'msw';"],
    ['production code imports msw/node', 'src/google/planted.ts', "import { setupServer } from 'msw/node';"],
    [
      'production code imports test/',
      'src/notion/planted.ts',
      "import { useMswServer } from '../../test/msw.ts';",
    ],
    [
      'a core helper imports a test builder',
      'src/core/workflow/planted.ts',
      "import '../../../test/support/review-builders.ts';",
    ],
    [
      'a file sits in a folder the table does not place',
      'src/newthing/x.ts',
      "import type { Review } from '../core/domain.ts';",
    ],
    ['an unplaced folder holds a file with no imports', 'src/newthing/x.ts', 'export const x = 1;'],
    ['an unplaced folder holds a test', 'src/newthing/x.test.ts', "import 'vitest';"],
    ['notion imports google', 'src/notion/planted.ts', "import '../google/client.ts';"],
    [
      'google imports notion',
      'src/google/sheets/planted.ts',
      "import type { NotionGateway } from '../../notion/gateway.ts';",
    ],
    ['notion re-exports google', 'src/notion/planted.ts', "export * from '../google/client.ts';"],
    [
      'notion loads google lazily',
      'src/notion/planted.ts',
      "export const g = () => import('../google/client.ts');",
    ],
    [
      'notion names a google type',
      'src/notion/planted.ts',
      "export type G = typeof import('../google/client.ts');",
    ],
    ['notion imports doctor', 'src/notion/planted.ts', "import '../doctor/run.ts';"],
    ['notion imports init', 'src/notion/planted.ts', "import '../init/run.ts';"],
    ['notion imports launch', 'src/notion/planted.ts', "import '../launch/run.ts';"],
    ['notion imports migrate', 'src/notion/planted.ts', "import '../migrate/run.ts';"],
    ['google imports a command', 'src/google/planted.ts', "import '../launch/run.ts';"],
    ['notion imports config', 'src/notion/planted.ts', "import '../config/load.ts';"],
    ['doctor imports init', 'src/doctor/planted.ts', "import '../init/run.ts';"],
    ['init imports launch', 'src/init/planted.ts', "import '../launch/run.ts';"],
    ['launch imports migrate', 'src/launch/planted.ts', "import '../migrate/run.ts';"],
    ['migrate imports doctor', 'src/migrate/planted.ts', "import '../doctor/run.ts';"],
    ['a command imports sync', 'src/migrate/planted.ts', "import '../sync/plan.ts';"],
    ['a command imports the action', 'src/launch/planted.ts', "import '../action/main.ts';"],
    ['planner imports notion', 'src/planner/planted.ts', "import '../notion/gateway.ts';"],
    ['planner imports sync', 'src/planner/planted.ts', "import type { SyncState } from '../sync/plan.ts';"],
    ['planner imports config', 'src/planner/planted.ts', "import '../config/load.ts';"],
    ['planner does I/O', 'src/planner/planted.ts', "import { readFile } from 'node:fs/promises';"],
    ['planner imports an SDK', 'src/planner/planted.ts', "import { Client } from '@notionhq/client';"],
    ['core imports planner', 'src/core/planted.ts', "import '../planner/plan.ts';"],
    ['config imports planner', 'src/config/planted.ts', "import '../planner/plan.ts';"],
    ['sync imports cli', 'src/sync/planted.ts', "import '../cli/output.ts';"],
    ['cli imports the action', 'src/cli/planted.ts', "import '../action/main.ts';"],
    ['the action imports the sandbox', 'src/action/planted.ts', "import '../sandbox/index.ts';"],
    ['the action imports an adapter', 'src/action/planted.ts', "import '../notion/gateway.ts';"],
    ['production code reaches outside src', 'src/cli/planted.ts', "import '../../demo/config.ts';"],
    [
      'a script imports test/',
      'scripts/bench/planted.ts',
      "import { makeReview } from '../../test/fixtures/domain.ts';",
    ],
    ['a script imports test/support', 'scripts/planted.ts', "import '../test/support/notion-sandbox.ts';"],
  ])('fails when %s', async (_label, filePath, code) => {
    expect(await fenceMessages(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['core imports core', 'src/core/workflow/planted.ts', "import type { Review } from '../domain.ts';"],
    [
      'core imports the shared errors',
      'src/core/action-plan/planted.ts',
      "import { InternalError } from '../../errors.ts';",
    ],
    [
      'config imports core',
      'src/config/planted.ts',
      "import type { Config } from '../core/config-schema.ts';",
    ],
    [
      'a command imports core and an adapter',
      'src/doctor/planted.ts',
      "import '../core/changes.ts';\nimport '../notion/ids.ts';",
    ],
    ['sync imports adapters', 'src/sync/planted.ts', "import '../notion/write-review.ts';"],
    [
      'the planner imports core and errors',
      'src/planner/planted.ts',
      "import '../core/domain.ts';\nimport '../errors.ts';",
    ],
    ['sync imports the planner', 'src/sync/planted.ts', "import { plan } from '../planner/plan.ts';"],
    [
      'the sandbox imports its own folders',
      'src/sandbox/google/planted.ts',
      "import '../notion/emulator.ts';",
    ],
    [
      'cli imports the sandbox index',
      'src/cli/commands/planted.ts',
      "import { createSandbox } from '../../sandbox/index.ts';",
    ],
    [
      'a script imports the sandbox index',
      'scripts/bench/planted.ts',
      "import { seededRandom } from '../../src/sandbox/index.ts';",
    ],
    [
      'a test imports vitest, msw and test/support',
      'src/notion/planted.test.ts',
      "import 'vitest';\nimport 'msw';\nimport '../../test/support/notion-sandbox.ts';",
    ],
    ['a root module imports the other root module', 'src/planted.ts', "import './errors.ts';"],
    ['planner imports core', 'src/planner/planted.ts', "import type { Review } from '../core/domain.ts';"],
    ['sync imports planner', 'src/sync/planted.ts', "import '../planner/plan.ts';"],
    [
      'a command imports config and both adapters',
      'src/launch/planted.ts',
      "import '../config/load.ts';\nimport '../notion/ids.ts';\nimport '../google/client.ts';",
    ],
    [
      'the action imports cli and sync',
      'src/action/planted.ts',
      "import '../cli/program.ts';\nimport '../sync/report.ts';",
    ],
    [
      'the sandbox imports the shared errors',
      'src/sandbox/planted.ts',
      "import '../errors.ts';\nimport '../exit-codes.ts';",
    ],
    ['an adapter imports its SDK', 'src/notion/planted.ts', "import { Client } from '@notionhq/client';"],
    [
      'a script imports src and scripts',
      'scripts/bench/planted.ts',
      "import '../../src/sync/plan.ts';\nimport '../../src/config/load.ts';\nimport './measure.ts';",
    ],
  ])('passes when %s', async (_label, filePath, code) => {
    expect(await fenceMessages(filePath, code)).toEqual([]);
  });

  it('tells whoever adds a folder where to place it', async () => {
    expect(await fenceMessages('src/newthing/x.ts', "import '../errors.ts';")).toEqual([
      'src/newthing is not in the fence table: add the folder, and what it may import, to the table in ' +
        'eslint/layer-fences.js and docs/architecture.md.',
    ]);
  });
});
