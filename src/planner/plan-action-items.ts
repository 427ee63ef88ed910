import { actionItemPages, type Config } from '../core/config-schema.ts';
import { reviewKeyPrefix } from '../core/action-plan/index.ts';
import type { ExistingActionItem, Review } from '../core/domain.ts';
import type { ActionPlanEntry } from '../core/action-plan/types.ts';
import type { KeptActionItem } from '../core/summary/types.ts';
import type { Change, CreateActionItemChange, SetActionItemStatusChange } from '../core/changes.ts';
import type { SyncPlan } from './plan.ts';
import type { ReviewPlan } from './plan-review.ts';

export type ActionItemStatuses = NonNullable<Config['notion']['actionItems']>['statuses'];

export interface ActionItemReconciliation {
  changes: (CreateActionItemChange | SetActionItemStatusChange)[];
  kept: KeptActionItem[];
}

/**
 * Whether a person changed an item's Status. The tool writes the Status it sets into the tool-owned
 * Synced status too, so any difference is a person's doing. Items without that record (made before
 * it existed, or in a database without the property) count as untouched while their Status is empty,
 * the open option or the withdrawn option, the only values the tool ever sets.
 */
export function touchedByPerson(item: ExistingActionItem, statuses: ActionItemStatuses): boolean {
  if (item.syncedStatus !== null) return (item.status ?? '') !== item.syncedStatus;
  return !(item.status === null || item.status === statuses.open || item.status === statuses.withdrawn);
}

/** The items of one review, found by the key prefix every one of its entries shares. */
export function itemsOf(review: Review, items: readonly ExistingActionItem[]): ExistingActionItem[] {
  const prefix = reviewKeyPrefix(review);
  return items.filter((item) => item.key.startsWith(prefix));
}

/**
 * Compares the planned entries with the items already in Notion, by key:
 * - planned, no item: create it;
 * - planned, withdrawn by the tool: reopen it (never a second item);
 * - no longer planned, untouched: withdraw it (never delete: a person may still want to read it);
 * - no longer planned, moved by a person: keep it as it is, and list it as kept in the summary;
 * - planned and moved by a person: theirs, left alone.
 */
export function reconcileActionItems(
  review: Review,
  planned: readonly ActionPlanEntry[],
  existing: readonly ExistingActionItem[],
  statuses: ActionItemStatuses,
): ActionItemReconciliation {
  const mine = itemsOf(review, existing);
  const byKey = new Map(mine.map((item) => [item.key, item]));
  const plannedKeys = new Set(planned.map((entry) => entry.key));
  const changes: ActionItemReconciliation['changes'] = [];
  const kept: KeptActionItem[] = [];
  for (const entry of planned) {
    const item = byKey.get(entry.key);
    if (item === undefined) {
      changes.push({ kind: 'create-action-item', reviewPageId: review.pageId, entry });
    } else if (item.status === statuses.withdrawn && !touchedByPerson(item, statuses)) {
      changes.push(statusChange(review, item, 'reopen', statuses.open));
    }
  }
  const unplanned = mine
    .filter((item) => !plannedKeys.has(item.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const item of unplanned) {
    if (touchedByPerson(item, statuses)) {
      kept.push({ title: item.title, status: item.status ?? 'no status' });
    } else if (item.status !== statuses.withdrawn) {
      changes.push(statusChange(review, item, 'withdraw', statuses.withdrawn));
    }
  }
  return { changes, kept };
}

function statusChange(
  review: Review,
  item: ExistingActionItem,
  action: SetActionItemStatusChange['action'],
  status: string,
): SetActionItemStatusChange {
  return {
    kind: 'set-action-item-status',
    reviewPageId: review.pageId,
    itemPageId: item.pageId,
    title: item.title,
    action,
    status,
  };
}

/** The reviews whose action items must be read before their plans can be applied. */
export function reviewsNeedingItems(plan: Pick<SyncPlan, 'reviews' | 'itemsRead'>): ReviewPlan[] {
  const read = new Set(plan.itemsRead);
  return plan.reviews.filter((r) => r.itemsNeeded && !read.has(r.review.pageId));
}

function withItems(
  planned: ReviewPlan,
  existing: readonly ExistingActionItem[],
  statuses: ActionItemStatuses,
): ReviewPlan {
  const { changes, kept } = reconcileActionItems(planned.review, planned.actionPlan, existing, statuses);
  // The kept list is shown in the summary but left out of its hash, so the hash written stays the same.
  const summary =
    planned.summary.actionPlan === null
      ? planned.summary
      : { ...planned.summary, actionPlan: { ...planned.summary.actionPlan, kept } };
  const rest: Change[] = planned.changes.map((change) =>
    change.kind === 'replace-summary' ? { ...change, model: summary } : change,
  );
  // Items first: the summary lists them and the page update that follows is the commit marker.
  return { ...planned, summary, changes: [...changes, ...rest] };
}

/**
 * Pure, and separate from plan() so that plan() runs once and items are read only for the reviews
 * whose summary changed. `readFor` names the reviews whose items `existing` holds (read by their key
 * prefix): only those are reconciled, so a review whose items were not read is never taken to have
 * none. Items of other reviews in `existing` are ignored.
 */
export function reconcilePlanItems(
  plan: SyncPlan,
  existing: readonly ExistingActionItem[],
  readFor: readonly string[],
  config: Pick<Config, 'notion'>,
): SyncPlan {
  const items = actionItemPages(config);
  if (!items) return plan;
  const read = new Set(readFor);
  const reviews = plan.reviews.map((planned) =>
    planned.itemsNeeded && read.has(planned.review.pageId)
      ? withItems(planned, existing, items.statuses)
      : planned,
  );
  return {
    ...plan,
    reviews,
    changes: reviews.flatMap((r) => r.changes),
    itemsRead: [...new Set([...plan.itemsRead, ...readFor])],
  };
}
