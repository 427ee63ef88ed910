import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { runMigrateCommand } from '../../src/cli/commands/migrate-handler.ts';
import { parse, stringify } from 'yaml';
import { registerSyncCommand } from '../../src/cli/commands/sync.ts';
import { streamOutput } from '../../src/cli/output.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/sandbox.ts';
import { startSandboxServer } from '../../src/sandbox/server.ts';
import type { RunReport } from '../../src/sync/report.ts';
import { observeContract } from '../support/contract/observer.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TOKEN = 'secret_e2eTokenThatMustNeverBePrinted42';
/** Late November 2026: the demo team is spread over every stage. */
export const NOW = '2026-11-25T08:00:00Z';

export interface RunningSandbox {
  sandbox: Sandbox;
  url: string;
  close(): Promise<void>;
}

/** The demo team, plus any Google sheets or forms a test adds to the seed. */
export async function startDemoSandbox(extra: Record<string, unknown> = {}): Promise<RunningSandbox> {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as Record<string, unknown>;
  const sandbox = observeContract(createSandbox({ seed: { ...seed, ...extra }, rateLimit: 100_000 }));
  const server = await startSandboxServer({ port: 0, sandbox });
  return { sandbox, url: server.url, close: () => server.close() };
}

/** The demo config, with the request rate raised so the suite stays quick (this sandbox enforces no limit). */
export async function writeTestConfig(
  sources?: Record<string, unknown>[],
  change?: (config: Record<string, unknown>) => void,
): Promise<{ dir: string; configPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'review-sync-e2e-'));
  const config = parse(await readFile(join(ROOT, 'demo/review-sync.yaml'), 'utf8')) as {
    notion: { requestsPerSecond?: number };
    sources: Record<string, unknown>[];
  };
  config.notion.requestsPerSecond = 50;
  // The copy lives in a temp dir; relative CSV paths (the demo's, or a test's from the repository root)
  // are made absolute so they still point into the repository.
  const absolute = (list: Record<string, unknown>[], base: string) =>
    list.map((s) =>
      s.type === 'csv' && typeof s.path === 'string' ? { ...s, path: join(base, s.path) } : s,
    );
  config.sources = sources ? absolute(sources, ROOT) : absolute(config.sources, join(ROOT, 'demo'));
  change?.(config);
  const configPath = join(dir, 'review-sync.yaml');
  await writeFile(configPath, stringify(config));
  return { dir, configPath };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const GOOGLE_TOKEN = 'ya29.e2eGoogleAccessTokenNeverPrinted';

/** The environment a sync against the sandbox at `url` runs with, spawned or in-process alike. */
function cliEnv(url: string, extraEnv: Record<string, string>): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    NOTION_TOKEN: TOKEN,
    NOTION_API_BASE_URL: url,
    GOOGLE_OAUTH_ACCESS_TOKEN: GOOGLE_TOKEN,
    GOOGLE_API_ROOT_URL: `${url}/`,
    TZ: 'UTC',
    ...extraEnv,
  };
}

/** Starts `review-sync sync` against the sandbox at `url`; `done` settles when the process exits. */
export function spawnCli(
  url: string,
  args: string[],
  extraEnv: Record<string, string> = {},
  command = 'sync',
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/review-sync'), command, '--now', NOW, ...args], {
    cwd: ROOT,
    env: cliEnv(url, extraEnv),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

/** `review-sync sync` as a child process through `bin/review-sync`: one test per command goes this way. */
export async function runCli(
  url: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<CliResult> {
  return spawnCli(url, args, extraEnv).done;
}

/**
 * `review-sync sync` in this process: the same command, option parsing and exit code as the CLI, with the
 * environment and the output handed to it instead of taken from the process, so that runs can go side by
 * side and none pays for starting Node and compiling the tree again.
 */
export async function runSyncInProcess(
  url: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<CliResult> {
  const env = cliEnv(url, extraEnv);
  let stdout = '';
  let stderr = '';
  let code: number | null = null;
  const output = streamOutput(
    { write: (text: string) => (stdout += text) },
    { write: (text: string) => (stderr += text) },
    env,
  );
  const program = new Command('review-sync').exitOverride();
  registerSyncCommand(program, () => ({ env, output, exit: (exitCode) => (code = exitCode) }));
  await program.parseAsync(['sync', '--now', NOW, ...args], { from: 'user' });
  return { code, stdout, stderr };
}

/** `review-sync migrate` in process against the sandbox at `url`, as `runSyncInProcess` runs sync. */
export async function runMigrateInProcess(
  url: string,
  flags: { config: string; apply?: boolean },
): Promise<CliResult> {
  const env = cliEnv(url, {});
  let stdout = '';
  let stderr = '';
  const output = streamOutput(
    { write: (text: string) => (stdout += text) },
    { write: (text: string) => (stderr += text) },
    env,
  );
  const code = await runMigrateCommand(flags, env, output);
  return { code, stdout, stderr };
}

export async function readReport(path: string): Promise<RunReport> {
  return JSON.parse(await readFile(path, 'utf8')) as RunReport;
}

export { isWrite } from '../support/request-log.ts';
