import type { Config } from '../core/config-schema.ts';
import { BrakeStopError, ConfigError, InternalError, NoMatchingReviewError } from '../errors.ts';
import { reviewKeyPrefix } from '../core/action-plan/index.ts';
import type { Review } from '../core/domain.ts';
import type { RawResponse } from '../core/validation/types.ts';
import {
  createResponseSources,
  readAllResponses,
  type ResponseSourceDeps,
} from '../google/create-sources.ts';
import { createNotionGatewayFromEnv, type NotionGatewayOverrides } from '../notion/gateway-from-env.ts';
import { createNotionRequestStats } from '../notion/gateway.ts';
import { readActionItems } from '../notion/read-action-items.ts';
import { readNotionState } from '../notion/read-state.ts';
import { apply } from './apply.ts';
import { checkBlastRadius } from '../planner/brake.ts';
import { notionWriter } from './notion-writer.ts';
import type { SyncPlan, SyncState } from '../planner/plan.ts';
import { reconcilePlanItems, reviewsNeedingItems } from '../planner/plan-action-items.ts';
import { planResponsive } from '../planner/plan-responsive.ts';
import { planOverviews, syncOverviews, type OverviewOutcome } from './overview-step.ts';
import { preflight } from './preflight.ts';
import { applyRequestChanges, planRequestStep, plannedCounts, withSkipped } from './feedback-request-step.ts';
import { buildReport, type ReviewOutcome, type RunReport } from './report.ts';
import { activeCycles, matchesReview } from '../notion/review-selection.ts';
import { inShard, shardEnv, type Shard } from './select.ts';

export interface SyncOptions {
  config: Config;
  env: Record<string, string | undefined>;
  now: Date;
  dryRun: boolean;
  cycle?: string;
  review?: string;
  /** Write the selected review's summary even when its hash has not changed; needs `review`. */
  rewrite?: boolean;
  shard?: Shard;
  /** Apply even when the blast-radius brake would stop the run. */
  force?: boolean;
  notionOverrides?: NotionGatewayOverrides;
  responses?: Omit<ResponseSourceDeps, 'env' | 'stats'>;
  onPlanned?: (plan: SyncPlan) => void;
  /** False to leave the overview page alone, not even reading it (export). Default true. */
  overview?: boolean;
  onReviewDone?: (outcome: ReviewOutcome, done: number, total: number) => void;
}

export interface SyncResult {
  report: RunReport;
  plan: SyncPlan;
  /** One per active cycle: the overview model, and what happened to its page. */
  overviews: OverviewOutcome[];
}

