import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import type { ExitCode } from '../../exit-codes.ts';
import { RUN_ENV, withUsage } from '../help.ts';
import type { Output, TextSink } from '../output.ts';

/**
 * What the command reads and writes besides its flags. The CLI passes the process's own; tests run the
 * command in-process with their own environment and buffers.
 */
export interface SyncCommandIo {
  env: NodeJS.ProcessEnv;
  output: Output;
  /** Where the progress line goes; it is shown only on a terminal. */
  progress?: NodeJS.WriteStream;
  /** Where `--report-file -` writes the JSON report; stdout unless given. */
  data?: TextSink;
  exit: (code: ExitCode) => void;
}

export interface SyncFlags {
  config: string;
  dryRun?: boolean;
  cycle?: string;
  review?: string;
  rewrite?: boolean;
  shard?: string;
  reportFile?: string;
  now?: string;
  logDetail?: string;
  strict?: boolean;
  quiet?: boolean;
  force?: boolean;
  debug?: boolean;
}

/** Only the options live here; the run itself is loaded when the command runs, so --help stays light. */
export function registerSyncCommand(program: Command, io?: () => SyncCommandIo): void {
  const command = program
    .command('sync')
    .description('read reviews and responses, move stages, score, and write results back to Notion')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--dry-run', 'print the plan and write nothing')
    .option('--cycle <name>', 'only this cycle')
    .option('--review <page id or email>', 'only this review (responses are still checked against all)')
    .option(
      '--rewrite',
      "with --review: write that page's summary even if nothing changed (one a person deleted)",
    )
    .option(
      '--shard <k/n>',
      'only the k-th of n stable slices of the reviews (token: NOTION_TOKEN_<k> if set)',
    )
    .option('--report-file <path>', 'write the run report as JSON ("-" for stdout; other lines go to stderr)')
    .option('--strict', 'exit 1 on warnings too (a page that could not be used)')
    .option('--now <iso>', 'run as if it were this instant (for replays and tests)')
    .option(
      '--log-detail <aggregate|full>',
      'aggregate: counts only (the default under GitHub Actions); full: names and scores (the default elsewhere)',
    )
    .option('-q, --quiet', 'print only problems')
    .option('--force', 'write even when most results would be taken away or most responses rejected')
    .option('--debug', 'print stack traces')
    .action(async (flags: SyncFlags) => {
      const { runSyncCommand, processIo } = await import('./sync-handler.ts');
      const given = (io ?? processIo)();
      given.exit(await runSyncCommand(flags, given));
    });
  withUsage(
    command,
    [
      'review-sync sync --dry-run',
      'review-sync sync --config review-sync.yaml --report-file report.json',
      'review-sync sync --review ada@example.com --report-file - | jq .counts',
    ],
    RUN_ENV,
  );
}
