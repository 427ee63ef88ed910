import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load.ts';
import { ConfigError } from '../../errors.ts';
import { formatPlan } from '../../sync/print-plan.ts';
import type { RunReport } from '../../sync/report.ts';
import { runSync } from '../../sync/run.ts';
import { parseShard } from '../../sync/select.ts';
import { EXIT_OK, EXIT_REVIEW_FAILED, type ExitCode } from '../../exit-codes.ts';
import { publishToGitHub } from '../github.ts';
import { aggregateLines, resolveLogDetail, type LogDetail } from '../log-detail.ts';
import { consoleOutput, type Output } from '../output.ts';
import { terminalProgress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

/**
 * What the command reads and writes besides its flags. The CLI passes the process's own; tests run the
 * command in-process with their own environment and buffers.
 */
export interface SyncCommandIo {
  env: NodeJS.ProcessEnv;
  output: Output;
  /** Where the progress line goes; it is shown only on a terminal. */
  progress?: NodeJS.WriteStream;
  exit: (code: ExitCode) => void;
}

function processIo(): SyncCommandIo {
  return {
    env: process.env,
    output: consoleOutput(),
    progress: process.stderr,
    exit: (code) => {
      process.exitCode = code;
    },
  };
}

interface SyncFlags {
  config: string;
  dryRun?: boolean;
  cycle?: string;
  review?: string;
  shard?: string;
  reportFile?: string;
  now?: string;
  logDetail?: string;
  debug?: boolean;
}

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`--now "${text}": expected an ISO date-time`);
  return date;
}

function printSummary(report: RunReport, output: Output, detail: LogDetail): void {
  const c = report.counts;
  if (detail === 'aggregate') {
    const lines = aggregateLines(report);
    for (const line of lines.error) output.error(line);
    for (const line of lines.info) output.info(line);
  } else printDetail(report, output);
  // Overview lines name a cycle and what happened to its page: no person, so at every detail.
  for (const o of report.overviews ?? []) {
    if (o.error !== null) output.error(`failed: overview of ${o.cycle}: ${o.error}`);
    else if (o.page !== null) {
      const what = { unchanged: 'unchanged', tidy: 'duplicates removed', replace: 'replaced' }[o.page.action];
      output.info(
        `overview of ${o.cycle}: ${report.dryRun && o.page.action !== 'unchanged' ? `would be ${what}` : what}`,
      );
    }
  }
  output.info(
    `${report.dryRun ? 'dry run: ' : ''}${c.reviews} reviews, ${c.responses} responses (${c.responsesRejected} rejected), ` +
      `${c.stageMoves} stage moves, ${c.pagesUpdated} pages updated, ${c.summariesWritten} summaries, ` +
      `${c.goalsUpdated} goals, ${c.actionItemsCreated} action items created, ${c.actionItemsWithdrawn} withdrawn, ` +
      `${c.actionItemsReopened} reopened, ${c.nudges} reminders, ${c.failures} failed; ` +
      `${report.requests.notion.total} Notion requests`,
  );
}

/** Names, page titles and rejection messages: for the person at the terminal, or with --log-detail full. */
function printDetail(report: RunReport, output: Output): void {
  for (const review of report.reviews.filter((r) => r.errors.length > 0)) {
    output.error(`failed: ${review.reviewee} (${review.pageId}): ${review.errors.join('; ')}`);
  }
  for (const problem of report.problems) {
    output.error(`skipped ${problem.dataSource} page ${problem.pageId}: ${problem.message}`);
  }
  if (!report.dryRun) {
    for (const r of report.rejected) output.info(`rejected ${r.source} ${r.ref}: ${r.reason}: ${r.message}`);
  }
}

export function registerSyncCommand(program: Command, io: () => SyncCommandIo = processIo): void {
  program
    .command('sync')
    .description('read reviews and responses, move stages, score, and write results back to Notion')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--dry-run', 'print the plan and write nothing')
    .option('--cycle <name>', 'only this cycle')
    .option('--review <page id or email>', 'only this review (responses are still checked against all)')
    .option('--shard <k/n>', 'only the k-th of n stable slices of the reviews')
    .option('--report-file <path>', 'write the run report as JSON')
    .option('--now <iso>', 'run as if it were this instant (for replays and tests)')
    .option(
      '--log-detail <aggregate|full>',
      'aggregate: counts only (the default under GitHub Actions); full: names and scores (the default elsewhere)',
    )
    .option('--debug', 'print stack traces')
    .action(async (flags: SyncFlags) => {
      const { env, output, progress: progressStream, exit } = io();
      const code = await runCommand(
        async (): Promise<ExitCode> => {
          const detail = resolveLogDetail(flags.logDetail, env);
          const config = await loadConfig(flags.config);
          const progress = progressStream ? terminalProgress(progressStream) : null;
          const { report, plan } = await runSync({
            config,
            env,
            now: parseNow(flags.now),
            dryRun: flags.dryRun ?? false,
            cycle: flags.cycle,
            review: flags.review,
            shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
            onReviewDone: (_outcome, done, total) => progress?.update(done, total),
          });
          if (report.dryRun) for (const line of formatPlan(plan, config, detail)) output.info(line);
          printSummary(report, output, detail);
          if (flags.reportFile) await writeFile(flags.reportFile, `${JSON.stringify(report, null, 2)}\n`);
          if (env.GITHUB_ACTIONS === 'true') await publishToGitHub(report, detail);
          // A page that could not be read is a review that was not synced: someone has to look.
          const overviewFailed = (report.overviews ?? []).some((o) => o.error !== null);
          return report.counts.failures > 0 || report.problems.length > 0 || overviewFailed
            ? EXIT_REVIEW_FAILED
            : EXIT_OK;
        },
        { debug: flags.debug ?? false, output },
      );
      exit(code);
    });
}
