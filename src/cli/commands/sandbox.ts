import { InvalidArgumentError, type Command } from 'commander';
import {
  createSandbox,
  loadSeedFile,
  SeedError,
  startSandboxServer,
  type SandboxSeed,
} from '../../sandbox/index.ts';

interface SandboxFlags {
  port: number;
  seed?: string;
  rateLimit?: number;
  googleQuota?: number;
  faultRate?: number;
  faultSeed?: number;
}

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    return n;
  };
}

function probability(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

async function run(flags: SandboxFlags): Promise<void> {
  let seed: SandboxSeed = {};
  try {
    if (flags.seed) seed = await loadSeedFile(flags.seed);
    const sandbox = createSandbox({
      seed,
      rateLimit: flags.rateLimit,
      googleQuotaPerMinute: flags.googleQuota,
      faultRate: flags.faultRate,
      faultSeed: flags.faultSeed,
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
    if (error instanceof SeedError) process.stderr.write(`${flags.seed ?? 'seed'}: ${error.message}\n`);
    else process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

export function registerSandboxCommand(program: Command): void {
  program
    .command('sandbox')
    .description('serve a local emulator of the Notion, Sheets and Forms APIs on 127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', integer(0, 65535), 8787)
    .option('--seed <file>', 'seed file in the sandbox seed format (see docs/sandbox.md)')
    .option('--rate-limit <n>', 'Notion requests per token per 60 s window', integer(1, 1_000_000))
    .option(
      '--google-quota <n>',
      'Google requests per token per minute (default: the published per-user read quotas)',
      integer(1, 1_000_000),
    )
    .option('--fault-rate <p>', 'probability of a random fault per request', probability)
    .option('--fault-seed <s>', 'seed for the random faults, for reproducible runs', integer(0, 2 ** 32 - 1))
    .action(run);
}
