import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer fences are lint rules; this plants one import per rule in a file of the folder it guards and
// asks the project's own eslint config whether it passes. Type information is switched off: the fences
// read only the import text, and the planted files do not exist.
const eslint = new ESLint({
  cwd: join(import.meta.dirname, '..', '..'),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function fenceMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
    ['the sandbox imports core', 'src/sandbox/notion/planted.ts', "import '../../core/types.ts';"],
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
    ['production code imports vitest', 'src/notion/planted.ts', "import { vi } from 'vitest';"],
    ['production code imports msw', 'src/sandbox/planted.ts', "import { http } from 'msw';"],
    ['production code imports msw/node', 'src/google/planted.ts', "import { setupServer } from 'msw/node';"],
    [
      'production code imports test/',
      'src/notion/planted.ts',
      "import { useMswServer } from '../../test/msw.ts';",
    ],
    [
      'a core helper imports test fixtures',
      'src/core/workflow/planted.ts',
      "import '../../../test/fixtures/domain.ts';",
    ],
  ])('fails when %s', async (_label, filePath, code) => {
    expect(await fenceMessages(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['core imports core', 'src/core/workflow/planted.ts', "import type { Review } from '../types.ts';"],
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
      'an adapter imports core and another adapter',
      'src/doctor/planted.ts',
      "import '../core/changes.ts';\nimport '../notion/ids.ts';",
    ],
    ['sync imports adapters', 'src/sync/planted.ts', "import '../notion/write-review.ts';"],
    [
      'the planner imports core and errors',
      'src/planner/planted.ts',
      "import '../core/types.ts';\nimport '../errors.ts';",
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
  ])('passes when %s', async (_label, filePath, code) => {
    expect(await fenceMessages(filePath, code)).toEqual([]);
  });
});
