import type { Config } from '../core/config-schema.ts';
import { stageName } from '../core/workflow/stages.ts';
import type { Review } from '../core/domain.ts';
import type { Rejection } from '../core/validation/types.ts';
import type { Change } from '../core/changes.ts';
import { round2 } from '../core/numbers/round.ts';
import type { BandCount, FunnelStep, RejectionCount } from '../core/overview/index.ts';
import type { OverviewOutcome } from './overview-step.ts';
import type { FeedbackRequestCounts } from './feedback-request-step.ts';
import type { SyncPlan } from '../planner/plan.ts';

export interface RequestCounts {
  notion: {
    total: number;
    byEndpoint: Record<string, number>;
    retries: number;
    rateLimited: number;
    /** Blocks written by creates and appends, a page counting as one (absent in reports from before). */
    blocksCreated?: number;
  };
  google: { total: number; retries: number };
}

/** What happened to one review's changes when they were applied. */
export interface ReviewOutcome {
  pageId: string;
  applied: Change[];
  errors: string[];
  /** What applying learned that a person should look at; absent when nothing. */
  notices?: ReviewNotice[];
  /** A block-creating change was refused by, or skipped for, the workspace's block cap. */
  blocksSkipped?: boolean;
}

/**
 * Something on a review page a person should look at, which the tool does not fix by itself. Ids and
 * a fixed text only, so it is safe at every log detail.
 */
export interface ReviewNotice {
  pageId: string;
  /**
   * `copied-summary-record`: the page's Summary block named another page's container (a duplicate);
   * `person-summary-copy`: a person wrote a callout titled like the summary, maybe another review's.
   */
  kind: 'copied-summary-record' | 'person-summary-copy';
  message: string;
}

export interface ReviewReport {
  pageId: string;
  reviewee: string;
  stageBefore: string;
  stageAfter: string;
  score: number | null;
  band: string;
  changed: boolean;
  errors: string[];
}

export interface PageProblemReport {
  pageId: string;
  dataSource: string;
  message: string;
}

/** A cycle at a glance: counts only, so it is safe wherever the report is read. */
export interface OverviewReport {
  cycle: string;
  reviews: number;
  funnel: FunnelStep[];
  scored: number;
  bands: BandCount[];
  rejections: RejectionCount[];
  /** The overview page: null when none is configured or the run covered only some reviews. */
  page: { action: 'unchanged' | 'tidy' | 'replace'; pageId: string | null; written: boolean } | null;
  error: string | null;
}

export interface RunReport {
  startedAt: string;
  finishedAt: string;
  dryRun: boolean;
  counts: {
    reviews: number;
    responses: number;
    responsesRejected: number;
    /**
     * Earlier answers a later one from the same respondent replaced (latest wins): not errors, but
     * without them the responses read, rejected and counted would not add up. Left out when none.
     */
    responsesSuperseded?: number;
    stageMoves: number;
    pagesUpdated: number;
    summariesWritten: number;
    goalsUpdated: number;
    actionItemsCreated: number;
    actionItemsWithdrawn: number;
    actionItemsReopened: number;
    reminders: number;
    /** The same count as `reminders`, under the name report readers have used since the first release. */
    nudges: number;
    failures: number;
    /** Blocks this run created, a page counting as one: what Notion's Free-plan block cap counts. */
    blocksCreated: number;
  };
  requests: RequestCounts;
  /** Set when the workspace's block cap stopped block creation this run: what it is and what to do. */
  blockLimit?: string;
  reviews: ReviewReport[];
  rejected: Rejection[];
  problems: PageProblemReport[];
  /** Set-up advice that costs nothing to ignore (a `dataSource:` id that spares a request per run). */
  hints: string[];
  /** Review pages a person should look at (a duplicated summary record, a person-written copy). */
  notices?: ReviewNotice[];
  overviews?: OverviewReport[];
  /** Feedback request rows written (planned, in a dry run); counts only. Absent when none is configured. */
  feedbackRequests?: FeedbackRequestCounts;
}

export interface ReportInput {
  startedAt: Date;
  finishedAt: Date;
  dryRun: boolean;
  plan: SyncPlan;
  responsesRead: number;
  /** Null in a dry run: nothing was applied, so counts come from the plan. */
  outcomes: ReadonlyMap<string, ReviewOutcome> | null;
  problems: PageProblemReport[];
  hints?: string[];
  requests: RequestCounts;
  config: Config;
  overviews?: readonly OverviewOutcome[];
  feedbackRequests?: FeedbackRequestCounts;
}

