import type { Config } from '../config-schema.ts';

export type CodeClass = 'growth' | 'strength' | 'neutral' | 'unscored';

export type PlanThresholds = Pick<Config['actionPlan'], 'growthBelow' | 'strengthAtLeast'>;

/**
 * Where a code's score puts it for the action plan. Both bounds are exact: a score equal to
 * `growthBelow` is not a growth area, a score equal to `strengthAtLeast` is a strength.
 * If a config sets the bounds so that they overlap, growth wins: missing a development need
 * is worse than missing a recognition.
 */
export function classifyScore(score: number | null, thresholds: PlanThresholds): CodeClass {
  if (score === null || !Number.isFinite(score)) return 'unscored';
  if (score < thresholds.growthBelow) return 'growth';
  if (score >= thresholds.strengthAtLeast) return 'strength';
  return 'neutral';
}
