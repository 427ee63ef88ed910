import type { Config } from '../core/config-schema.ts';
import type { Change } from '../core/changes.ts';
import type { SyncPlan } from '../planner/plan.ts';
import { reviewsNeedingItems } from '../planner/plan-action-items.ts';
import { plannedCounts } from './feedback-request-step.ts';

function describeChange(change: Change): string {
  switch (change.kind) {
    case 'update-review':
      return `update page properties: ${change.reasons.join(', ')}`;
    case 'replace-summary':
      return `replace summary (${change.model.overall?.band ?? `progress at ${change.model.progress.stage}`}, hash ${change.hash})${change.ticksFrom === undefined ? '' : ', carrying its ticked to-dos over'}`;
    case 'update-goal':
      return `update goal "${change.title}": progress ${change.progress ?? '–'}, status ${change.status ?? '–'}`;
    case 'create-action-item':
      return `create action item [${change.entry.kind}] ${change.entry.code}: ${change.entry.title} (due ${change.entry.due})`;
    case 'set-action-item-status':
      return `${change.action} action item "${change.title}" (status ${change.status})`;
    case 'reminder':
      return `comment to ${change.owedBy} about overdue stage`;
  }
}

/**
 * The dry-run view: what each review would get, in the order it would be written. With `aggregate`
 * detail (shared logs) it says only how many changes of each kind, never which page or person.
 */
export function formatPlan(plan: SyncPlan, config: Config, detail: 'aggregate' | 'full' = 'full'): string[] {
  return [...planLines(plan, config, detail)];
}

/**
 * The lines of `formatPlan` one at a time, for printing as they are made: a large run's plan is tens of
 * thousands of lines, which held all at once were a few megabytes at the very end of a dry run, where
 * its memory peaks.
 */
export function* planLines(
  plan: SyncPlan,
  _config: Config,
  detail: 'aggregate' | 'full' = 'full',
): Generator<string, void, undefined> {
  if (detail === 'aggregate') {
    yield* aggregatePlan(plan);
    return;
  }
  for (const review of plan.reviews) {
    if (review.changes.length === 0) continue;
    yield `${review.review.title} (${review.review.pageId})`;
    for (const change of review.changes) yield `  - ${describeChange(change)}`;
  }
  if (reviewsNeedingItems(plan).length > 0)
    yield '(action items are checked against Notion before they are created)';
  for (const rejection of plan.rejected) {
    yield `rejected ${rejection.source} ${rejection.ref}: ${rejection.reason}: ${rejection.message}`;
  }
  yield* requestLines(plan);
  const changed = plan.reviews.filter((r) => r.changes.length > 0).length;
  yield `${plan.changes.length} change(s) across ${changed} of ${plan.reviews.length} review(s); nothing was written.`;
}

/** Counts only, at every detail: the rows name peers, which is participation the logs must not show. */
function requestLines(plan: SyncPlan): string[] {
  const changes = plan.feedbackRequests;
  if (changes === undefined) return [];
  const c = plannedCounts(changes);
  return [
    `feedback requests: ${c.created} to create, ${c.updated} to update (${c.withdrawn} withdrawn, ${c.reopened} reopened), ${c.reminded} reminder(s)`,
  ];
}

function aggregatePlan(plan: SyncPlan): string[] {
  const byKind = new Map<string, number>();
  for (const change of plan.changes) byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
  const kinds = [...byKind.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`);
  const changed = plan.reviews.filter((r) => r.changes.length > 0).length;
  return [
    `changes by kind: ${kinds.length === 0 ? 'none' : kinds.join(', ')}`,
    ...requestLines(plan),
    `${plan.changes.length} change(s) across ${changed} of ${plan.reviews.length} review(s); nothing was written.`,
  ];
}
