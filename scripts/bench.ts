// `npm run bench`: prints figures for the planner's throughput and memory, and for the Notion requests and
// wall time of a sync against the in-process sandbox. It measures; it never passes or fails, so that speed
// and memory stay out of the test suite (timed tests are flaky on shared CI machines).
//
// Environment:
//   BENCH_REVIEWS        reviews in the end-to-end sync (default 25: about 13 requests each, ~35 s at 10 requests/s)
//   BENCH_PLANNER_SIZES  comma-separated team sizes for the planner (default 100,1000,5000)
//   BENCH_RUNS           timed planner runs per size after the warm-up (default 5)
import os from 'node:os';
import { loadConfig } from '../src/config/load.ts';
import { gcAvailable, int, mib, ms, peakRssMiB, printTable, seconds } from './bench/measure.ts';
import { benchPlanner } from './bench/planner-bench.ts';
import { benchSync, type SyncRunFigures } from './bench/sync-bench.ts';

const CONFIG = 'demo/review-sync.yaml';
const DEMO_SEED = 'demo/seed.json';
// Inside the demo cycle's window (it opens on 2 November 2026), so every synthetic answer is valid.
const NOW = new Date('2026-11-25T08:00:00Z');
const DEFAULT_RATE = 3;
const BENCH_RATE = 10;

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

function envSizes(): number[] {
  const raw = process.env.BENCH_PLANNER_SIZES;
  if (raw === undefined || raw.trim() === '') return [100, 1000, 5000];
  const sizes = raw.split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) {
    throw new Error('BENCH_PLANNER_SIZES must be comma-separated positive integers');
  }
  return sizes;
}

function endpoints(run: SyncRunFigures): string {
  return Object.entries(run.byEndpoint)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([endpoint, n]) => `${endpoint} ${n}`)
    .join(', ');
}

async function main(): Promise<void> {
  const config = await loadConfig(CONFIG);
  console.log(
    `review-sync bench · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ` +
      `${os.cpus().length} CPUs · config ${CONFIG}`,
  );
  if (!gcAvailable) {
    console.log('note: global.gc is not exposed (run with node --expose-gc); heap figures include garbage');
  }

  console.log('\n1. Planner: plan() on synthetic teams (8 responses and 2 goals per review, first run)\n');
  const planner = benchPlanner(config, {
    sizes: envSizes(),
    now: NOW,
    runs: envInt('BENCH_RUNS', 5),
    budgetMsPerSize: 15_000,
  });
  printTable(
    [
      'reviews',
      'responses',
      'runs',
      'median',
      'min',
      'reviews/s',
      'ms/review',
      'validation',
      'heap retained',
      'peak RSS',
    ],
    planner.map((f) => [
      int(f.reviews),
      int(f.responses),
      f.cold ? '1 (cold)' : String(f.runs),
      ms(f.medianMs),
      ms(f.minMs),
      int(f.reviewsPerSecond),
      (f.medianMs / f.reviews).toFixed(2),
      ms(f.validationMs),
      mib(f.retainedHeapBytes),
      `${f.peakRssMiB.toFixed(0)} MiB`,
    ]),
  );
  console.log(
    '\n   validation = one run of validateResponses alone; heap retained = the plan held after GC;' +
      '\n   peak RSS = the whole process so far.',
  );

  const reviews = envInt('BENCH_REVIEWS', 25);
  console.log(
    `\n2. Sync against the in-process sandbox: ${reviews} reviews at ${BENCH_RATE} requests/s (runSync over HTTP)\n`,
  );
  const sync = await benchSync(config, {
    reviews,
    now: NOW,
    demoSeedPath: DEMO_SEED,
    requestsPerSecond: BENCH_RATE,
  });
  const row = (label: string, run: SyncRunFigures) => [
    label,
    seconds(run.wallMs),
    int(run.requests),
    int(run.changedReviews),
    run.changedReviews > 0 ? (run.requests / run.changedReviews).toFixed(1) : '–',
    seconds((run.requests / DEFAULT_RATE) * 1000),
    `${run.retries} / ${run.rateLimited}`,
    String(run.failures),
  ];
  printTable(
    [
      'run',
      'wall',
      'requests',
      'changed',
      'req/changed',
      `at ${DEFAULT_RATE} req/s`,
      'retries / 429',
      'failed',
    ],
    [row('first (writes)', sync.first), row('second (no change)', sync.second)],
  );
  console.log(
    `\n   ${int(sync.reviews)} reviews, ${int(sync.goals)} goals, ${int(sync.responses)} responses.` +
      ` "at ${DEFAULT_RATE} req/s" is requests / ${DEFAULT_RATE}, computed, not run.`,
  );
  console.log(`   first run:  ${endpoints(sync.first)}`);
  const c = sync.first.counts;
  console.log(
    `              ${c.stageMoves} stage moves, ${c.summariesWritten} summaries, ${c.goalsUpdated} goals,` +
      ` ${c.actionItemsCreated} action items, ${c.nudges} reminders`,
  );
  console.log(`   second run: ${endpoints(sync.second)}`);
  const within = sync.second.requests <= sync.noChangeBudget;
  console.log(
    `   no-change budget ⌈${sync.reviews}/100⌉ + ⌈${sync.goals}/100⌉ + 3 = ${sync.noChangeBudget}:` +
      ` ${sync.second.requests} requests, ${within ? 'within' : 'OVER'} budget`,
  );
  console.log(`\npeak RSS of the bench process: ${peakRssMiB().toFixed(0)} MiB`);
}

await main();
