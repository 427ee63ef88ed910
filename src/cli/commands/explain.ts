import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { withUsage } from '../help.ts';

export interface ExplainFlags {
  config: string;
  review: string;
  cycle?: string;
  json?: boolean;
  allStages?: boolean;
  logDetail?: string;
  now?: string;
  debug?: boolean;
}

/**
 * `review-sync explain --review <page>`: how each number on one review page was computed, from the
 * same reads and plan as sync, without writing. Counts and rules only, never who answered what.
 */
export function registerExplainCommand(program: Command): void {
  const command = program
    .command('explain')
    .description('show how each number on one review page was computed; writes nothing')
    .requiredOption('--review <page>', 'the review page URL or id, or the reviewee’s email')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--cycle <name>', 'only this cycle')
    .option('--json', 'print the explanation as JSON (see docs/explain.md)')
    .option('--all-stages', 'also explain what the page does not show yet at its stage')
    .option('--log-detail <aggregate|full>', '--all-stages under GitHub Actions needs full')
    .option('--now <iso>', 'explain as if it were this instant (for replays and tests)')
    .option('--debug', 'print stack traces')
    .action(async (flags: ExplainFlags) => {
      const { runExplainCommand } = await import('./explain-handler.ts');
      process.exitCode = await runExplainCommand(flags);
    });
  withUsage(
    command,
    [
      'review-sync explain --review ada@example.com',
      'review-sync explain --review <page url> --json --all-stages',
    ],
    ['NOTION_TOKEN', 'NOTION_API_BASE_URL'],
  );
}
