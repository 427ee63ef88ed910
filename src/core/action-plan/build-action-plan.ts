import type { CompetencyConfig, Config } from '../config-schema.ts';
import type { Review } from '../domain.ts';
import type { ActionPlanEntry } from './types.ts';
import type { ReviewScore } from '../scoring/types.ts';
import { classifyScore, type CodeClass } from './classify.ts';
import { dueDateAfter } from './due-date.ts';
import { reviewKeyPrefix } from './action-key.ts';
import { planRecipes } from './recipes.ts';
import { codeAt } from '../scoring/code-at.ts';
import type { ActionPlanMemos } from './memos.ts';

export { ACTION_PLAN_KIND_ORDER, type ActionPlanKind } from './recipes.ts';

export interface ActionPlanInput {
  review: Review;
  score: ReviewScore;
  config: Config;
  /** The run's recipes and due days; without one, the call works them out afresh. */
  run?: ActionPlanMemos;
  /**
   * The instant due dates count from. Sync passes a fixed day of the cycle (the feedback-delivery
   * due date), not the wall clock, so that the plan, and with it the summary hash, stays the same
   * from one run to the next.
   */
  startsOn: Date;
}

/**
 * How much a code's entries matter: for a growth area, how far the score falls below `growthBelow`,
 * times the code's weight, so a heavy code far below the line leads; for a strength, how far it
 * stands above `strengthAtLeast`, times the weight, and always after every growth area.
 */
function urgencyOf(
  codeClass: CodeClass,
  score: number | null,
  weight: number,
  thresholds: Config['actionPlan'],
): number {
  if (score === null) return 0;
  if (codeClass === 'growth') return 1_000_000 + (thresholds.growthBelow - score) * weight;
  if (codeClass === 'strength') return (score - thresholds.strengthAtLeast) * weight;
  return 0;
}

/**
 * The `maxItems` most urgent entries, listed in plan order (framework, then kind). Ties keep plan
 * order, so the cut is stable from run to run; an entry cut off is simply no longer planned.
 */
function capped(
  entries: ActionPlanEntry[],
  urgencies: readonly number[],
  maxItems: number,
): ActionPlanEntry[] {
  if (entries.length <= maxItems) return entries;
  const positions = entries.map((_, position) => position);
  positions.sort((a, b) => (urgencies[b] ?? 0) - (urgencies[a] ?? 0) || a - b);
  const kept = positions.slice(0, maxItems).sort((a, b) => a - b);
  return kept.map((position) => entries[position] as ActionPlanEntry);
}

/**
 * The action plan for one review, built by the rules in `config.actionPlan`.
 *
 * Codes are planned one by one from their own score, even when the overall result is
 * "Insufficient data": a code that has a score is evidence enough for its own entries, and
 * a code without a score draws nothing. Codes in the score but not in the framework are ignored.
 * Order is framework order, then ACTION_PLAN_KIND_ORDER, then config order, so two runs on the same data
 * give the same list. At most `actionPlan.maxItems` entries are kept, the most urgent ones (see `capped`).
 * Keys are unique: should two config entries share an id, the first wins.
 */
export function buildActionPlan(input: ActionPlanInput): ActionPlanEntry[] {
  const { review, score, config, startsOn } = input;
  const recipes = planRecipes(config, input.run?.recipes);
  const competencies = config.framework.competencies;
  const prefix = reviewKeyPrefix(review);
  const entries: ActionPlanEntry[] = [];
  const urgencies: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < competencies.length; i++) {
    const competency = competencies[i] as CompetencyConfig;
    const codeScore = codeAt(score.codes, competency.code)?.score ?? null;
    const codeClass = classifyScore(codeScore, config.actionPlan);
    const drawn = recipes[i]?.[codeClass] ?? [];
    if (drawn.length === 0) continue;
    const urgency = urgencyOf(codeClass, codeScore, competency.weight, config.actionPlan);
    for (const recipe of drawn) {
      // The key as actionKey writes it: the review's prefix, then where the entry came from.
      const key = `${prefix}${recipe.source}:${recipe.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const due = dueDateAfter(startsOn, config.timeZone, recipe.dueInDays, input.run?.dueDates);
      entries.push({
        key,
        kind: recipe.kind,
        code: recipe.code,
        title: recipe.source === 'goal' ? `${recipe.title} by ${due}` : recipe.title,
        detail: recipe.detail,
        due,
      });
      urgencies.push(urgency);
    }
  }
  return capped(entries, urgencies, config.actionPlan.maxItems);
}
