import type { Goal } from '../domain.ts';
import { milestoneProgress } from './milestones.ts';

// Progress is the share of the way from baseline to target. Dividing by (target − baseline) makes it work
// whichever direction is better: for "p95 latency 400 → 250 ms" both the numerator and denominator are
// negative while latency falls, so 325 ms gives 0.5.

/**
 * Progress of a goal in 0..1, clamped (going the wrong way is 0, overshooting is 1).
 * Null when baseline, target or current is missing or not a finite number, and when target equals
 * baseline: such a goal has no distance to cover, so no honest share can be given. A goal with
 * milestones is the share of them done instead.
 */
export function goalProgress(
  goal: Pick<Goal, 'baseline' | 'target' | 'current' | 'milestones'>,
): number | null {
  // A milestone goal is measured by its checklist, whatever numbers the page also holds.
  if (goal.milestones && goal.milestones.length > 0) return milestoneProgress(goal.milestones);
  const { baseline, target, current } = goal;
  if (baseline === null || target === null || current === null) return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || !Number.isFinite(current)) return null;
  if (target === baseline) return null;
  let share = (current - baseline) / (target - baseline);
  // Near the limits of a double the differences overflow to ±Infinity; halving first keeps them finite.
  if (Number.isNaN(share)) share = (current / 2 - baseline / 2) / (target / 2 - baseline / 2);
  if (Number.isNaN(share)) return null;
  // Math.max(0, -0) is +0, so a goal at its baseline reads as plain 0.
  return Math.min(1, Math.max(0, share));
}
