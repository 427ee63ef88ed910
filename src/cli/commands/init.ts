import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/load.ts';
import { loadInitConfig } from '../../init/load-init-config.ts';
import { runInit } from '../../init/run-init.ts';
import { EXIT_OK, type ExitCode } from '../../exit-codes.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface InitFlags {
  parent: string;
  config: string;
  withForm?: boolean;
  dryRun?: boolean;
  force?: boolean;
  debug?: boolean;
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create the Reviews, Goals and Action items databases (and optionally the Google Form)')
    .requiredOption('--parent <page>', 'Notion page URL or id to create the databases under')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--with-form', 'also create the Google Form from the competency framework')
    .option('--dry-run', 'print what would be created and write nothing')
    .option('--force', 'create even if the page already holds databases with the same titles')
    .option('--debug', 'print stack traces')
    .action(async (flags: InitFlags) => {
      const output = consoleOutput();
      process.exitCode = await runCommand(
        async (): Promise<ExitCode> => {
          await runInit({
            config: await loadInitConfig(flags.config),
            parent: flags.parent,
            env: process.env,
            withForm: flags.withForm ?? false,
            dryRun: flags.dryRun ?? false,
            force: flags.force ?? false,
            output,
          });
          return EXIT_OK;
        },
        { debug: flags.debug ?? false, output },
      );
    });
}
