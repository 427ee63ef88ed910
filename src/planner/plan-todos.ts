import { planAsTodos, type Config } from '../core/config-schema.ts';
import type { Review } from '../core/domain.ts';
import type { SummaryModel } from '../core/summary/types.ts';
import { stageIndex } from '../core/workflow/stages.ts';

/**
 * In todos mode, the container whose ticks the rewrite must carry over: the recorded one, when the
 * page was already at `actionPlan.createFrom` (so the container it holds was written with to-dos) and
 * the new summary has to-dos to carry them to. Null otherwise, which saves the read: a first summary,
 * a draft, or a summary written before the plan was agreed costs no extra request.
 */
export function ticksSource(review: Review, summary: SummaryModel, config: Config): string | null {
  if (!planAsTodos(config)) return null;
  const recorded = review.owned.summaryBlock;
  if (recorded === null || summary.actionPlan === null || summary.actionPlan.draft) return null;
  if (stageIndex(review.stage) < stageIndex(config.actionPlan.createFrom)) return null;
  return recorded;
}
