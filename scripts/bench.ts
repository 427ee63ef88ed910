// `npm run bench`: every figure of the speed budget beside its budget. Exits 1 when one is missed, so
// it can hold the line before a release; CI does not run it (timed checks are flaky on shared runners,
// and the test suite stays quick). Planner figures are CPU time, so a loaded machine does not fail them.
//
// Environment:
//   BENCH_RUNS     timed planner runs per size after a warm-up (default 5)
//   BENCH_REVIEWS  reviews in the request-count runs (default 1000)
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load.ts';
import { createSandbox, startSandboxServer } from '../src/sandbox/index.ts';
import { dryRunBuilt, type DryRunFigures } from './bench/dry-run.ts';
import { gcAvailable, int, peakRssMiB } from './bench/measure.ts';
import { benchOneChange } from './bench/one-change-bench.ts';
import {
  benchFeedbackRequests,
  feedbackRequestBudgets,
  NOMINEES_PER_REVIEW,
} from './bench/feedback-requests-bench.ts';
import { plannerCpu } from './bench/planner-cpu.ts';
import { benchCsv, benchSeed } from './bench/sandbox-seed.ts';
import { helpCpuMs, productionInstallBytes } from './bench/startup-install.ts';
import { syntheticTeam } from './bench/synthetic-team.ts';

const ROOT = join(import.meta.dirname, '..');
const CONFIG = 'demo/review-sync.yaml';
const DEMO_SEED = 'demo/seed.json';
// Inside the demo cycle's window (it opens on 2 November 2026), so every synthetic answer is valid.
const NOW = new Date('2026-11-25T08:00:00Z');
const PLANNER_REVIEWS = 5000;
const RESPONSES_PER_REVIEW = 10;

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

interface Row {
  figure: string;
  measured: string;
  budget: string;
  pass: boolean;
}

const rows: Row[] = [];
function record(figure: string, measured: string, budget: string, pass: boolean): void {
  rows.push({ figure, measured, budget, pass });
  console.log(`  ${pass ? 'ok  ' : 'MISS'} ${figure}: ${measured} (budget ${budget})`);
}

