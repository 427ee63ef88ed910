// The request budget of a large team's steady state: N reviews synced, then one review changes (one
// peer rewrites a comment). The design allows ⌈N/100⌉ + ⌈G/100⌉ + 3 for reading, plus 4 for the change.
//
// Part of `npm run bench`; run alone for the request figures only:
//   BENCH_REVIEWS=1000 node --import tsx scripts/bench/one-change-bench.ts
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/core/config-schema.ts';
import { createSandbox, startSandboxServer } from '../../src/sandbox/index.ts';
import { runSync } from '../../src/sync/run.ts';
import { benchCsv, benchSeed } from './sandbox-seed.ts';
import { RESPONSES_PER_REVIEW, syntheticTeam } from './synthetic-team.ts';

export interface OneChangeRun {
  requests: number;
  byEndpoint: Record<string, number>;
  changedReviews: number;
  failures: number;
  retries: number;
}

export interface OneChangeFigures {
  reviews: number;
  goals: number;
  first: OneChangeRun;
  unchanged: OneChangeRun;
  oneChange: OneChangeRun;
  /** ⌈N/100⌉ + ⌈G/100⌉ + 3, + 2 with Feedback requests (its schema read and ⌈rows/100⌉ ≥ 1 query) */
  noChangeBudget: number;
  /** ⌈N/100⌉ + ⌈G/100⌉ + 3 + 4 */
  oneChangeBudget: number;
}

export async function benchOneChange(
  baseConfig: Config,
  options: {
    reviews: number;
    now: Date;
    demoSeedPath: string;
    /** Where the action plan goes: item pages (the demo's setting) or to-dos in the summary. */
    actionItems?: 'pages' | 'todos';
  },
): Promise<OneChangeFigures> {
  // In process and against the emulator, so no rate is needed; the figures are request counts. The
  // budget covers reviews, goals and action items: the optional extras (earlier cycles for trends,
  // objectives, the cycle overview page) add their own reads and are left out here.
  const { objectives: _objectives, overview: _overview, ...notion } = baseConfig.notion;
  const items = baseConfig.notion.actionItems;
  const config: Config = {
    ...baseConfig,
    history: [],
    notion: {
      ...notion,
      requestsPerSecond: 1_000_000,
      ...(options.actionItems === 'todos' && items !== undefined
        ? { actionItems: { ...items, mode: 'todos' } }
        : {}),
    },
  };
  const team = syntheticTeam(config, options.reviews);
  const demoSeed = JSON.parse(await readFile(options.demoSeedPath, 'utf8')) as unknown;
  const sandbox = createSandbox({ seed: benchSeed(demoSeed, config, team), rateLimit: 1_000_000_000 });
  const server = await startSandboxServer({ port: 0, sandbox });
  const run = async (csv: string): Promise<OneChangeRun> => {
    const { report, plan } = await runSync({
      config,
      env: { NOTION_TOKEN: 'bench-token', NOTION_API_BASE_URL: server.url },
      now: options.now,
      dryRun: false,
      responses: { readText: () => Promise.resolve(csv) },
    });
    return {
      requests: report.requests.notion.total,
      byEndpoint: report.requests.notion.byEndpoint,
      changedReviews: plan.reviews.filter((r) => r.changes.length > 0).length,
      failures: report.counts.failures,
      retries: report.requests.notion.retries,
    };
  };
  try {
    const first = await run(benchCsv(config, team));
    const unchanged = await run(benchCsv(config, team));
    // The manager of the fourth review (in Feedback delivery, so it has action items) rewrites their
    // comment: that review's highlights, and so its summary, change; its scores and plan do not.
    const changed = RESPONSES_PER_REVIEW * 3 + 1;
    const edited = {
      ...team,
      responses: team.responses.map((r, i) =>
        i === changed ? { ...r, comment: 'Rewrote the retry logic well.' } : r,
      ),
    };
    const oneChange = await run(benchCsv(config, edited));
    // A Feedback requests data source adds its preflight schema read and its one paged read of the rows
    // (⌈rows/100⌉, at least one query; these synthetic pages nominate nobody, so it holds no row).
    const requestReads = config.notion.feedbackRequests ? 1 + 1 : 0;
    const reads =
      Math.ceil(team.reviews.length / 100) + Math.ceil(team.goals.length / 100) + 3 + requestReads;
    return {
      reviews: team.reviews.length,
      goals: team.goals.length,
      first,
      unchanged,
      oneChange,
      noChangeBudget: reads,
      oneChangeBudget: reads + 4,
    };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const raw = process.env.BENCH_REVIEWS ?? '';
  const reviews = raw.trim() === '' ? 1000 : Number(raw);
  if (!Number.isInteger(reviews) || reviews <= 0) throw new Error('BENCH_REVIEWS must be a positive integer');
  const config = await loadConfig('demo/review-sync.yaml');
  const f = await benchOneChange(config, {
    reviews,
    now: new Date('2026-11-25T08:00:00Z'),
    demoSeedPath: 'demo/seed.json',
  });
  const rows: [string, OneChangeRun, number | null][] = [
    ['first sync', f.first, null],
    ['no change', f.unchanged, f.noChangeBudget],
    ['one change', f.oneChange, f.oneChangeBudget],
  ];
  let missed = false;
  console.log(`${f.reviews} reviews, ${f.goals} goals`);
  for (const [label, run, budget] of rows) {
    const within = budget === null || run.requests <= budget;
    missed ||= !within;
    const endpoints = Object.entries(run.byEndpoint)
      .map(([endpoint, n]) => `${endpoint} ${n}`)
      .join(', ');
    console.log(
      `${label}: ${run.requests} requests${budget === null ? '' : ` (budget ${budget}${within ? '' : ', MISSED'})`}: ${endpoints}`,
    );
  }
  process.exitCode = missed ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
