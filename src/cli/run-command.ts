import { isKnownError, type KnownError } from '../errors.ts';
import { EXIT_REVIEW_FAILED, exitCodeFor, type ExitCode } from '../exit-codes.ts';
import type { Output } from './output.ts';

/** What a person should do about errors whose message alone does not say it. */
function hintFor(error: KnownError): string | null {
  if (error.name === 'NotionApiError' && error.status === 401) {
    return 'Notion refused NOTION_TOKEN: set it to the current secret of the integration the databases are shared with.';
  }
  if (error.name === 'NotionApiError' && error.status === 403) {
    return 'The integration lacks a capability: give it read and update content, insert content, comments and user information (with email).';
  }
  return null;
}

function describe(error: unknown, debug: boolean): string[] {
  const lines: string[] = [];
  if (isKnownError(error)) {
    const hint = hintFor(error);
    lines.push(`${error.name}: ${error.message}`, ...error.details.map((d) => `  ${d}`));
    if (hint) lines.push(`  ${hint}`);
  } else {
    lines.push(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (!debug) lines.push('  Run again with --debug for the stack trace, and please report it.');
  }
  if (debug) {
    let current: unknown = error;
    while (current instanceof Error) {
      if (current.stack) lines.push(current.stack);
      current = current.cause;
      if (current !== undefined) lines.push('Caused by:');
    }
  }
  return lines;
}

/** Runs a command body and turns its result or error into an exit code; stacks only with --debug. */
export async function runCommand(
  body: () => Promise<ExitCode>,
  options: { debug: boolean; output: Output },
): Promise<ExitCode> {
  try {
    return await body();
  } catch (error) {
    for (const line of describe(error, options.debug)) options.output.error(line);
    return isKnownError(error) ? exitCodeFor(error) : EXIT_REVIEW_FAILED;
  }
}
