import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load.ts';
import { ConfigError } from '../../errors.ts';
import { exportRows, toCsv } from '../../sync/export-rows.ts';
import { runSync } from '../../sync/run.ts';
import { EXIT_OK, type ExitCode } from '../../exit-codes.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface ExportFlags {
  config: string;
  cycle: string;
  format: string;
  output?: string;
  now?: string;
  debug?: boolean;
}

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`--now "${text}": expected an ISO date-time`);
  return date;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write one row per review and code (stage, band, score, rater counts, trend) as CSV or JSON')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .requiredOption('--cycle <name>', 'the cycle to export')
    .option('--format <csv|json>', 'output format', 'csv')
    .option('-o, --output <path>', 'write to this file instead of standard output')
    .option('--now <iso>', 'compute as if it were this instant (for replays and tests)')
    .option('--debug', 'print stack traces')
    .action(async (flags: ExportFlags) => {
      const output = consoleOutput();
      process.exitCode = await runCommand(
        async (): Promise<ExitCode> => {
          if (flags.format !== 'csv' && flags.format !== 'json') {
            throw new ConfigError(`--format "${flags.format}": expected csv or json`);
          }
          const config = await loadConfig(flags.config);
          if (!config.cycles.some((c) => c.name === flags.cycle)) {
            throw new ConfigError(`--cycle "${flags.cycle}" is not one of the cycles in the config`);
          }
          // A dry run computes exactly what a sync would write, and writes nothing.
          const { plan } = await runSync({
            config,
            env: process.env,
            now: parseNow(flags.now),
            dryRun: true,
            cycle: flags.cycle,
            overview: false,
          });
          const rows = exportRows(plan, config, flags.cycle);
          const text = flags.format === 'csv' ? toCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`;
          if (flags.output) {
            await writeFile(flags.output, text);
            output.info(`export: ${rows.length} rows written to ${flags.output}`);
          } else process.stdout.write(text);
          return EXIT_OK;
        },
        { debug: flags.debug ?? false, output },
      );
    });
}
