import { EXIT_OK, EXIT_SETUP, type ExitCode } from '../exit-codes.ts';
import { isKnownError } from '../errors.ts';

// What every doctor check reports. A check yields one `ok` line when it passed, or one line per thing
// wrong with it, each carrying the fix, so that one read of the output is one round of repairs.

/**
 * `problem` stops a sync from working (exit 2); `warning` is something a run copes with but a person
 * probably wants to know (a select option the API can create itself); `skipped` is a check that could
 * not run because an earlier one failed.
 */
export type FindingStatus = 'ok' | 'warning' | 'problem' | 'skipped';

export interface Finding {
  status: FindingStatus;
  /** Which check this is: `config`, `notion token`, `reviews schema`, `sheet:…`. */
  check: string;
  message: string;
  /** What to do about it; absent on ok lines. */
  fix?: string;
}

export const ok = (check: string, message: string): Finding => ({ status: 'ok', check, message });

export const problem = (check: string, message: string, fix: string): Finding => ({
  status: 'problem',
  check,
  message,
  fix,
});

export const warning = (check: string, message: string, fix: string): Finding => ({
  status: 'warning',
  check,
  message,
  fix,
});

export const skipped = (check: string, reason: string): Finding => ({
  status: 'skipped',
  check,
  message: reason,
});

/**
 * A thrown ConfigError, NotionApiError or GoogleApiError as a problem: its message says what is wrong and
 * its details say what to do. Unknown errors are bugs, not set-up problems, so they are rethrown.
 */
export function problemFromError(check: string, error: unknown, fallbackFix: string): Finding {
  if (!isKnownError(error)) throw error;
  const fix = error.details.length > 0 ? error.details.map((d) => d.trim()).join(' ') : fallbackFix;
  return problem(check, error.message, fix);
}

/** Exit 2 when anything is a problem: the contract's "config, auth or schema problem". */
export function doctorExitCode(findings: readonly Finding[]): ExitCode {
  return findings.some((f) => f.status === 'problem') ? EXIT_SETUP : EXIT_OK;
}

const LABEL_WIDTH = 'problem'.length + 2;

/** One line per finding: `ok       reviews schema: 27 properties as expected`. */
export function formatFinding(finding: Finding): string {
  const head = `${finding.status.padEnd(LABEL_WIDTH)}${finding.check}: `;
  // Error messages end in a full stop; the fix follows after a colon, so drop it there.
  if (finding.fix === undefined) return `${head}${finding.message}`;
  return `${head}${finding.message.replace(/\.$/, '')}: ${finding.fix}`;
}

export function summaryLine(findings: readonly Finding[]): string {
  const count = (status: FindingStatus) => findings.filter((f) => f.status === status).length;
  const problems = count('problem');
  const warnings = count('warning');
  if (problems === 0) {
    return `doctor: all checks passed${warnings > 0 ? ` (${warnings} warning(s))` : ''}`;
  }
  return `doctor: ${problems} problem(s), ${warnings} warning(s); fix them and run doctor again`;
}
