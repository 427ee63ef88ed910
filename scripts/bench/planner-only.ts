// The planner figures alone, for comparing two versions of the core without the dry runs and request
// counts of the full bench: plan() CPU time (median after one warm-up) and the process's peak RSS.
//
//   node --expose-gc --import tsx scripts/bench/planner-only.ts
//
// BENCH_RUNS timed runs (default 3), on the bench's 5,000 reviews × 10 responses; BENCH_CONTEXT=kept keeps
// one run context across the plans (the steady state earlier figures measured), else each plan makes its own.
import { loadConfig } from '../../src/config/load.ts';
import { peakRssMiB } from './measure.ts';
import { plannerCpu } from './planner-cpu.ts';

const runs = Number(process.env.BENCH_RUNS ?? '3');
const config = await loadConfig('demo/review-sync.yaml');
const context = process.env.BENCH_CONTEXT === 'kept' ? 'kept' : 'fresh';
const figures = plannerCpu(config, {
  reviews: 5000,
  responsesPerReview: 10,
  now: new Date('2026-11-25T08:00:00Z'),
  runs,
  budgetMs: 60_000,
  context,
});
console.log(
  `plan() CPU median ${figures.medianCpuMs.toFixed(0)} ms, min ${figures.minCpuMs.toFixed(0)} ms, ` +
    `${figures.runs} runs, run context ${context}; peak RSS ${peakRssMiB().toFixed(0)} MiB`,
);
