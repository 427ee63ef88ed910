// plan() CPU time on synthetic teams: the median of several runs, in CPU time (user + system), so a
// loaded machine stretches wall time but not the figure much.
import type { Config } from '../../src/core/config-schema.ts';
import { createRunContext } from '../../src/core/run-context.ts';
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
  options: {
    reviews: number;
    responsesPerReview: number;
    now: Date;
    runs: number;
    budgetMs: number;
    /**
     * Keep one run context across the timed plans (the steady state of a process that plans again with
     * the same config, and what module caches gave before the context existed), or make a fresh one
     * for each plan, as a scheduled run does.
     */
    context: 'kept' | 'fresh';
  },
): PlannerCpu {
  const state = planState(config, syntheticTeam(config, options.reviews, 42, options.responsesPerReview));
  collectGarbage();
  // One warm-up run, so the figure is the steady state a scheduled run sees after its first review.
  const started = performance.now();
  const kept = options.context === 'kept' ? createRunContext() : undefined;
  plan(state, config, options.now, undefined, kept);
  const times: number[] = [];
  while (
    times.length < options.runs &&
    (times.length < 3 || performance.now() - started < options.budgetMs)
  ) {
    collectGarbage();
    times.push(cpuMs(() => plan(state, config, options.now, undefined, kept)));
  }
  return {
    reviews: options.reviews,
    responses: state.responses.length,
    runs: times.length,
    medianCpuMs: median(times),
    minCpuMs: Math.min(...times),
  };
}
