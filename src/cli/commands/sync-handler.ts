import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../../config/load.ts';
import { ConfigError } from '../../errors.ts';
import { planLines } from '../../sync/print-plan.ts';
import type { RunReport } from '../../sync/report.ts';
import { runSync } from '../../sync/run.ts';
import { activeCycles } from '../../notion/review-selection.ts';
import { parseShard } from '../../sync/select.ts';
import type { ExitCode } from '../../exit-codes.ts';
import { publishToGitHub } from '../github.ts';
import { aggregateLines, pageLink, resolveLogDetail, type LogDetail } from '../log-detail.ts';
import { consoleOutput, shapeOutput, toneForStderr, writeData, type Output } from '../output.ts';
import { terminalProgress } from '../progress.ts';
import { runCommand } from '../run-command.ts';
import { syncExitCode } from '../sync-exit.ts';
import type { SyncCommandIo, SyncFlags } from './sync.ts';

/** The process's own environment, streams and exit code. */
export function processIo(): SyncCommandIo {
  return {
    env: process.env,
    output: consoleOutput(),
    progress: process.stderr,
    exit: (code) => {
      process.exitCode = code;
    },
  };
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
    if (o.error !== null)
      output.error(`${toneForStderr('failed', 'red')}: overview of ${o.cycle}: ${o.error}`);
    else if (o.page !== null) {
      const what = { unchanged: 'unchanged', tidy: 'duplicates removed', replace: 'replaced' }[o.page.action];
      output.info(
        `overview of ${o.cycle}: ${report.dryRun && o.page.action !== 'unchanged' ? `would be ${what}` : what}`,
      );
    }
  }
  // A page link and a fixed text, no person: safe at every detail.
  for (const notice of report.notices ?? []) {
    output.error(
      `${toneForStderr('note', 'yellow')}: review page ${pageLink(notice.pageId)}: ${notice.message}`,
    );
  }
  output.info(
    `${report.dryRun ? 'dry run: ' : ''}${c.reviews} reviews, ${c.responses} responses (${c.responsesRejected} rejected), ` +
      `${c.stageMoves} stage moves, ${c.pagesUpdated} pages updated, ${c.summariesWritten} summaries, ` +
      `${c.goalsUpdated} goals, ${c.actionItemsCreated} action items created, ${c.actionItemsWithdrawn} withdrawn, ` +
      `${c.actionItemsReopened} reopened, ${c.nudges} reminders, ${c.failures} failed; ` +
      `${report.requests.notion.total} Notion requests, ${c.blocksCreated} blocks created`,
  );
  const fr = report.feedbackRequests;
  // Counts only: who was asked is participation, never for a log.
  if (fr) {
    output.info(
      `feedback requests: ${fr.created} created, ${fr.updated} updated (${fr.withdrawn} withdrawn, ` +
        `${fr.reopened} reopened), ${fr.reminded} reminded, ${fr.failed} failed` +
        (fr.skipped ? `, ${fr.skipped} skipped (their Key is not one the tool wrote)` : ''),
    );
  }
  // No person in it: safe at every log detail.
  if (report.blockLimit) output.error(`${toneForStderr('failed', 'red')}: ${report.blockLimit}`);
}

/** Names, page titles and rejection messages: for the person at the terminal, or with --log-detail full. */
function printDetail(report: RunReport, output: Output): void {
  for (const review of report.reviews.filter((r) => r.errors.length > 0)) {
    output.error(
      `${toneForStderr('failed', 'red')}: ${review.reviewee} (${review.pageId}): ${review.errors.join('; ')}`,
    );
  }
  for (const problem of report.problems) {
    output.error(
      `${toneForStderr('warning', 'yellow')}: skipped ${problem.dataSource} page ${problem.pageId}: ${problem.message}`,
    );
  }
  if (!report.dryRun) {
    for (const r of report.rejected) output.info(`rejected ${r.source} ${r.ref}: ${r.reason}: ${r.message}`);
  }
}

/** A reviews database with no page for the cycles read is a cycle nobody launched yet. */
function emptyDatabaseHint(report: RunReport, cycles: string[]): string | null {
  if (report.counts.reviews > 0 || report.problems.length > 0 || cycles.length === 0) return null;
  const cycle = cycles[cycles.length - 1] ?? '';
  return (
    `the reviews database has no page for ${cycles.join(', ')}: ` +
    `create one per person with \`review-sync launch --cycle ${cycle}\``
  );
}

export async function runSyncCommand(flags: SyncFlags, io: SyncCommandIo = processIo()): Promise<ExitCode> {
  const { env } = io;
  const toStdout = flags.reportFile === '-';
  const output = shapeOutput(io.output, { quiet: flags.quiet ?? false, stdoutIsData: toStdout });
  return runCommand(
    async (): Promise<ExitCode> => {
      const detail = resolveLogDetail(flags.logDetail, env);
      const config = await loadConfig(flags.config);
      const now = parseNow(flags.now);
      const progress = io.progress ? terminalProgress(io.progress) : null;
      const { report, plan } = await runSync({
        config,
        env,
        now,
        dryRun: flags.dryRun ?? false,
        cycle: flags.cycle,
        review: flags.review,
        rewrite: flags.rewrite ?? false,
        shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
        force: flags.force ?? false,
        onReviewDone: (_outcome, done, total) => {
          if (!flags.quiet) progress?.update(done, total);
        },
      });
      if (report.dryRun) for (const line of planLines(plan, config, detail)) output.info(line);
      printSummary(report, output, detail);
      const hint = emptyDatabaseHint(report, activeCycles(config, now, flags.cycle));
      if (hint) output.error(`${toneForStderr('note', 'yellow')}: ${hint}`);
      // Ids only, no person: safe at every log detail.
      for (const tip of report.hints) output.info(`tip: ${tip}`);
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (toStdout) writeData(json, io.data ?? process.stdout, env);
      else if (flags.reportFile) await writeFile(flags.reportFile, json);
      if (env.GITHUB_ACTIONS === 'true') await publishToGitHub(report, detail);
      return syncExitCode(report, { strict: flags.strict ?? false });
    },
    { debug: flags.debug ?? false, output },
  );
}
