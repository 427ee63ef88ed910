import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { withUsage } from '../help.ts';

export interface InitFlags {
  parent?: string;
  views?: boolean;
  config: string;
  withForm?: boolean;
  feedbackRequests?: boolean;
  dryRun?: boolean;
  force?: boolean;
  writeConfig?: boolean;
  debug?: boolean;
}

export function registerInitCommand(program: Command): void {
  const command = program
    .command('init')
    .description('create the Reviews, Goals and Action items databases (and optionally the Google Form)')
    .option('--parent <page>', 'Notion page URL or id to create the databases under (not with --views)')
    .option('--views', "add the missing views to the config's existing databases, and create nothing else")
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--with-form', 'also create the Google Form from the competency framework')
    .option(
      '--feedback-requests',
      'also create the Feedback requests database (restrict it: see the steps printed)',
    )
    .option('--dry-run', 'print what would be created and write nothing')
    .option('--force', 'create even if the page already holds databases with the same titles')
    .option('--write-config', 'write the new ids into the config file in place, keeping its comments')
    .option('--debug', 'print stack traces')
    .action(async (flags: InitFlags) => {
      const { runInitCommand } = await import('./init-handler.ts');
      process.exitCode = await runInitCommand(flags);
    });
  withUsage(
    command,
    [
      'review-sync init --parent https://www.notion.so/acme/Reviews-0123456789abcdef0123456789abcdef --dry-run',
      'review-sync init --parent 0123456789abcdef0123456789abcdef --with-form',
      'review-sync init --parent 0123456789abcdef0123456789abcdef --write-config',
      'review-sync init --views',
    ],
    [
      'NOTION_TOKEN',
      'NOTION_API_BASE_URL',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'GOOGLE_OAUTH_ACCESS_TOKEN',
      'GOOGLE_API_ROOT_URL',
    ],
  );
}
