import type { Config } from '../core/config-schema.ts';
import { createRunContext } from '../core/run-context.ts';
import { ConfigError } from '../errors.ts';
import { createResponseSources, readAllResponses } from '../google/create-sources.ts';
import { createNotionGatewayFromEnv } from '../notion/gateway-from-env.ts';
import { readNotionState } from '../notion/read-state.ts';
import { plan, validationReviews, type SyncState } from '../planner/plan.ts';
import { activeCycles, matchesReview } from '../notion/review-selection.ts';
import { explainResponses } from './explain-responses.ts';
import { explainReview } from './explain-review.ts';
import { pickExplainedReview } from './pick-review.ts';
import type { Explanation } from './explain-types.ts';

export interface ExplainOptions {
  config: Config;
  env: Record<string, string | undefined>;
  now: Date;
  review: string;
  cycle?: string;
  allStages: boolean;
}

/** Reads one review's pages and every response, plans as sync would, and explains. Writes nothing. */
export async function runExplain(options: ExplainOptions): Promise<Explanation> {
  const { config, now, env } = options;
  if (options.review.trim() === '') throw new ConfigError('--review needs a page URL, id or email');
  const cycles = activeCycles(config, now, options.cycle);
  const gw = createNotionGatewayFromEnv(env, config);
  const notion = await readNotionState(gw, config, { cycles });
  const responses = await readAllResponses(
    createResponseSources(config, { env, stats: { total: 0, retries: 0 } }),
  );
  const state: SyncState = {
    reviews: notion.reviews,
    heldReviews: notion.heldReviews,
    goals: notion.goals,
    responses,
    past: notion.past,
    objectives: notion.objectives,
  };
  const run = createRunContext();
  const planned = plan(state, config, now, (r) => matchesReview(r, options.review), run);
  const { plan: reviewPlan, cycle } = pickExplainedReview(planned.reviews, config.cycles, options.review);
  const counts = explainResponses(reviewPlan.review, validationReviews(state), responses, config, now, run);
  return explainReview({
    plan: reviewPlan,
    cycle,
    responses: counts,
    config,
    now,
    allStages: options.allStages,
  });
}
