import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../../config/load.ts';
import { ConfigError } from '../../errors.ts';
import { EXIT_OK, type ExitCode } from '../../exit-codes.ts';
import { exportRows, toCsv } from '../../sync/export-rows.ts';
import { runSync } from '../../sync/run.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { ExportFlags } from './export.ts';

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`--now "${text}": expected an ISO date-time`);
  return date;
}

export async function runExportCommand(flags: ExportFlags): Promise<ExitCode> {
  const output = consoleOutput();
  return runCommand(
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
}
