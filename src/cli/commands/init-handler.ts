import { configFileOnDisk } from '../../init/init-config-file.ts';
import { loadInitConfig } from '../../init/load-init-config.ts';
import { runInit } from '../../init/run-init.ts';
import { ConfigError } from '../../errors.ts';
import { EXIT_OK, type ExitCode } from '../../exit-codes.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { InitFlags } from './init.ts';

export async function runInitCommand(flags: InitFlags): Promise<ExitCode> {
  const output = consoleOutput();
  return runCommand(
    async (): Promise<ExitCode> => {
      if (!flags.views && !flags.parent) {
        throw new ConfigError('init needs --parent <page> (or --views, for databases that already exist)');
      }
      await runInit({
        config: await loadInitConfig(flags.config),
        parent: flags.parent ?? '',
        viewsOnly: flags.views ?? false,
        env: process.env,
        withForm: flags.withForm ?? false,
        withFeedbackRequests: flags.feedbackRequests ?? false,
        dryRun: flags.dryRun ?? false,
        force: flags.force ?? false,
        ...(flags.writeConfig ? { writeConfig: configFileOnDisk(flags.config) } : {}),
        output,
      });
      return EXIT_OK;
    },
    { debug: flags.debug ?? false, output },
  );
}
