import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { withUsage } from '../help.ts';

export interface MigrateFlags {
  config: string;
  apply?: boolean;
  debug?: boolean;
}

/**
 * `review-sync migrate [--apply]`: what the workspace lacks for this config (tool-owned properties,
 * select options the tool writes), printed; with --apply, added. Never renames, retypes or deletes.
 */
export function registerMigrateCommand(program: Command): void {
  const command = program
    .command('migrate')
    .description(
      'add the tool-owned properties and select options this config needs; prints the plan unless --apply',
    )
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--apply', 'make the changes (one data source update each), then read the schema back')
    .option('--debug', 'print stack traces')
    .action(async (flags: MigrateFlags) => {
      const { runMigrateCommand } = await import('./migrate-handler.ts');
      process.exitCode = await runMigrateCommand(flags);
    });
  withUsage(
    command,
    ['review-sync migrate', 'review-sync migrate --apply --config team/review-sync.yaml'],
    ['NOTION_TOKEN', 'NOTION_API_BASE_URL'],
  );
}
