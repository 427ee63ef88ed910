import { writeStarterConfig } from '../../config/starter-config.ts';
import { EXIT_OK, type ExitCode } from '../../exit-codes.ts';
import { packageRoot } from '../package-root.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { ConfigInitFlags } from './config.ts';

export async function runConfigInit(flags: ConfigInitFlags): Promise<ExitCode> {
  const output = consoleOutput();
  return runCommand(
    async () => {
      const result = await writeStarterConfig({
        target: flags.output,
        packageRoot: packageRoot(),
        force: flags.force ?? false,
      });
      output.info(`wrote ${flags.output} (editor schema: ${result.schemaRef})`);
      if (result.copiedSchema)
        output.info(`wrote ${result.copiedSchema}, the schema the first line points at`);
      output.info(
        `next: replace every REPLACE-… placeholder, then run \`review-sync config check --config ${flags.output}\``,
      );
      return EXIT_OK;
    },
    { debug: flags.debug ?? false, output },
  );
}
