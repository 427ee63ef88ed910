import PQueue from 'p-queue';
import type { ActionPlanEntry, GoalStatus, Person, SummaryModel } from '../core/types.ts';
import { isKnownError, type KnownError } from '../errors.ts';
import type { Change, ReviewPropertyWrite } from '../core/changes.ts';
import type { SyncPlan } from './plan.ts';
import type { ReviewOutcome } from './report.ts';

/** The writes apply needs. The Notion adapter implements it; tests can record calls instead. */
export interface NotionWriter {
  updateReview(pageId: string, write: ReviewPropertyWrite): Promise<void>;
  replaceSummary(pageId: string, model: SummaryModel): Promise<void>;
  createActionItem(reviewPageId: string, entry: ActionPlanEntry): Promise<void>;
  setActionItemStatus(itemPageId: string, status: string): Promise<void>;
  updateGoal(goalPageId: string, progress: number | null, status: GoalStatus | null): Promise<void>;
  postNudge(pageId: string, mention: Person[], text: string): Promise<void>;
}

export interface ApplyOptions {
  /** Reviews in flight at once; the API queue below still holds the request rate. */
  concurrency?: number;
  onReviewDone?: (outcome: ReviewOutcome) => void;
}

function run(writer: NotionWriter, change: Change): Promise<void> {
  switch (change.kind) {
    case 'update-review':
      return writer.updateReview(change.reviewPageId, change.properties);
    case 'replace-summary':
      return writer.replaceSummary(change.reviewPageId, change.model);
    case 'create-action-item':
      return writer.createActionItem(change.reviewPageId, change.entry);
    case 'set-action-item-status':
      return writer.setActionItemStatus(change.itemPageId, change.status);
    case 'update-goal':
      return writer.updateGoal(change.goalPageId, change.progress, change.status);
    case 'nudge':
      return writer.postNudge(change.reviewPageId, change.mention, change.text);
  }
}

/** Auth failures concern every review alike, so they stop the run instead of failing each review. */
function isFatal(error: unknown): error is KnownError {
  return (
    isKnownError(error) && (error.name === 'ConfigError' || ('isAuth' in error && error.isAuth === true))
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Applies each review's changes in plan order. A failing change stops only its own review:
 * later changes of that review are skipped (the summary hash must not be written when the
 * summary failed), and the other reviews go on.
 */
export async function apply(
  plan: SyncPlan,
  writer: NotionWriter,
  options: ApplyOptions = {},
): Promise<Map<string, ReviewOutcome>> {
  const outcomes = new Map<string, ReviewOutcome>();
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 });
  // Held in an object so the check after the queue drains sees writes made inside the tasks.
  const stop: { fatal: KnownError | null } = { fatal: null };
  for (const review of plan.reviews) {
    if (review.changes.length === 0) continue;
    void queue.add(async () => {
      const outcome: ReviewOutcome = { pageId: review.review.pageId, applied: [], errors: [] };
      for (const change of review.changes) {
        if (stop.fatal !== null) break;
        try {
          await run(writer, change);
          outcome.applied.push(change);
        } catch (error) {
          if (isFatal(error)) stop.fatal = error;
          outcome.errors.push(`${change.kind}: ${messageOf(error)}`);
          break;
        }
      }
      outcomes.set(outcome.pageId, outcome);
      options.onReviewDone?.(outcome);
    });
  }
  await queue.onIdle();
  if (stop.fatal !== null) throw stop.fatal;
  return outcomes;
}
