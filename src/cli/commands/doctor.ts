import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { withUsage } from '../help.ts';

export interface DoctorFlags {
  config: string;
  quiet?: boolean;
  debug?: boolean;
  writeCheck?: boolean;
  parent?: string;
}

/**
 * `review-sync doctor`: reads config, credentials, the live Notion schema and the response sources, and
 * prints one line per check with the fix for each problem. Exit 0 when nothing is wrong, 2 otherwise.
 * Only `--write-check` writes: a scratch page it trashes again.
 */
export function registerDoctorCommand(program: Command): void {
  const command = program
    .command('doctor')
    .description(
      'check config, credentials, the Notion schema and the response sources; writes nothing unless --write-check',
    )
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option(
      '--write-check',
      "also create a scratch page, append, comment and trash it, to test the integration's capabilities",
    )
    .option('--parent <page>', 'page URL or id for the scratch page (default: notion.overview.parentPage)')
    .option('-q, --quiet', 'print only problems and warnings')
    .option('--debug', 'print stack traces')
    .action(async (flags: DoctorFlags) => {
      const { runDoctorCommand } = await import('./doctor-handler.ts');
      process.exitCode = await runDoctorCommand(flags);
    });
  withUsage(
    command,
    [
      'review-sync doctor',
      'review-sync doctor --config team/review-sync.yaml',
      'review-sync doctor --write-check --parent https://www.notion.so/acme/Sandbox-0123456789abcdef0123456789abcdef',
    ],
    [
      'NOTION_TOKEN',
      'NOTION_API_BASE_URL',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'GOOGLE_OAUTH_ACCESS_TOKEN',
      'GOOGLE_API_ROOT_URL',
      'NO_COLOR',
    ],
  );
}
