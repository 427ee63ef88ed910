import type { Config } from '../config-schema.ts';
import type {
  ActionPlanEntry,
  GoalSummary,
  PastReview,
  Review,
  ReviewScore,
  SummaryModel,
  ValidResponse,
} from '../types.ts';
import { buildCodeLists } from './code-lists.ts';
import { roundScore } from './format.ts';
import { selectHighlights } from './highlights.ts';
import { redactText } from './redact.ts';
import { buildRows } from './rows.ts';
import { overallTrend, rowsWithTrends } from '../trends/trends.ts';

export interface SummaryInput {
  review: Review;
  score: ReviewScore;
  responses: ValidResponse[];
  goals: GoalSummary[];
  plan: ActionPlanEntry[];
  config: Config;
  /** The reviewee's pages in the `history` cycles, oldest first (see `pastReviewsOf`). */
  past?: PastReview[];
}

/**
 * The summary of one review as a plain value: what the page's summary section shows, with no
 * Notion blocks in it. Every part is ordered by rules (framework order, scores, sorted text), never
 * by the order responses arrived, so the same data always gives the same model and the same hash.
 * Goals and the plan pass through in the order the caller gives them.
 */
export function buildSummary(input: SummaryInput): SummaryModel {
  const { review, score, responses, goals, plan, config } = input;
  // Without `history` the model has no trend fields at all, so existing summaries keep their hash.
  const withTrends = config.history.length > 0;
  const rows = buildRows(score, config);
  const overall = roundScore(score.overall);
  return {
    // The reviewee's name, or the page title; never their email, which is a respondent's email too.
    reviewee: redactText(review.reviewee.name ?? review.title),
    cycle: review.cycle,
    overall: {
      score: overall,
      band: score.band,
      raters: { ...score.raters },
      peersHiddenBelow: score.peersVisible ? null : config.raters.minPeerResponses,
      ...(withTrends ? { trend: overallTrend(overall, input.past ?? []) } : {}),
    },
    rows: withTrends ? rowsWithTrends(rows, score, input.past ?? []) : rows,
    ...buildCodeLists(score, config),
    highlights: selectHighlights(responses, score, config, review.pageId),
    goals: goals.map((goal) => ({ ...goal })),
    plan: plan.map((entry) => ({ ...entry })),
  };
}
