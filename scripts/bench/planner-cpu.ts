// plan() CPU time on synthetic teams: the median of several runs, in CPU time (user + system), so a
// loaded machine stretches wall time but not the figure much.
import type { Config } from '../../src/core/config-schema.ts';
import { plan } from '../../src/planner/plan.ts';
import { collectGarbage, median } from './measure.ts';
import { planState, syntheticTeam } from './synthetic-team.ts';

export interface PlannerCpu {
  reviews: number;
  responses: number;
  runs: number;
  medianCpuMs: number;
  minCpuMs: number;
}

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function plannerCpu(
  config: Config,
  options: { reviews: number; responsesPerReview: number; now: Date; runs: number; budgetMs: number },
): PlannerCpu {
  const state = planState(config, syntheticTeam(config, options.reviews, 42, options.responsesPerReview));
  collectGarbage();
  // One warm-up run, so the figure is the steady state a scheduled run sees after its first review.
  const started = performance.now();
  plan(state, config, options.now);
  const times: number[] = [];
  while (
    times.length < options.runs &&
    (times.length < 3 || performance.now() - started < options.budgetMs)
  ) {
    collectGarbage();
    times.push(cpuMs(() => plan(state, config, options.now)));
  }
  return {
    reviews: options.reviews,
    responses: state.responses.length,
    runs: times.length,
    medianCpuMs: median(times),
    minCpuMs: Math.min(...times),
  };
}
