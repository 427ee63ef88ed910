import {
  createSandbox,
  loadSeedFile,
  SeedError,
  startSandboxServer,
  type SandboxSeed,
} from '../../sandbox/index.ts';
import { escapeControl } from '../terminal-text.ts';
import type { SandboxFlags } from './sandbox.ts';

export async function runSandboxCommand(flags: SandboxFlags): Promise<void> {
  let seed: SandboxSeed = {};
  try {
    if (flags.seed) seed = await loadSeedFile(flags.seed);
    const sandbox = createSandbox({
      seed,
      rateLimit: flags.rateLimit,
      googleQuotaPerMinute: flags.googleQuota,
      faultRate: flags.faultRate,
      faultSeed: flags.faultSeed,
      ...(flags.blockLimit === undefined ? {} : { blockLimit: flags.blockLimit }),
      ...(flags.templateBlankReads === undefined ? {} : { templateBlankReads: flags.templateBlankReads }),
    });
    const server = await startSandboxServer({ port: flags.port, sandbox });
    process.stdout.write(`sandbox listening on ${server.url}\n`);
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    // A bad seed or a busy port is a setup problem: exit 2, as for a bad config.
    if (error instanceof SeedError)
      process.stderr.write(`${escapeControl(flags.seed ?? 'seed')}: ${escapeControl(error.message)}\n`);
    else
      process.stderr.write(
        `sandbox: ${escapeControl(error instanceof Error ? error.message : String(error))}\n`,
      );
    process.exitCode = 2;
  }
}
