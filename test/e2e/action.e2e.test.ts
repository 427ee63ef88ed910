import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  TOKEN,
  startDemoSandbox,
  writeTestConfig,
  type CliResult,
  type RunningSandbox,
} from './harness.ts';

// The action's entry point run the way the runner runs it: inputs as INPUT_* variables (dashes kept),
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files.

// The working directory is the repository so `--import tsx` resolves; paths in inputs are absolute.
function runAction(env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/action/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TZ: 'UTC', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** `name<<delimiter` / value / `delimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[i] ?? '');
    if (match?.[1] && match[2]) {
      outputs[match[1]] = lines[i + 1] ?? '';
      i += 2;
    }
  }
  return outputs;
}

describe('the GitHub Action entry point', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startDemoSandbox();
  });
  afterAll(async () => sandbox?.close());

  it(
    'syncs the demo from INPUT_* variables and sets the counts as outputs',
    { timeout: 60_000 },
    async () => {
      const workspace = await mkdtemp(join(tmpdir(), 'review-sync-action-'));
      const { configPath } = await writeTestConfig();
      const outputFile = join(workspace, 'github-output');
      const summaryFile = join(workspace, 'step-summary');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const result = await runAction({
        INPUT_CONFIG: configPath,
        'INPUT_DRY-RUN': 'false',
        INPUT_REVIEW: '',
        INPUT_SHARD: '',
        'INPUT_REPORT-FILE': join(workspace, 'report.json'),
        'INPUT_LOG-DETAIL': '',
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: workspace,
        NOTION_TOKEN: TOKEN,
        NOTION_API_BASE_URL: sandbox.url,
      });
      expect(result.stderr).not.toContain(TOKEN);
      expect(result.code).toBe(0);
      const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
      // The action runs on the real clock, so only counts that do not depend on the day are pinned.
      expect(outputs).toMatchObject({ reviews: '12', responses: '49', failures: '0', 'skipped-pages': '1' });
      expect(Number(outputs.summaries)).toBeGreaterThan(0);
      expect(outputs['report-file']).toBe(join(workspace, 'report.json'));
      expect(result.stdout).toContain('::warning title=Page skipped::');
      expect(await readFile(summaryFile, 'utf8')).toContain('## review-sync');
      expect(JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8'))).toMatchObject({
        dryRun: false,
      });
    },
  );

  it('fails the step with a clear message for an input that is not a boolean', async () => {
    const result = await runAction({ 'INPUT_DRY-RUN': 'maybe', GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('::error::input dry-run: expected true or false, got "maybe"');
  });
});
