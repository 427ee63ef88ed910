import { InvalidArgumentError, type Command } from 'commander';
import { withUsage } from '../help.ts';

export interface SandboxFlags {
  port: number;
  seed?: string;
  rateLimit?: number;
  googleQuota?: number;
  faultRate?: number;
  faultSeed?: number;
  blockLimit?: number;
  templateBlankReads?: number;
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

export function registerSandboxCommand(program: Command): void {
  const command = program
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
    .option(
      '--block-limit <n>',
      "lifetime blocks the Notion API may create, as a Free plan's block cap (default: none)",
      integer(0, 1_000_000_000),
    )
    .option(
      '--template-blank-reads <n>',
      'reads of a page made from a template that still find it blank (default 1; 0 applies it at once)',
      integer(0, 1_000_000),
    )
    .action(async (flags: SandboxFlags) => {
      const { runSandboxCommand } = await import('./sandbox-handler.ts');
      await runSandboxCommand(flags);
    });
  withUsage(
    command,
    [
      'review-sync sandbox --seed demo/seed.json',
      'review-sync sandbox --port 0 --fault-rate 0.05 --fault-seed 7',
    ],
    [],
  );
}
