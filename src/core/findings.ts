// What every check of the set-up reports (doctor, the preflight, migrate). A check yields one `ok` line
// when it passed, or one line per thing wrong with it, each carrying the fix, so that one read of the
// output is one round of repairs.

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

const LABEL_WIDTH = 'problem'.length + 2;

/** One line per finding: `ok       reviews schema: 27 properties as expected`. */
export function formatFinding(finding: Finding): string {
  const head = `${finding.status.padEnd(LABEL_WIDTH)}${finding.check}: `;
  // Error messages end in a full stop; the fix follows after a colon, so drop it there.
  if (finding.fix === undefined) return `${head}${finding.message}`;
  return `${head}${finding.message.replace(/\.$/, '')}: ${finding.fix}`;
}
