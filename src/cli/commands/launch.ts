import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { RUN_ENV, withUsage } from '../help.ts';

export interface LaunchFlags {
  cycle: string;
  config: string;
  dryRun?: boolean;
  reportFile?: string;
  logDetail?: string;
  strict?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export function registerLaunchCommand(program: Command): void {
  const command = program
    .command('launch')
    .description('start a cycle: create one review page per person on the roster (never twice)')
    .requiredOption('--cycle <name>', 'the cycle to launch, as named under `cycles` in config')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--dry-run', 'print who would get a page and create nothing')
    .option(
      '--report-file <path>',
      'write what was created as JSON ("-" for stdout; other lines go to stderr)',
    )
    .option(
      '--log-detail <aggregate|full>',
      'aggregate: counts only (the default under GitHub Actions); full: names (the default elsewhere)',
    )
    .option('--strict', 'exit 1 when someone on the roster could not be found')
    .option('-q, --quiet', 'print only problems')
    .option('--debug', 'print stack traces')
    .action(async (flags: LaunchFlags) => {
      const { runLaunchCommand } = await import('./launch-handler.ts');
      process.exitCode = await runLaunchCommand(flags);
    });
  withUsage(
    command,
    [
      'review-sync launch --cycle 2026-H2 --dry-run',
      'review-sync launch --cycle 2026-H2 --report-file launch.json',
    ],
    RUN_ENV,
  );
}
