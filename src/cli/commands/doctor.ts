import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../../config/load.ts';
import { formatFinding, summaryLine } from '../../doctor/findings.ts';
import { runDoctor } from '../../doctor/run-doctor.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface DoctorFlags {
  config: string;
  debug?: boolean;
}

/**
 * `review-sync doctor`: reads config, credentials, the live Notion schema and the response sources, and
 * prints one line per check with the fix for each problem. Exit 0 when nothing is wrong, 2 otherwise.
 */
export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check config, credentials, the Notion schema and the response sources; writes nothing')
    .option('-c, --config <path>', 'config file', DEFAULT_CONFIG_PATH)
    .option('--debug', 'print stack traces')
    .action(async (flags: DoctorFlags) => {
      const output = consoleOutput();
      process.exitCode = await runCommand(
        async () => {
          const { findings, exitCode } = await runDoctor({ configPath: flags.config, env: process.env });
          // One stream keeps the lines in check order; problems on stderr would interleave unpredictably.
          for (const finding of findings) output.info(formatFinding(finding));
          output.info(summaryLine(findings));
          return exitCode;
        },
        { debug: flags.debug ?? false, output },
      );
    });
}