function copiedRecordNotice(review: Review, property: string): ReviewNotice[] {
  const from = review.owned.summaryCopiedFrom;
  if (from === undefined) return [];
  return [
    {
      pageId: review.pageId,
      kind: 'copied-summary-record',
      message: `its "${property}" named a container of page ${from} (a duplicated page?): treated as no summary yet, and that page's summary is left alone`,
    },
  ];
}

/** Names the cap and what a person can do; the run goes on writing properties, and exits 1. */
export const BLOCK_LIMIT_MESSAGE =
  "Notion refused to create blocks: the workspace has reached the Free plan's limit of 1,000 lifetime blocks " +
  '(Free workspaces with more than one member, internal integrations). Scores, stages and the other ' +
  'properties were still written; summaries and action items were not. To go on: upgrade the workspace ' +
  'to a paid plan, or write fewer blocks (notion.actionItems.mode: todos instead of pages, a lower ' +
  'actionPlan.maxItems, later visibility stages). Deleting blocks does not give capacity back.';

function blockLimitHit(
  outcomes: ReadonlyMap<string, ReviewOutcome> | null,
  overviews: readonly OverviewOutcome[] | undefined,
): boolean {
  if (outcomes !== null && [...outcomes.values()].some((o) => o.blocksSkipped === true)) return true;
  return (overviews ?? []).some((o) => o.error !== null && /block limit/i.test(o.error));
}

const count = (changes: readonly Change[], kind: Change['kind']) =>
  changes.filter((c) => c.kind === kind).length;

export function buildReport(input: ReportInput): RunReport {
  const { plan, outcomes, config } = input;
  const done = (pageId: string, planned: Change[]): Change[] =>
    outcomes === null ? planned : (outcomes.get(pageId)?.applied ?? []);
  const applied = plan.reviews.flatMap((r) => done(r.review.pageId, r.changes));
  const reviews: ReviewReport[] = plan.reviews.map((r) => {
    const errors = outcomes?.get(r.review.pageId)?.errors ?? [];
    const stageMoved = done(r.review.pageId, r.changes).some(
      (c) => c.kind === 'update-review' && c.properties.stage !== undefined,
    );
    return {
      pageId: r.review.pageId,
      reviewee: r.review.title,
      stageBefore: stageName(config, r.workflow.from),
      stageAfter: stageName(config, stageMoved ? r.workflow.to : r.workflow.from),
      score: r.score.overall === null ? null : round2(r.score.overall),
      band: r.score.band,
      changed: done(r.review.pageId, r.changes).length > 0,
      errors,
    };
  });
  return {
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    dryRun: input.dryRun,
    counts: {
      reviews: plan.reviews.length,
      responses: input.responsesRead,
      responsesRejected: plan.rejected.length,
      ...(plan.superseded === undefined ? {} : { responsesSuperseded: plan.superseded }),
      stageMoves: applied.filter((c) => c.kind === 'update-review' && c.properties.stage !== undefined)
        .length,
      pagesUpdated: count(applied, 'update-review'),
      summariesWritten: count(applied, 'replace-summary'),
      goalsUpdated: count(applied, 'update-goal'),
      actionItemsCreated: count(applied, 'create-action-item'),
      actionItemsWithdrawn: applied.filter(
        (c) => c.kind === 'set-action-item-status' && c.action === 'withdraw',
      ).length,
      actionItemsReopened: applied.filter((c) => c.kind === 'set-action-item-status' && c.action === 'reopen')
        .length,
      reminders: count(applied, 'reminder'),
      nudges: count(applied, 'reminder'),
      // A request row that failed is a failed write too: the next run retries it.
      failures: reviews.filter((r) => r.errors.length > 0).length + (input.feedbackRequests?.failed ?? 0),
      blocksCreated: input.requests.notion.blocksCreated ?? 0,
    },
    requests: input.requests,
    reviews,
    rejected: plan.rejected,
    problems: input.problems,
    hints: input.hints ?? [],
    notices: plan.reviews.flatMap((r) => [
      ...copiedRecordNotice(r.review, input.config.notion.reviews.properties.summaryBlock),
      ...(outcomes?.get(r.review.pageId)?.notices ?? []),
    ]),
    ...(blockLimitHit(outcomes, input.overviews) ? { blockLimit: BLOCK_LIMIT_MESSAGE } : {}),
    ...(input.feedbackRequests === undefined ? {} : { feedbackRequests: input.feedbackRequests }),
    overviews: (input.overviews ?? []).map((o) => ({
      cycle: o.cycle,
      reviews: o.model.reviews,
      funnel: o.model.funnel,
      scored: o.model.scored,
      bands: o.model.bands,
      rejections: o.model.rejections,
      page: o.page,
      error: o.error,
    })),
  };
}
