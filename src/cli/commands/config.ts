import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { withUsage } from '../help.ts';

export interface ConfigCheckFlags {
  config: string;
  quiet?: boolean;
  debug?: boolean;
}

export interface ConfigInitFlags {
  output: string;
  force?: boolean;
  /** `--sources`, each as typed (a type or a comma list); empty for all three. */
  sources?: string[];
  debug?: boolean;
}

export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('work with the config file');
  const check = config
    .command('check')
    .description('validate a config file, list every problem in it, or print a summary of it')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('-q, --quiet', 'print only problems')
    .option('--debug', 'print stack traces')
    .action(async (flags: ConfigCheckFlags) => {
      const { runConfigCheck } = await import('./config-check-handler.ts');
      process.exitCode = await runConfigCheck(flags);
    });
  withUsage(
    check,
    ['review-sync config check', 'review-sync config check --config team/review-sync.yaml'],
    [],
  );
  const init = config
    .command('init')
    .description('write a commented starter config, with a working $schema line for editor completion')
    .option('-o, --output <path>', 'where to write it', DEFAULT_CONFIG_PATH)
    .option('--force', 'overwrite an existing file')
    .option(
      '--sources <types>',
      'response sources to include: csv, sheet, form (repeat or comma list; default all three)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--debug', 'print stack traces')
    .action(async (flags: ConfigInitFlags) => {
      const { runConfigInit } = await import('./config-init-handler.ts');
      process.exitCode = await runConfigInit(flags);
    });
  withUsage(
    init,
    [
      'review-sync config init',
      'review-sync config init --sources csv',
      'review-sync config init --output team/review-sync.yaml --sources sheet,form',
    ],
    [],
  );
}
