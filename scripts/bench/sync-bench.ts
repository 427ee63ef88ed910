// End-to-end sync against the in-process sandbox over real HTTP: the same gateway, queue and SDK a user
// runs. The figures that matter are request counts; wall time is mostly the configured request rate.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/core/config-schema.ts';
import { createSandbox, startSandboxServer } from '../../src/sandbox/index.ts';
import type { RunReport } from '../../src/sync/report.ts';
import { runSync } from '../../src/sync/run.ts';
import { benchCsv, benchSeed } from './sandbox-seed.ts';
import { syntheticTeam } from './synthetic-team.ts';

export interface SyncRunFigures {
  wallMs: number;
  requests: number;
  byEndpoint: Record<string, number>;
  retries: number;
  rateLimited: number;
  changedReviews: number;
  changes: number;
  failures: number;
  counts: RunReport['counts'];
}

export interface SyncFigures {
  reviews: number;
  goals: number;
  responses: number;
  requestsPerSecond: number;
  first: SyncRunFigures;
  second: SyncRunFigures;
  /** ⌈reviews/100⌉ + ⌈goals/100⌉ + 3: what the design allows a run with no changes. */
  noChangeBudget: number;
}

export interface SyncBenchOptions {
  reviews: number;
  now: Date;
  demoSeedPath: string;
  /** The rate the bench runs at; the schema allows at most 10. */
  requestsPerSecond: number;
}

export async function benchSync(baseConfig: Config, options: SyncBenchOptions): Promise<SyncFigures> {
  const config: Config = {
    ...baseConfig,
    notion: { ...baseConfig.notion, requestsPerSecond: options.requestsPerSecond },
  };
  const team = syntheticTeam(config, options.reviews);
  const demoSeed = JSON.parse(await readFile(options.demoSeedPath, 'utf8')) as unknown;
  // The sandbox's own limit (180 a minute by default) is lifted so the client's queue is what sets the
  // pace: a 429 from the emulator would measure the retry policy, not the run.
  const sandbox = createSandbox({ seed: benchSeed(demoSeed, config, team), rateLimit: 1_000_000 });
  const server = await startSandboxServer({ port: 0, sandbox });
  const csv = benchCsv(config, team);
  const run = async (): Promise<SyncRunFigures> => {
    const t0 = performance.now();
    const { report, plan } = await runSync({
      config,
      env: { NOTION_TOKEN: 'bench-token', NOTION_API_BASE_URL: server.url },
      now: options.now,
      dryRun: false,
      // The CSV is generated in memory; the configured path is never opened.
      responses: { readText: () => Promise.resolve(csv) },
    });
    const notion = report.requests.notion;
    return {
      wallMs: performance.now() - t0,
      requests: notion.total,
      byEndpoint: notion.byEndpoint,
      retries: notion.retries,
      rateLimited: notion.rateLimited,
      changedReviews: plan.reviews.filter((r) => r.changes.length > 0).length,
      changes: plan.changes.length,
      failures: report.counts.failures,
      counts: report.counts,
    };
  };
  try {
    const first = await run();
    const second = await run();
    return {
      reviews: team.reviews.length,
      goals: team.goals.length,
      responses: team.responses.length,
      requestsPerSecond: options.requestsPerSecond,
      first,
      second,
      noChangeBudget: Math.ceil(team.reviews.length / 100) + Math.ceil(team.goals.length / 100) + 3,
    };
  } finally {
    await server.close();
  }
}
