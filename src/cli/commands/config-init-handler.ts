import { writeStarterConfig } from '../../config/starter-config.ts';
import { parseStarterSources } from '../../config/starter-sources.ts';
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
        ...((flags.sources ?? []).length > 0 ? { sources: parseStarterSources(flags.sources ?? []) } : {}),
      });
      output.info(
        `wrote ${flags.output} with the response sources ${result.sources.join(', ')} (editor schema: ${result.schemaRef})`,
      );
      if (result.copiedSchema)
        output.info(`wrote ${result.copiedSchema}, the schema the first line points at`);
      output.info(
        `next: \`review-sync init --parent <page URL> --config ${flags.output} --write-config\` creates the ` +
          'Notion databases and writes their ids in; replace every REPLACE-… placeholder left, then run ' +
          `\`review-sync config check --config ${flags.output}\``,
      );
      return EXIT_OK;
    },
    { debug: flags.debug ?? false, output },
  );
}
