import type { Config } from '../core/config-schema.ts';
import type { FeedbackRequestChange } from '../core/feedback-requests/types.ts';
import type { FormLinkTemplate } from '../core/forms/prefill-links.ts';
import { isKnownError, NotionApiError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import { readFeedbackRequests } from '../notion/read-feedback-requests.ts';
import { botIdentity } from '../notion/verified-write.ts';
import {
  createFeedbackRequestWithReminder,
  updateFeedbackRequest,
} from '../notion/write-feedback-requests.ts';
import { planFeedbackRequests } from '../planner/plan-feedback-requests.ts';
import type { SyncPlan } from '../planner/plan.ts';

// The Feedback requests step of a sync: read every row once (⌈rows/100⌉ queries), plan purely, then
// write only the rows that change. Runs after the reviews; a failing row never stops the others.

/** Counts only: the report may be read by everyone who can read the repository. */
export interface FeedbackRequestCounts {
  created: number;
  updated: number;
  withdrawn: number;
  reopened: number;
  reminded: number;
  failed: number;
  /** Rows whose Key a person broke, left alone; absent when there are none. */
  skipped?: number;
}

export async function planRequestStep(
  gw: NotionGateway,
  config: Config,
  plan: SyncPlan,
  dataSourceId: string,
  template: FormLinkTemplate | null,
  now: Date,
  onSkipped?: () => void,
): Promise<FeedbackRequestChange[]> {
  const existing = await readFeedbackRequests(gw, config, dataSourceId, onSkipped);
  return planFeedbackRequests({
    reviews: plan.reviews,
    peerAnswers: plan.peerAnswers ?? new Map(),
    existing,
    template,
    config,
    now,
  });
}

/** What the plan would do, counted as if every write succeeded (a dry run's report). */
export function plannedCounts(changes: readonly FeedbackRequestChange[]): FeedbackRequestCounts {
  const counts = emptyCounts();
  for (const change of changes) count(counts, change);
  return counts;
}

const emptyCounts = (): FeedbackRequestCounts => ({
  created: 0,
  updated: 0,
  withdrawn: 0,
  reopened: 0,
  reminded: 0,
  failed: 0,
});

function count(counts: FeedbackRequestCounts, change: FeedbackRequestChange): void {
  if (change.kind === 'create-request') {
    counts.created += 1;
    if (change.reminder !== null) counts.reminded += 1;
    return;
  }
  if (Object.keys(change.set).length > 0) counts.updated += 1;
  if (change.transition === 'withdraw') counts.withdrawn += 1;
  if (change.transition === 'reopen') counts.reopened += 1;
  if (change.reminder !== null) counts.reminded += 1;
}

/** The run's counts with the rows it skipped, which a report shows only when there are some. */
export const withSkipped = (counts: FeedbackRequestCounts, skipped: number): FeedbackRequestCounts =>
  skipped === 0 ? counts : { ...counts, skipped };

/** Auth and config failures concern every row alike: they stop the run, as they do for reviews. */
const isFatal = (error: unknown) =>
  isKnownError(error) && (error.name === 'ConfigError' || ('isAuth' in error && error.isAuth === true));

export async function applyRequestChanges(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
  changes: readonly FeedbackRequestChange[],
): Promise<FeedbackRequestCounts> {
  const counts = emptyCounts();
  const botId = botIdentity(gw);
  let blockLimit = false;
  for (const change of changes) {
    // A row is a page: once the workspace's block cap refuses one, no other is tried this run.
    if (change.kind === 'create-request' && blockLimit) {
      counts.failed += 1;
      continue;
    }
    try {
      if (change.kind === 'create-request') {
        await createFeedbackRequestWithReminder(gw, config, dataSourceId, change, botId);
      } else await updateFeedbackRequest(gw, config, change, botId);
      count(counts, change);
    } catch (error) {
      if (isFatal(error)) throw error;
      if (error instanceof NotionApiError && error.isBlockLimit) blockLimit = true;
      counts.failed += 1;
    }
  }
  return counts;
}
