import { loadConfig } from '../../config/load.ts';
import { ConfigError } from '../../errors.ts';
import type { ExitCode } from '../../exit-codes.ts';
import { renderExplanation } from '../../explain/render-explanation.ts';
import { runExplain } from '../../explain/run-explain.ts';
import { resolveLogDetail } from '../log-detail.ts';
import { consoleOutput, type Output } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { ExplainFlags } from './explain.ts';

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`--now "${text}": expected an ISO date-time`);
  return date;
}

export async function runExplainCommand(
  flags: ExplainFlags,
  env: Record<string, string | undefined> = process.env,
  output: Output = consoleOutput(),
): Promise<ExitCode> {
  return runCommand(
    async () => {
      const allStages = flags.allStages ?? false;
      // Job logs are readable by everyone with access to the repository: what the page does not show
      // yet stays out of them unless the run asks for full detail.
      if (allStages && resolveLogDetail(flags.logDetail, env) !== 'full') {
        throw new ConfigError('--all-stages under GitHub Actions needs --log-detail full', {
          details: ['Job logs are readable by everyone with access to the repository.'],
        });
      }
      const config = await loadConfig(flags.config);
      const explanation = await runExplain({
        config,
        env,
        now: parseNow(flags.now),
        review: flags.review,
        ...(flags.cycle === undefined ? {} : { cycle: flags.cycle }),
        allStages,
      });
      const lines =
        flags.json === true ? [JSON.stringify(explanation, null, 2)] : renderExplanation(explanation);
      for (const line of lines) output.info(line);
      return 0;
    },
    { debug: flags.debug ?? false, output },
  );
}
