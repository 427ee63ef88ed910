import type { CycleConfig } from '../core/config-schema.ts';
import type { ReviewPlan } from '../planner/plan-review.ts';
import { NoMatchingReviewError } from '../errors.ts';

// `explain` reads one review. An email can name a review in each active cycle (or two pages of one
// cycle): explaining whichever came first would show numbers of a page the person did not mean.

export interface PickedReview {
  plan: ReviewPlan;
  cycle: CycleConfig;
}

/** The one planned review `--review` names, or an error naming what it matched and how to narrow it. */
export function pickExplainedReview(
  planned: readonly ReviewPlan[],
  cycles: readonly CycleConfig[],
  wanted: string,
): PickedReview {
  if (planned.length > 1) {
    throw new NoMatchingReviewError(
      `--review "${wanted}": ${planned.length} reviews match it, expected one`,
      {
        details: [
          ...planned.map((p) => `page ${p.review.pageId} (cycle ${p.review.cycle})`),
          'Give the review page id (or its URL), or narrow to one cycle with --cycle.',
        ],
      },
    );
  }
  const plan = planned[0];
  const cycle = cycles.find((c) => c.name === plan?.review.cycle);
  if (plan === undefined || cycle === undefined) {
    throw new NoMatchingReviewError(`--review "${wanted}": no review of the active cycles matches it`, {
      details: ['Give the review page id (or its URL) or the reviewee’s email, as in Notion.'],
    });
  }
  return { plan, cycle };
}
