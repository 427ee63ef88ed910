import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchCsv, benchSeed } from '../../scripts/bench/sandbox-seed.ts';
import { syntheticTeam } from '../../scripts/bench/synthetic-team.ts';
import { syncExitCode } from '../../src/cli/sync-exit.ts';
import { exitCodeFor, type ExitCode } from '../../src/exit-codes.ts';
import { parseConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/core/config-schema.ts';
import type { NotionGatewayOverrides } from '../../src/notion/gateway-from-env.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/sandbox.ts';
import { startSandboxServer } from '../../src/sandbox/server.ts';
import type { RunReport } from '../../src/sync/report.ts';
import { runSync, type SyncOptions } from '../../src/sync/run.ts';
import { ROOT, TOKEN, NOW } from '../e2e/harness.ts';
import { viewState, type StateView } from '../e2e/snapshot-state.ts';
import { observeContract } from '../support/contract/observer.ts';

// The fault suite's world: the demo team (without its one deliberately unusable page, so a clean run
// exits 0) and a synthetic team of 100, each served over real HTTP by the sandbox, and synced in process
// so that hundreds of runs fit in minutes.

export { NOW, ROOT, TOKEN };

export interface Team {
  name: string;
  seed: unknown;
  config: Config;
  /** The CSV export the config's source reads. */
  csv: string;
}

export const SYNTHETIC_TEAM_SIZE = 100;

async function demoConfig(): Promise<Config> {
  const config = parseConfig(await readFile(join(ROOT, 'demo/review-sync.yaml'), 'utf8'));
  // Above the 50 a config file may ask for: the sandbox is local, and the suite has hundreds of runs to make.
  return { ...config, notion: { ...config.notion, requestsPerSecond: 250 } };
}

interface SeedPage {
  properties: { Reviewee?: { people?: unknown[] }; Stage?: unknown };
}
interface SeedShape {
  notion: { databases: { dataSources: { pages: SeedPage[] }[] }[] };
}

export async function demoTeam(): Promise<Team> {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as SeedShape;
  // The demo keeps one page with no reviewee to show how a bad page is reported; it makes every run exit 1.
  for (const db of seed.notion.databases)
    for (const ds of db.dataSources)
      ds.pages = ds.pages.filter(
        (p) => !('Stage' in p.properties) || (p.properties.Reviewee?.people?.length ?? 0) > 0,
      );
  return {
    name: 'demo team',
    seed,
    config: await demoConfig(),
    csv: await readFile(join(ROOT, 'demo/responses.csv'), 'utf8'),
  };
}

export async function syntheticTeamOf(size = SYNTHETIC_TEAM_SIZE): Promise<Team> {
  const config = await demoConfig();
  const team = syntheticTeam(config, size);
  const demoSeed = JSON.parse(await readFile(join(ROOT, 'demo/seed.json'), 'utf8')) as unknown;
  return {
    name: `synthetic team of ${size}`,
    seed: benchSeed(demoSeed, config, team),
    config,
    csv: benchCsv(config, team),
  };
}

export interface Served {
  sandbox: Sandbox;
  url: string;
  close(): Promise<void>;
}

export async function serve(seed: unknown, options: Omit<SandboxOptions, 'seed'> = {}): Promise<Served> {
  const sandbox = observeContract(createSandbox({ rateLimit: 1_000_000, ...options, seed }));
  const server = await startSandboxServer({ port: 0, sandbox });
  return { sandbox, url: server.url, close: () => server.close() };
}

/** Client settings for fault runs: a "slow" answer (1.5 s) outlasts the timeout, so it is a lost reply. */
export const FAULT_CLIENT: NotionGatewayOverrides = { timeoutMs: 1_000 };

export interface RunResult {
  code: ExitCode;
  report: RunReport | null;
  error: unknown;
}

/** One in-process `review-sync sync`, with the CLI's exit code rule. */
export async function syncOnce(
  team: Team,
  url: string,
  extra: Partial<SyncOptions> = {},
): Promise<RunResult> {
  try {
    const { report } = await runSync({
      config: team.config,
      env: { NOTION_TOKEN: TOKEN, NOTION_API_BASE_URL: url },
      now: new Date(NOW),
      dryRun: false,
      responses: { readText: () => Promise.resolve(team.csv) },
      ...extra,
    });
    // The CLI's rule with --strict: a failed review or overview page, or a skipped page, is exit 1.
    const code = syncExitCode(report, { strict: true });
    return { code, report, error: null };
  } catch (error) {
    return { code: exitCodeFor(error), report: null, error };
  }
}

/** The state a fault-free first run leaves, the reference every faulty run must reach. */
export async function cleanState(team: Team): Promise<StateView> {
  const served = await serve(team.seed);
  try {
    const result = await syncOnce(team, served.url);
    if (result.code !== 0) throw new Error(`the clean run of the ${team.name} exited ${result.code}`);
    return viewState(served.sandbox);
  } finally {
    await served.close();
  }
}

export { isWrite } from '../support/request-log.ts';

export { viewState, type StateView };
