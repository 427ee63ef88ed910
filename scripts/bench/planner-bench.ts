// Planner throughput: plan() on synthetic teams, in process, no I/O. It is the only CPU-bound part of a
// run, so it is the part whose cost could grow faster than the team; the other costs are requests.
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/core/config-schema.ts';
import { validateResponses } from '../../src/core/validation/index.ts';
import { plan, type SyncPlan } from '../../src/sync/plan.ts';
import { collectGarbage, median, peakRssMiB } from './measure.ts';
import { planState, syntheticTeam } from './synthetic-team.ts';

export interface PlannerFigures {
  reviews: number;
  responses: number;
  goals: number;
  runs: number;
  /** True when the only run was the warm-up, because it alone used up the size's budget. */
  cold: boolean;
  medianMs: number;
  minMs: number;
  reviewsPerSecond: number;
  changes: number;
  /** One run of the validation step alone: it matches every response against every review. */
  validationMs: number;
  /** Heap still held once the plan is built and garbage is collected: the plan and what it references. */
  retainedHeapBytes: number;
  peakRssMiB: number;
}

export interface PlannerBenchOptions {
  sizes: number[];
  now: Date;
  /** Timed runs per size, after one warm-up run. */
  runs: number;
  /**
   * Stop adding runs for a size once this much time went into it, so a slow size cannot eat the budget.
   * When even the warm-up run took longer, its time is the figure (runs = 1, a cold run).
   */
  budgetMsPerSize: number;
}

export function benchPlanner(config: Config, options: PlannerBenchOptions): PlannerFigures[] {
  return options.sizes.map((size) => benchOneSize(config, size, options));
}

function benchOneSize(config: Config, size: number, options: PlannerBenchOptions): PlannerFigures {
  const state = planState(config, syntheticTeam(config, size));
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  // The warm-up run doubles as the memory probe: its result is held while the heap is measured.
  const w0 = performance.now();
  let kept: SyncPlan | null = plan(state, config, options.now);
  const warmUpMs = performance.now() - w0;
  collectGarbage();
  const retainedHeapBytes = process.memoryUsage().heapUsed - before;
  const changes = kept.changes.length;
  kept = null;

  const times: number[] = [];
  // The budget counts the warm-up too, so a size whose single run is already slow is not repeated.
  const started = w0;
  while (times.length < options.runs && performance.now() - started < options.budgetMsPerSize) {
    const t0 = performance.now();
    plan(state, config, options.now);
    times.push(performance.now() - t0);
  }
  const cold = times.length === 0;
  if (cold) times.push(warmUpMs);
  const v0 = performance.now();
  validateResponses(state.responses, { reviews: state.reviews, config, now: options.now });
  const validationMs = performance.now() - v0;
  const medianMs = median(times);
  return {
    reviews: size,
    responses: state.responses.length,
    goals: state.goals.length,
    runs: times.length,
    cold,
    medianMs,
    minMs: Math.min(...times),
    reviewsPerSecond: (size / medianMs) * 1000,
    changes,
    validationMs,
    retainedHeapBytes,
    peakRssMiB: peakRssMiB(),
  };
}
