import { EXIT_OK, EXIT_SETUP, type ExitCode } from '../exit-codes.ts';
import { isKnownError } from '../errors.ts';
import { problem, type Finding, type FindingStatus } from '../core/findings.ts';

// Doctor's side of findings: errors turned into problems, the exit code and the closing line. The
// finding itself is shared with the preflight and migrate, so it lives in the core.

export { formatFinding, ok, problem, skipped, warning } from '../core/findings.ts';
export type { Finding, FindingStatus } from '../core/findings.ts';

/**
 * A thrown known error (config, Notion, Google, a stop of the run) as a problem: its message says what is wrong and
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

export function summaryLine(findings: readonly Finding[]): string {
  const count = (status: FindingStatus) => findings.filter((f) => f.status === status).length;
  const problems = count('problem');
  const warnings = count('warning');
  if (problems === 0) {
    return `doctor: all checks passed${warnings > 0 ? ` (${warnings} warning(s))` : ''}`;
  }
  return `doctor: ${problems} problem(s), ${warnings} warning(s); fix them and run doctor again`;
}
