import type { RunReport } from '../sync/report.ts';
import { EXIT_OK, EXIT_REVIEW_FAILED, type ExitCode } from '../exit-codes.ts';

// Exit codes a scheduled run can live with: a failed write is someone's problem today (1); a page that
// could not be used is a warning (0, annotated) that `--strict` escalates; a dry run writes nothing, so
// only the config, auth and schema errors thrown before it (2) make it fail.

export interface SyncExitOptions {
  strict: boolean;
}

/** Warnings are the pages the run skipped: they were not synced, but nothing went wrong while writing. */
export function warningCount(report: Pick<RunReport, 'problems'>): number {
  return report.problems.length;
}

export function syncExitCode(
  report: Pick<RunReport, 'dryRun' | 'counts' | 'problems' | 'overviews' | 'blockLimit'>,
  options: SyncExitOptions,
): ExitCode {
  if (report.dryRun) return EXIT_OK;
  // The block cap refused writes a person must make room for, even when every review's properties landed.
  if (report.blockLimit !== undefined) return EXIT_REVIEW_FAILED;
  // A cycle overview page that failed to be written is a failed write, like a review's.
  const overviewFailed = (report.overviews ?? []).some((o) => o.error !== null);
  if (report.counts.failures > 0 || overviewFailed) return EXIT_REVIEW_FAILED;
  if (options.strict && warningCount(report) > 0) return EXIT_REVIEW_FAILED;
  return EXIT_OK;
}
