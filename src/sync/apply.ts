import PQueue from 'p-queue';
import type { GoalStatus } from '../core/domain.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import { isKnownError, NotionApiError, type KnownError } from '../errors.ts';
import type {
  Change,
  ReminderChange,
  ReplaceSummaryChange,
  ReviewPropertyWrite,
  UpdateReviewChange,
} from '../core/changes.ts';
import type { SyncPlan } from '../planner/plan.ts';
import type { ReviewNotice, ReviewOutcome } from './report.ts';
import { withPersonCopies } from '../planner/sync-notes.ts';

/** What a summary write left on the page. */
export interface WrittenSummary {
  containerId: string;
  /** Person-written callouts titled like the summary; null when the page was not listed. */
  personCopies: string[] | null;
}

/** The writes apply needs. The Notion adapter implements it; tests can record calls instead. */
export interface NotionWriter {
  updateReview(pageId: string, write: ReviewPropertyWrite): Promise<void>;
  /** Writes the summary; the page's properties then record the new container. */
  replaceSummary(change: ReplaceSummaryChange): Promise<WrittenSummary>;
  createActionItem(reviewPageId: string, entry: ActionPlanEntry): Promise<void>;
  setActionItemStatus(itemPageId: string, status: string): Promise<void>;
  updateGoal(goalPageId: string, progress: number | null, status: GoalStatus | null): Promise<void>;
  postReminder(reminder: ReminderChange): Promise<void>;
}

export interface ApplyOptions {
  /** Reviews in flight at once; the API queue below still holds the request rate. */
  concurrency?: number;
  onReviewDone?: (outcome: ReviewOutcome) => void;
}

/** What one review's earlier changes tell its later ones: the summary container just written. */
interface ReviewContext {
  /** The page's Sync notes as read, for when the plan leaves them as they are. */
  syncNotes: string;
  summaryBlock?: string;
  personCopies?: string[];
  notices: ReviewNotice[];
}

/** The property write, with what the summary write learned: its container, and any person copies. */
function withSummaryFacts(properties: ReviewPropertyWrite, context: ReviewContext): ReviewPropertyWrite {
  const { summaryBlock, personCopies } = context;
  const next = summaryBlock === undefined ? properties : { ...properties, summaryBlock };
  if (personCopies === undefined) return next;
  const base = properties.syncNotes ?? context.syncNotes;
  const notes = withPersonCopies(base, personCopies);
  return notes === context.syncNotes && properties.syncNotes === undefined
    ? next
    : { ...next, syncNotes: notes };
}

async function run(writer: NotionWriter, change: Change, context: ReviewContext): Promise<void> {
  switch (change.kind) {
    case 'update-review':
      return writer.updateReview(change.reviewPageId, withSummaryFacts(change.properties, context));
    case 'replace-summary': {
      const written = await writer.replaceSummary(change);
      context.summaryBlock = written.containerId;
      if (written.personCopies !== null) {
        context.personCopies = written.personCopies;
        for (const blockId of written.personCopies) {
          context.notices.push({
            pageId: change.reviewPageId,
            kind: 'person-summary-copy',
            message: `a callout titled like the summary was written by a person (block ${blockId}): possibly a copy of another review, left alone`,
          });
        }
      }
      return;
    }
    case 'create-action-item':
      return writer.createActionItem(change.reviewPageId, change.entry);
    case 'set-action-item-status':
      return writer.setActionItemStatus(change.itemPageId, change.status);
    case 'update-goal':
      return writer.updateGoal(change.goalPageId, change.progress, change.status);
    case 'reminder':
      return writer.postReminder(change);
  }
}

/** Auth failures concern every review alike, so they stop the run instead of failing each review. */
function isFatal(error: unknown): error is KnownError {
  return (
    isKnownError(error) && (error.name === 'ConfigError' || ('isAuth' in error && error.isAuth === true))
  );
}

/** Changes that create blocks, which the Free-plan block cap refuses; every other write still works. */
const CREATES_BLOCKS: ReadonlySet<Change['kind']> = new Set(['replace-summary', 'create-action-item']);

const isBlockLimit = (error: unknown): error is NotionApiError =>
  error instanceof NotionApiError && error.isBlockLimit;

/**
 * The page's properties without the summary's commit marker: a summary or item that was not written must
 * be planned again by the next run, so its hash (and a container id it never got) stays as it was.
 */
function withoutSummaryCommit(change: UpdateReviewChange): UpdateReviewChange {
  const { summaryHash: _hash, summaryBlock: _block, ...properties } = change.properties;
  return { ...change, properties };
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
  // Held in an object so the check after the queue drains sees writes made inside the tasks. Once the
  // block cap is hit, no review creates a block again this run; their property writes go on.
  const stop: { fatal: KnownError | null; blockLimit: boolean } = { fatal: null, blockLimit: false };
  for (const review of plan.reviews) {
    if (review.changes.length === 0) continue;
    void queue.add(async () => {
      const outcome: ReviewOutcome = { pageId: review.review.pageId, applied: [], errors: [] };
      const context: ReviewContext = { syncNotes: review.review.owned.syncNotes, notices: [] };
      for (const planned of review.changes) {
        if (stop.fatal !== null) break;
        if (stop.blockLimit && CREATES_BLOCKS.has(planned.kind)) {
          outcome.blocksSkipped = true;
          outcome.errors.push(`${planned.kind}: not written, the workspace's block limit is reached`);
          continue;
        }
        const change =
          planned.kind === 'update-review' && outcome.blocksSkipped === true
            ? withoutSummaryCommit(planned)
            : planned;
        try {
          await run(writer, change, context);
          outcome.applied.push(change);
        } catch (error) {
          if (isFatal(error)) stop.fatal = error;
          outcome.errors.push(`${change.kind}: ${messageOf(error)}`);
          if (!isBlockLimit(error)) break;
          stop.blockLimit = true;
          outcome.blocksSkipped = true;
        }
      }
      if (context.notices.length > 0) outcome.notices = context.notices;
      outcomes.set(outcome.pageId, outcome);
      options.onReviewDone?.(outcome);
    });
  }
  await queue.onIdle();
  if (stop.fatal !== null) throw stop.fatal;
  return outcomes;
}
