import type { Config } from '../core/config-schema.ts';
import { createRunContext, type RunContext } from '../core/run-context.ts';
import {
  indexPastReviews,
  codeScoreRecord,
  pastReviewsOf,
  type PastReviewIndex,
} from '../core/trends/index.ts';
import type { Goal, Objective, PastReview, Review } from '../core/domain.ts';
import type { RawResponse, Rejection, ValidResponse } from '../core/validation/types.ts';
import { checkResponses, settleResponses, type CheckedResponses } from '../core/validation/index.ts';
import type { Change } from '../core/changes.ts';
import { planReview, type ReviewPlan } from './plan-review.ts';
import { peerAnswerEmails } from '../core/feedback-requests/peer-answers.ts';
import type { FeedbackRequestChange } from '../core/feedback-requests/types.ts';

/** Everything a run read, already turned into domain types. */
export interface SyncState {
  reviews: Review[];
  goals: Goal[];
  responses: RawResponse[];
  /**
   * Pages held back as page problems (two open pages for one reviewee and cycle): responses are
   * still matched against them, so an answer about that person is neither rejected nor scored.
   */
  heldReviews?: Review[];
  /** Review pages of the `history` cycles, for trends. */
  past?: PastReview[];
  /** Pages of the Objectives data source; undefined when none is configured. */
  objectives?: Objective[];
  /** Review pages whose summary is written even with an unchanged hash (`sync --review … --rewrite`). */
  rewrite?: ReadonlySet<string>;
}