/** One sync run: read everything in bulk, plan purely, then apply (unless dry run) and report. */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  const { config, now } = options;
  if (options.rewrite === true && options.review === undefined) {
    throw new ConfigError('--rewrite needs --review: it rewrites one page’s summary', {
      details: [
        'Name the page: review-sync sync --review <page id or email> --rewrite.',
        'Every other summary is rewritten by itself whenever its content changes.',
      ],
    });
  }
  const startedAt = new Date();
  const cycles = activeCycles(config, now, options.cycle);
  const notionStats = createNotionRequestStats();
  const googleStats = { total: 0, retries: 0 };
  const gw = createNotionGatewayFromEnv(
    shardEnv(options.env, options.shard),
    config,
    notionStats,
    options.notionOverrides,
  );

  const resolved = await preflight(gw, config);
  const notion = await readNotionState(gw, config, { cycles, resolved });
  const sources = createResponseSources(config, {
    ...options.responses,
    env: options.env,
    stats: googleStats,
  });
  const responses: RawResponse[] = await readAllResponses(sources);
  const selected = (review: Review) =>
    (options.shard === undefined || inShard(review.pageId, options.shard)) &&
    (options.review === undefined || matchesReview(review, options.review));

  const state: SyncState = {
    reviews: notion.reviews,
    heldReviews: notion.heldReviews,
    goals: notion.goals,
    responses,
    past: notion.past,
    objectives: notion.objectives,
    ...(options.rewrite === true
      ? { rewrite: new Set(notion.reviews.filter(selected).map((r) => r.pageId)) }
      : {}),
  };
  // Planned once. Action items are then read only for the reviews whose summary changed (a run where
  // none did reads none), by their key prefixes, and reconciled into those reviews' plans.
  let syncPlan = await planResponsive(state, config, now, selected);
  if (options.review !== undefined && syncPlan.reviews.length === 0) {
    throw new NoMatchingReviewError(
      `--review "${options.review}": no review of the active cycles matches it`,
      {
        details: ['Give the review page id (or its URL) or the reviewee’s email, as in Notion.'],
      },
    );
  }
  const needing = reviewsNeedingItems(syncPlan);
  if (needing.length > 0 && resolved.actionItems !== null) {
    const existing = await readActionItems(
      gw,
      config,
      resolved.actionItems.dataSourceId,
      needing.map((r) => reviewKeyPrefix(r.review)),
    );
    syncPlan = reconcilePlanItems(
      syncPlan,
      existing,
      needing.map((r) => r.review.pageId),
      config,
    );
  }
  if (reviewsNeedingItems(syncPlan).length > 0) {
    // Applying such a review would write its summary hash with no item created: never again planned.
    throw new InternalError('action items were planned before they were read');
  }
  const requestsSource = resolved.feedbackRequests ?? null;
  let requestRowsSkipped = 0;
  if (requestsSource !== null) {
    const template = sources.map((s) => s.linkTemplate?.() ?? null).find((t) => t !== null) ?? null;
    syncPlan = {
      ...syncPlan,
      feedbackRequests: await planRequestStep(gw, config, syncPlan, requestsSource, template, now, () => {
        requestRowsSkipped += 1;
      }),
    };
  }
  options.onPlanned?.(syncPlan);
  const brake = checkBlastRadius(syncPlan, config, responses.length);
  if (brake.length > 0 && options.force !== true) {
    throw new BrakeStopError(`stopped before writing: ${brake.map((b) => b.message).join('; ')}`, {
      details: [
        ...brake.map((b) => `likely cause: ${b.likelyCause}`),
        'Nothing was written. Fix the cause, or run again with --force if these changes are really meant.',
      ],
    });
  }

  let outcomes: Map<string, ReviewOutcome> | null = null;
  if (!options.dryRun) {
    const total = syncPlan.reviews.filter((r) => r.changes.length > 0).length;
    let done = 0;
    outcomes = await apply(
      syncPlan,
      notionWriter(gw, config, {
        stageType: notion.stageType,
        actionItems: resolved.actionItems,
      }),
      {
        onReviewDone: (outcome) => options.onReviewDone?.(outcome, ++done, total),
      },
    );
  }

  const requestChanges = syncPlan.feedbackRequests;
  const feedbackRequests =
    requestChanges === undefined || requestsSource === null
      ? undefined
      : withSkipped(
          options.dryRun
            ? plannedCounts(requestChanges)
            : await applyRequestChanges(gw, config, requestsSource, requestChanges),
          requestRowsSkipped,
        );

  // After the reviews, so the page shows them as this run left them.
  const overviews = await syncOverviews(gw, config, planOverviews(syncPlan, config, cycles), {
    dryRun: options.dryRun,
    complete: options.overview !== false && options.review === undefined && options.shard === undefined,
  });

  const report = buildReport({
    startedAt,
    finishedAt: new Date(),
    dryRun: options.dryRun,
    plan: syncPlan,
    responsesRead: responses.length,
    outcomes,
    problems: notion.problems,
    hints: resolved.hints,
    requests: { notion: notionStats, google: googleStats },
    config,
    overviews,
    ...(feedbackRequests === undefined ? {} : { feedbackRequests }),
  });
  return { report, plan: syncPlan, overviews };
}
