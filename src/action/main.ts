import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { buildProgram } from '../cli/program.ts';
import type { RunReport } from '../sync/report.ts';
import { syncArguments } from './inputs.ts';

// The GitHub Action's entry point (action.yml): a `review-sync sync` with the inputs as options, then
// the run's counts as step outputs. The CLI already writes the job summary and annotations, and its
// exit code becomes the step's.

const OUTPUTS: [string, (report: RunReport) => number][] = [
  ['reviews', (r) => r.counts.reviews],
  ['responses', (r) => r.counts.responses],
  ['rejected', (r) => r.counts.responsesRejected],
  ['stage-moves', (r) => r.counts.stageMoves],
  ['summaries', (r) => r.counts.summariesWritten],
  ['action-items', (r) => r.counts.actionItemsCreated],
  ['reminders', (r) => r.counts.reminders],
  ['failures', (r) => r.counts.failures],
  ['skipped-pages', (r) => r.problems.length],
];

async function main(): Promise<void> {
  let args: string[];
  try {
    args = syncArguments(process.env, join(process.env.RUNNER_TEMP ?? tmpdir(), 'review-sync-report.json'));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  await buildProgram().parseAsync(args, { from: 'user' });
  const reportFile = args[args.indexOf('--report-file') + 1] ?? '';
  const report = await readFile(reportFile, 'utf8').then(
    (text) => JSON.parse(text) as RunReport,
    () => null,
  );
  // No report means the run stopped before syncing (config, auth or schema); the error is in the log.
  if (report === null) return;
  for (const [name, value] of OUTPUTS) core.setOutput(name, value(report));
  core.setOutput('report-file', reportFile);
}

await main();