export interface SyncPlan {
  reviews: ReviewPlan[];
  rejected: Rejection[];
  validResponses: number;
  /**
   * Earlier answers replaced by a later one from the same respondent about the same review. Not
   * errors: counted for the run report, so the responses read, rejected and counted add up. Left out
   * when there are none.
   */
  superseded?: number;
  changes: Change[];
  /**
   * Page ids of the reviews whose action items were read and reconciled into their plans. A review
   * with `itemsNeeded` that is not listed here has no item changes yet, and must not be applied as if
   * it had no items (see reconcilePlanItems and unreconciledReviews).
   */
  itemsRead: string[];
  /**
   * Accepted peer answers' respondent emails, per review with approved nominees: what feedback request
   * rows are matched against. Left out when no review has nominees.
   */
  peerAnswers?: ReadonlyMap<string, (string | null)[]>;
  /**
   * The Feedback requests rows to create or change, set by sync once the rows are read (see
   * planFeedbackRequests); absent when none is configured.
   */
  feedbackRequests?: FeedbackRequestChange[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    // Push, not copy: copying made 10,000 responses about one person quadratic.
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Names of the people on the review pages, by email: who a respondent is, for redaction. */
function peopleDirectory(reviews: readonly Review[]): Map<string, string> {
  const directory = new Map<string, string>();
  for (const review of reviews) {
    for (const person of [review.reviewee, review.manager]) {
      if (person?.email && person.name) directory.set(person.email.trim().toLowerCase(), person.name);
    }
  }
  return directory;
}

type Selector = (review: Review) => boolean;

/** Every review responses are checked against: the ones read, and the ones held back from writing. */
export function validationReviews(state: SyncState): Review[] {
  const held = state.heldReviews ?? [];
  return held.length === 0 ? state.reviews : [...state.reviews, ...held];
}

/** What planning each review needs once the responses are checked: made once per plan. */
export interface PlanContext {
  state: SyncState;
  config: Config;
  now: Date;
  /** The run's indexes and memos, shared by validation, scoring, the summary and the action plan. */
  run: RunContext;
  directory: Map<string, string>;
  responsesByReview: Map<string, ValidResponse[]>;
  goalsByReview: Map<string, Goal[]>;
  objectives: Map<string, string> | undefined;
  /** The earlier cycles' pages, indexed once for every review's trends. */
  past: PastReviewIndex;
}

function planContext(
  state: SyncState,
  config: Config,
  now: Date,
  run: RunContext,
  valid: ValidResponse[],
): PlanContext {
  // A history cycle that is also being synced (still listed under `cycles`) was read with the reviews,
  // not by the history query: its pages count as earlier cycles too, as they stand in Notion.
  const past: PastReview[] = [
    ...(state.past ?? []),
    ...state.reviews
      .filter((r) => config.history.includes(r.cycle))
      .map((r) => ({
        pageId: r.pageId,
        cycle: r.cycle,
        reviewee: r.reviewee,
        overallScore: r.owned.overallScore,
        band: r.owned.band,
        codeScores: codeScoreRecord(r.owned.codeScores?.entries ?? []),
      })),
  ];
  return {
    state,
    config,
    now,
    run,
    directory: peopleDirectory(validationReviews(state)),
    responsesByReview: groupBy<ValidResponse>(valid, (r) => r.reviewPageId),
    goalsByReview: groupBy(state.goals, (g) => g.reviewPageId),
    objectives:
      state.objectives === undefined ? undefined : new Map(state.objectives.map((o) => [o.pageId, o.title])),
    past: indexPastReviews(past, config.history),
  };
}

/** One review's plan, or null when its cycle is not configured. */
function planOneReview(ctx: PlanContext, review: Review): ReviewPlan | null {
  const cycle = ctx.config.cycles.find((c) => c.name === review.cycle);
  if (!cycle) return null;
  return planReview({
    review,
    cycle,
    responses: ctx.responsesByReview.get(review.pageId) ?? [],
    goals: ctx.goalsByReview.get(review.pageId) ?? [],
    directory: ctx.directory,
    config: ctx.config,
    now: ctx.now,
    past: pastReviewsOf(review, ctx.past, ctx.config.history),
    objectives: ctx.objectives,
    rewrite: ctx.state.rewrite?.has(review.pageId) === true,
    run: ctx.run,
  });
}

/** Responses checked in one step; small enough that a step stays well under a slice of planning time. */
const RESPONSES_PER_CHECK = 64;

/**
 * What a step of planning hands back: `step` after each piece of work (a driver may give the event loop
 * a turn if its slice has run long), `turn` where a driver that yields at all should yield (after the
 * responses are settled, before the reviews are planned).
 */
export type PlanPause = 'step' | 'turn';

/**
 * The one assembly of a plan: check the responses in chunks, settle repeated answers, then plan each
 * selected review. It pauses between pieces of work; plan() runs it straight through and
 * planResponsive hands the event loop back between slices, so both give exactly the same plan. The run
 * context is made here, once per plan, unless the caller passes one in: nothing is remembered from one
 * plan to the next that the caller did not hand over.
 */
export function* planSteps(
  state: SyncState,
  config: Config,
  now: Date,
  // Responses are checked against every review read, so `--review` or `--shard` never turns
  // an answer about someone else into an "unknown reviewee" rejection.
  selected: Selector = () => true,
  // Made per plan by default. A caller that plans again with the same config in one process (the
  // bench's steady state, a long-lived worker) may pass one in: every memo is keyed by its inputs.
  run: RunContext = createRunContext(),
): Generator<PlanPause, SyncPlan, void> {
  const validationContext = { reviews: validationReviews(state), config, now, run };
  const checked: CheckedResponses = { accepted: [], rejected: [] };
  for (let i = 0; i < state.responses.length; i += RESPONSES_PER_CHECK) {
    const part = checkResponses(state.responses.slice(i, i + RESPONSES_PER_CHECK), validationContext);
    checked.accepted.push(...part.accepted);
    checked.rejected.push(...part.rejected);
    yield 'step';
  }
  const validation = settleResponses(checked, run.refs);
  yield 'turn';
  const ctx = planContext(state, config, now, run, validation.valid);
  const reviews: ReviewPlan[] = [];
  for (const review of state.reviews.filter(selected)) {
    const planned = planOneReview(ctx, review);
    if (planned) reviews.push(planned);
    yield 'step';
  }
  const peerAnswers = peerAnswerEmails(
    validation.valid,
    reviews.map((r) => r.review),
  );
  return {
    reviews,
    rejected: validation.rejected,
    validResponses: validation.valid.length,
    ...(validation.superseded.length > 0 ? { superseded: validation.superseded.length } : {}),
    changes: reviews.flatMap((r) => r.changes),
    itemsRead: [],
    ...(peerAnswers.size > 0 ? { peerAnswers } : {}),
  };
}

/** Pure: the same state, config and `now` always give the same plan. planSteps run in one go. */
export function plan(
  state: SyncState,
  config: Config,
  now: Date,
  selected: Selector = () => true,
  run?: RunContext,
): SyncPlan {
  const steps = planSteps(state, config, now, selected, run);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