/** A dry run of the built CLI in its own process against the sandbox served here (see bench/dry-run.ts). */
async function dryRun(reviews: number, perReview: number): Promise<DryRunFigures> {
  const config = await loadConfig(CONFIG);
  const demoSeed = JSON.parse(await readFile(DEMO_SEED, 'utf8')) as unknown;
  const team = syntheticTeam(config, reviews, 42, perReview);
  const sandbox = createSandbox({ seed: benchSeed(demoSeed, config, team), rateLimit: 1_000_000_000 });
  const server = await startSandboxServer({ port: 0, sandbox });
  // The demo config at the highest request rate it allows: the sandbox needs no pacing.
  const configText = (await readFile(CONFIG, 'utf8')).replace(/^(\s*requestsPerSecond:).*$/m, '$1 50');
  try {
    return await dryRunBuilt({
      root: ROOT,
      configText,
      csv: benchCsv(config, team),
      sandboxUrl: server.url,
      now: NOW,
    });
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const config = await loadConfig(CONFIG);
  const runs = envInt('BENCH_RUNS', 5);
  console.log(
    `review-sync bench · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ` +
      `${os.cpus().length} CPUs · load ${os.loadavg()[0]?.toFixed(1)} · config ${CONFIG}`,
  );
  if (!gcAvailable) console.log('note: run with node --expose-gc so runs start from a collected heap');

  console.log(
    '\n1. Planner: plan() CPU time, median of the timed runs after one warm-up, each with a fresh run context as a run makes',
  );
  const planner = (reviews: number, budgetMs: number, context: 'kept' | 'fresh') =>
    plannerCpu(config, {
      reviews,
      responsesPerReview: RESPONSES_PER_REVIEW,
      now: NOW,
      runs,
      budgetMs,
      context,
    });
  const quarter = planner(PLANNER_REVIEWS / 4, 20_000, 'fresh');
  const full = planner(PLANNER_REVIEWS, 60_000, 'fresh');
  // The figure recorded before the run context existed: module caches stayed filled from plan to plan.
  const kept = planner(PLANNER_REVIEWS, 60_000, 'kept');
  for (const [f, label] of [
    [quarter, ''],
    [full, ''],
    [kept, ' (one run context kept across the plans, comparable with earlier figures)'],
  ] as const) {
    console.log(
      `     ${int(f.reviews)} reviews × ${int(f.responses)} responses: median ${f.medianCpuMs.toFixed(0)} ms,` +
        ` min ${f.minCpuMs.toFixed(0)} ms, ${f.runs} runs${label}`,
    );
  }
  record(
    `plan() CPU, ${int(full.reviews)} reviews × ${int(full.responses)} responses`,
    `${full.medianCpuMs.toFixed(0)} ms`,
    '< 2000 ms',
    full.medianCpuMs < 2000,
  );
  // Linear: four times the team costs at most 1.5 times as much per review.
  const growth = full.medianCpuMs / full.reviews / (quarter.medianCpuMs / quarter.reviews);
  record(
    `plan() CPU per review, 4× vs 1× (${int(quarter.reviews)} → ${int(full.reviews)})`,
    `${growth.toFixed(2)}×`,
    '≤ 1.5× (linear)',
    growth <= 1.5,
  );

  console.log(
    '\n2. Dry runs of the built CLI (dist/) in a child process against the in-process sandbox (read everything, plan, print)',
  );
  const big = await dryRun(PLANNER_REVIEWS, RESPONSES_PER_REVIEW);
  console.log(
    `     ${int(big.reviews)} reviews, ${int(big.responses)} responses: wall ${big.wallMs.toFixed(0)} ms,` +
      ` CPU ${big.cpuMs.toFixed(0)} ms, ${int(big.requests)} requests`,
  );
  record(
    `peak memory, sync of ${int(big.reviews)} reviews × ${int(big.responses)} responses (dry run)`,
    `${big.peakRssMiB.toFixed(0)} MiB`,
    '< 300 MiB',
    big.peakRssMiB < 300,
  );
  const one = await dryRun(1, 10_000);
  console.log(
    `     1 review, ${int(one.responses)} responses: wall ${one.wallMs.toFixed(0)} ms, CPU ${one.cpuMs.toFixed(0)} ms`,
  );
  // CPU time of the run in the child (the sandbox answers from this process), so load stretches it less.
  record(
    `${int(one.responses)} responses about one reviewee, dry run (CPU)`,
    `${one.cpuMs.toFixed(0)} ms`,
    '< 2000 ms',
    one.cpuMs < 2000,
  );

  const reviews = envInt('BENCH_REVIEWS', 1000);
  console.log(
    `\n3. Notion requests, ${int(reviews)} reviews: first sync, no change, then one review changes`,
  );
  const requests = await benchOneChange(config, { reviews, now: NOW, demoSeedPath: DEMO_SEED });
  const byEndpoint = (r: { byEndpoint: Record<string, number> }) =>
    Object.entries(r.byEndpoint)
      .map(([endpoint, n]) => `${endpoint} ${n}`)
      .join(', ');
  for (const [label, run] of [
    ['first', requests.first],
    ['no change', requests.unchanged],
    ['one change', requests.oneChange],
  ] as const) {
    console.log(
      `     ${label}: ${int(run.requests)} requests (${byEndpoint(run)}), ${run.retries} retried, ${run.failures} failed`,
    );
  }
  // Per changed review on a first sync: everything but the bulk reads, without the goal pages (one
  // update per goal, counted like the goals' reads) and the action items created (allowed on top).
  const first = requests.first;
  const e = first.byEndpoint;
  // Reads: data sources resolved, their schemas and the paged queries, and the integration's own id
  // (`users.me`, once a run).
  const reads =
    (e['databases.retrieve'] ?? 0) +
    (e['dataSources.retrieve'] ?? 0) +
    (e['dataSources.query'] ?? 0) +
    (e['users.me'] ?? 0);
  const created = e['pages.create'] ?? 0;
  const goalUpdates = Math.min(requests.goals, e['pages.update'] ?? 0);
  const perReview = (first.requests - reads - goalUpdates - created) / Math.max(1, first.changedReviews);
  record(
    'Notion requests per changed review, first sync (+ action items created, goal pages apart)',
    `${perReview.toFixed(2)} + ${(created / Math.max(1, first.changedReviews)).toFixed(2)}`,
    '≤ 3 + items created',
    perReview <= 3,
  );
  record(
    `Notion requests, no change, ${int(requests.reviews)} reviews, ${int(requests.goals)} goals`,
    String(requests.unchanged.requests),
    `≤ ${requests.noChangeBudget}`,
    requests.unchanged.requests <= requests.noChangeBudget,
  );
  record(
    `Notion requests after one review changes, ${int(requests.reviews)} reviews`,
    String(requests.oneChange.requests),
    `≤ ${requests.oneChangeBudget}`,
    requests.oneChange.requests <= requests.oneChangeBudget && requests.oneChange.changedReviews === 1,
  );

  // The same first sync with the plan written as to-dos inside each summary: no item pages at all.
  const todos = await benchOneChange(config, {
    reviews,
    now: NOW,
    demoSeedPath: DEMO_SEED,
    actionItems: 'todos',
  });
  const t = todos.first.byEndpoint;
  console.log(
    `     first, items as to-dos: ${int(todos.first.requests)} requests (${byEndpoint(todos.first)})`,
  );
  const todoReads =
    (t['databases.retrieve'] ?? 0) +
    (t['dataSources.retrieve'] ?? 0) +
    (t['dataSources.query'] ?? 0) +
    (t['users.me'] ?? 0);
  const todoGoals = Math.min(todos.goals, t['pages.update'] ?? 0);
  const perTodoReview =
    (todos.first.requests - todoReads - todoGoals) / Math.max(1, todos.first.changedReviews);
  record(
    'Notion requests per changed review, first sync, items as to-dos (goal pages apart)',
    perTodoReview.toFixed(2),
    '≤ 3',
    perTodoReview <= 3 && (t['pages.create'] ?? 0) === 0 && todos.first.failures === 0,
  );

  console.log(
    `\n4. Feedback requests, ${int(reviews)} reviews nominating ${NOMINEES_PER_REVIEW} peers each: first sync, no change, overdue, after`,
  );
  const fr = await benchFeedbackRequests(config, {
    reviews,
    now: NOW,
    overdueAt: new Date('2026-12-07T08:00:00Z'),
    demoSeedPath: DEMO_SEED,
  });
  for (const [figure, measured, budget, pass] of feedbackRequestBudgets(fr))
    record(figure, measured, budget, pass);

  console.log('\n5. Start-up and install (item 3 of the issue)');
  const help = helpCpuMs(ROOT, 5);
  record(
    `review-sync --help ${help.measure === 'cpu' ? 'CPU' : 'wall'} time (${help.entry.slice(ROOT.length + 1)})`,
    `${help.ms.toFixed(0)} ms`,
    '< 300 ms',
    help.ms < 300,
  );
  const install = productionInstallBytes(ROOT);
  record(
    `production install (${install.packages} packages from npm ls --omit=dev)`,
    `${(install.bytes / 1e6).toFixed(1)} MB`,
    '< 30 MB',
    install.bytes < 30e6,
  );

  console.log('\n| figure | measured | budget | |\n|---|---:|---|---|');
  for (const row of rows) {
    console.log(`| ${row.figure} | ${row.measured} | ${row.budget} | ${row.pass ? 'ok' : 'MISSED'} |`);
  }
  const missed = rows.filter((row) => !row.pass).length;
  console.log(`\npeak RSS of the bench process: ${peakRssMiB().toFixed(0)} MiB`);
  console.log(missed === 0 ? 'every budget met' : `${missed} budget(s) missed`);
  process.exitCode = missed === 0 ? 0 : 1;
}

await main();
