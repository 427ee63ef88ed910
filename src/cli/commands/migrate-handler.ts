import { loadConfig } from '../../config/load.ts';
import type { ExitCode } from '../../exit-codes.ts';
import { runMigrate } from '../../migrate/run-migrate.ts';
import { createNotionGatewayFromEnv } from '../../notion/gateway-from-env.ts';
import { consoleOutput, type Output } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { MigrateFlags } from './migrate.ts';

export async function runMigrateCommand(
  flags: MigrateFlags,
  env: Record<string, string | undefined> = process.env,
  output: Output = consoleOutput(),
): Promise<ExitCode> {
  return runCommand(
    async () => {
      const config = await loadConfig(flags.config);
      const gw = createNotionGatewayFromEnv(env, config);
      const result = await runMigrate(gw, config, flags.apply ?? false);
      for (const line of result.lines) output.info(line);
      return result.exitCode;
    },
    { debug: flags.debug ?? false, output },
  );
}
