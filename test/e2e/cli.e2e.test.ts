import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/sync/report.ts';
import {
  ROOT,
  runCli,
  startDemoSandbox,
  writeTestConfig,
  type CliResult,
  type RunningSandbox,
} from './harness.ts';

// The command-line conventions through the real entry point: --version, --report-file - keeping stdout
// for JSON, --quiet, and --strict for warnings. Help texts are checked in-process (src/cli/program.test.ts).

function run(args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/review-sync'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TZ: 'UTC' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('review-sync command line', () => {
  it('prints its version', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });

  describe('against the demo sandbox', () => {
    let sandbox: RunningSandbox;
    let configPath = '';
    beforeAll(async () => {
      sandbox = await startDemoSandbox();
      ({ configPath } = await writeTestConfig());
    });
    afterAll(async () => sandbox?.close());

    it('keeps stdout for the JSON report with --report-file -, and --strict makes the skipped page exit 1', async () => {
      const result = await runCli(sandbox.url, [
        '--config',
        configPath,
        '--report-file',
        '-',
        '--strict',
        '--quiet',
      ]);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as RunReport;
      expect(report.counts).toMatchObject({ reviews: 12, failures: 0 });
      expect(report.problems).toHaveLength(1);
      expect(result.stderr).toContain('warning: skipped reviews page');
      // Not a terminal: no colour codes.
      expect(result.stderr).not.toContain('\u001b[');
    });
  });
});
