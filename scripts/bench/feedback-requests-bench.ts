// The Feedback requests request budget on a synthetic team: every review nominates peers (the next
// reviewees round the team, as the synthetic peer answers do, plus one who never answers), and the
// step of sync that keeps the request rows runs against the sandbox:
//   first sync: one create per new row, beside the one paged read of the rows;
//   no change: ⌈rows/100⌉ queries and no write;
//   past the 360 due date: one reminder per open row (list its comments, post, record), once.
// The synthetic team itself (what the plan digest hashes) is left as it is: nominations are added here.
//
// Part of `npm run bench`; run alone for these figures only:
//   BENCH_REVIEWS=1000 node --import tsx scripts/bench/feedback-requests-bench.ts
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/core/config-schema.ts';
import type { Review } from '../../src/core/domain.ts';
import { createNotionGateway, createNotionRequestStats } from '../../src/notion/gateway.ts';
import { plan, type SyncState } from '../../src/planner/plan.ts';
import { createSandbox, startSandboxServer } from '../../src/sandbox/index.ts';
import { applyRequestChanges, planRequestStep } from '../../src/sync/feedback-request-step.ts';
import { benchSeed } from './sandbox-seed.ts';
import { planState, syntheticTeam, type SyntheticTeam } from './synthetic-team.ts';

/** Peers each review nominates: three who answer in the synthetic team, and one who does not. */
export const NOMINEES_PER_REVIEW = 4;

/** The team's reviews with approved nominations: the next reviewees round the team. */
export function withNominations(state: SyncState, team: SyntheticTeam): SyncState {
  const n = team.reviews.length;
  const reviews: Review[] = state.reviews.map((review, i) => {
    const peers = Array.from({ length: NOMINEES_PER_REVIEW }, (_, k) => {
      // k = 0..2 are peers who answer (the synthetic answers come from i+1, i+2, …); the last is far off.
      const at = k < NOMINEES_PER_REVIEW - 1 ? (i + k + 1) % n : (i + Math.floor(n / 2)) % n;
      const m = team.reviews[at]?.reviewee;
      return m ? { id: m.userId, email: m.email, name: m.name } : {};
    }).filter((p) => p.id !== undefined && p.id !== review.reviewee.id);
    return { ...review, nominations: { peers, approved: true } };
  });
  return { ...state, reviews };
}

export interface RequestRun {
  requests: number;
  byEndpoint: Record<string, number>;
  created: number;
  reminded: number;
  writes: number;
}

export interface FeedbackRequestFigures {
  reviews: number;
  rows: number;
  first: RequestRun;
  unchanged: RequestRun;
  overdue: RequestRun;
  afterReminders: RequestRun;
}

const WRITES = ['pages.create', 'pages.update', 'comments.create'];

export async function benchFeedbackRequests(
  baseConfig: Config,
  options: { reviews: number; now: Date; overdueAt: Date; demoSeedPath: string },
): Promise<FeedbackRequestFigures> {
  const requests = baseConfig.notion.feedbackRequests;
  if (!requests?.dataSource) throw new Error('the bench config names no feedbackRequests.dataSource');
  const dataSourceId = requests.dataSource;
  const config: Config = { ...baseConfig, notion: { ...baseConfig.notion, requestsPerSecond: 1_000_000 } };
  const team = syntheticTeam(config, options.reviews);
  const state = withNominations(planState(config, team), team);
  const demoSeed = JSON.parse(await readFile(options.demoSeedPath, 'utf8')) as unknown;
  const sandbox = createSandbox({ seed: benchSeed(demoSeed, config, team), rateLimit: 1_000_000_000 });
  const server = await startSandboxServer({ port: 0, sandbox });
  const run = async (now: Date): Promise<RequestRun> => {
    const stats = createNotionRequestStats();
    const gw = createNotionGateway({
      token: 'bench-token',
      baseUrl: server.url,
      requestsPerSecond: 1_000_000,
      stats,
    });
    const planned = plan(state, config, now);
    const changes = await planRequestStep(gw, config, planned, dataSourceId, null, now);
    const counts = await applyRequestChanges(gw, config, dataSourceId, changes);
    if (counts.failed > 0) throw new Error(`${counts.failed} feedback request row(s) failed`);
    return {
      requests: stats.total,
      byEndpoint: { ...stats.byEndpoint },
      created: counts.created,
      reminded: counts.reminded,
      writes: WRITES.reduce((sum, endpoint) => sum + (stats.byEndpoint[endpoint] ?? 0), 0),
    };
  };
  try {
    const first = await run(options.now);
    const unchanged = await run(options.now);
    const overdue = await run(options.overdueAt);
    const afterReminders = await run(options.overdueAt);
    return { reviews: team.reviews.length, rows: first.created, first, unchanged, overdue, afterReminders };
  } finally {
    await server.close();
  }
}

/** Each figure beside its budget: [label, measured, budget, within]. */
export function feedbackRequestBudgets(f: FeedbackRequestFigures): [string, string, string, boolean][] {
  const pages = Math.ceil(f.rows / 100);
  const firstReads = f.first.requests - f.first.writes;
  return [
    [
      `feedback requests, first sync, ${f.rows} new rows`,
      `${f.first.byEndpoint['pages.create'] ?? 0} creates + ${firstReads} read(s)`,
      `1 create per new row + 1 read`,
      (f.first.byEndpoint['pages.create'] ?? 0) === f.rows && f.first.writes === f.rows && firstReads <= 1,
    ],
    [
      `feedback requests, no change, ${f.rows} rows`,
      `${f.unchanged.requests} request(s), ${f.unchanged.writes} write(s)`,
      `≤ ⌈rows/100⌉ = ${pages}, no write`,
      f.unchanged.requests <= pages && f.unchanged.writes === 0,
    ],
    [
      `feedback requests, past the due date: reminders`,
      `${f.overdue.reminded} reminded, ${f.overdue.requests} requests`,
      `≤ ⌈rows/100⌉ + 1 + 3 per reminder`,
      f.overdue.requests <= pages + 1 + 3 * f.overdue.reminded,
    ],
    [
      `feedback requests, the run after the reminders`,
      `${f.afterReminders.requests} request(s), ${f.afterReminders.reminded} reminded`,
      `≤ ⌈rows/100⌉ = ${pages}, no reminder again`,
      f.afterReminders.requests <= pages && f.afterReminders.reminded === 0,
    ],
  ];
}

async function main(): Promise<void> {
  const raw = process.env.BENCH_REVIEWS ?? '';
  const reviews = raw.trim() === '' ? 1000 : Number(raw);
  if (!Number.isInteger(reviews) || reviews <= 0) throw new Error('BENCH_REVIEWS must be a positive integer');
  const config = await loadConfig('demo/review-sync.yaml');
  const f = await benchFeedbackRequests(config, {
    reviews,
    now: new Date('2026-11-25T08:00:00Z'),
    overdueAt: new Date('2026-12-07T08:00:00Z'),
    demoSeedPath: 'demo/seed.json',
  });
  console.log(`${f.reviews} reviews, ${f.rows} request rows`);
  let missed = false;
  for (const [label, measured, budget, within] of feedbackRequestBudgets(f)) {
    missed ||= !within;
    console.log(`  ${within ? 'ok  ' : 'MISS'} ${label}: ${measured} (budget ${budget})`);
  }
  process.exitCode = missed ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
