import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/default-path.ts';
import { withUsage } from '../help.ts';

export interface ExportFlags {
  config: string;
  cycle: string;
  format: string;
  output?: string;
  now?: string;
  debug?: boolean;
}

export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description('write one row per review and code (stage, band, score, rater counts, trend) as CSV or JSON')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .requiredOption('--cycle <name>', 'the cycle to export')
    .option('--format <csv|json>', 'output format', 'csv')
    .option('-o, --output <path>', 'write to this file instead of standard output')
    .option('--now <iso>', 'compute as if it were this instant (for replays and tests)')
    .option('--debug', 'print stack traces')
    .action(async (flags: ExportFlags) => {
      const { runExportCommand } = await import('./export-handler.ts');
      process.exitCode = await runExportCommand(flags);
    });
  withUsage(
    command,
    [
      'review-sync export --cycle 2026-H2 --format csv --output reviews.csv',
      'review-sync export --cycle 2026-H2 --format json | jq length',
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
