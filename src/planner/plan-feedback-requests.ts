import type { Config } from '../core/config-schema.ts';
import type { Review } from '../core/domain.ts';
import { feedbackLinks, type FormLinkTemplate } from '../core/forms/prefill-links.ts';
import { nomineeAnswers } from '../core/nominations/nominees.ts';
import {
  awaitsAnswer,
  parseRequestKey,
  peerUserId,
  remindedRecord,
  requestKey,
  requestReminderText,
  requestStatus,
  requestTitle,
  type RowFacts,
} from '../core/feedback-requests/rules.ts';
import type {
  ExistingFeedbackRequest,
  FeedbackRequestChange,
  RequestFields,
  RequestReminder,
  UpdateRequest,
} from '../core/feedback-requests/types.ts';
import { dueDateFor, isOverdue, stageIndex } from '../core/workflow/index.ts';
import type { ReviewPlan } from './plan-review.ts';

// Feedback request rows from the reviews' approved nominations, pure: create the missing rows, change
// only what differs, withdraw the pairs no longer nominated, and remind overdue peers on their own row.

export interface FeedbackRequestInput {
  /** The reviews this run planned; rows of any other review are left alone. */
  reviews: readonly ReviewPlan[];
  peerAnswers: ReadonlyMap<string, readonly (string | null)[]>;
  existing: readonly ExistingFeedbackRequest[];
  /** The form's pre-fill template; null without a form source (the Link is then left as it is). */
  template: FormLinkTemplate | null;
  config: Config;
  now: Date;
}

function linkFor(template: FormLinkTemplate | null, review: Review): string | null {
  const email = review.reviewee.email;
  if (template === null || !email) return null;
  return feedbackLinks(template, { email, name: review.reviewee.name ?? email })?.feedback ?? null;
}

interface ReviewFacts {
  due: string | null;
  stageClosed: boolean;
  completed: boolean;
  overdue: boolean;
  link: string | null;
}

function reviewFacts(input: FeedbackRequestInput, plan: ReviewPlan): ReviewFacts | null {
  const { config, now } = input;
  const cycle = config.cycles.find((c) => c.name === plan.review.cycle);
  if (!cycle) return null;
  const due = dueDateFor(plan.review, cycle, 'feedback', config);
  const pastDue = due !== null && isOverdue(due, config.timeZone, now, 0);
  return {
    due,
    stageClosed: stageIndex(plan.workflow.to) > stageIndex('feedback') || pastDue,
    completed: plan.workflow.to === 'completed',
    overdue: due !== null && isOverdue(due, config.timeZone, now, config.nudges.graceDays),
    link: linkFor(input.template, plan.review),
  };
}

function changedFields(row: ExistingFeedbackRequest, want: RequestFields): Partial<RequestFields> {
  const set: Partial<RequestFields> = {};
  if (row.status !== want.status) set.status = want.status;
  if (row.due !== want.due) set.due = want.due;
  // Without a template this run cannot tell the link: what the row holds stays.
  if (want.link !== null && row.link !== want.link) set.link = want.link;
  return set;
}

function transitionOf(
  row: ExistingFeedbackRequest,
  set: Partial<RequestFields>,
): UpdateRequest['transition'] {
  if (set.status === undefined) return null;
  if (set.status === 'Withdrawn') return 'withdraw';
  return row.status === 'Withdrawn' ? 'reopen' : 'status';
}

function reminderFor(
  input: FeedbackRequestInput,
  plan: ReviewPlan,
  facts: ReviewFacts,
  row: RowFacts,
  reminded: readonly string[],
  peer: RequestReminder['peer'],
): RequestReminder | null {
  const { due } = facts;
  if (!input.config.nudges.enabled || facts.completed || due === null || !facts.overdue) return null;
  if (!awaitsAnswer(row) || reminded.includes(due)) return null;
  return {
    peer,
    due,
    text: requestReminderText(plan.review.title, due),
    record: remindedRecord(reminded, due),
  };
}

function update(
  row: ExistingFeedbackRequest,
  set: Partial<RequestFields>,
  reminder: RequestReminder | null,
): UpdateRequest[] {
  if (Object.keys(set).length === 0 && reminder === null) return [];
  return [
    {
      kind: 'update-request',
      pageId: row.pageId,
      key: row.key,
      set,
      transition: transitionOf(row, set),
      reminder,
    },
  ];
}

function planOneReview(
  input: FeedbackRequestInput,
  plan: ReviewPlan,
  rows: RowIndex,
): FeedbackRequestChange[] {
  const { review } = plan;
  // Nominations not read (the feature is off, or the page could not say): its rows stay as they are.
  if (review.nominations === undefined) return [];
  const answers = nomineeAnswers(review.nominations, input.peerAnswers.get(review.pageId) ?? []);
  const own = rows.byReview.get(review.pageId) ?? [];
  // Most reviews ask nobody and have no rows: their dates are never worked out.
  if (answers.length === 0 && own.length === 0) return [];
  const facts = reviewFacts(input, plan);
  if (facts === null) return [];
  const answeredStatus = input.config.notion.feedbackRequests?.answeredStatus ?? true;
  const changes: FeedbackRequestChange[] = [];
  const wanted = new Set<string>();
  for (const { peer, answered } of answers) {
    const peerId = peerUserId(peer);
    if (peerId === null) continue;
    const key = requestKey(review.pageId, peerId);
    wanted.add(key);
    const row: RowFacts = { nominated: true, answered, stageClosed: facts.stageClosed, answeredStatus };
    const want: RequestFields = { status: requestStatus(row), due: facts.due, link: facts.link };
    const existing = rows.byKey.get(key);
    if (existing === undefined) {
      // A completed review asks nobody any more.
      if (!facts.completed) {
        changes.push({
          kind: 'create-request',
          key,
          reviewPageId: review.pageId,
          peer,
          title: requestTitle(review.title),
          fields: want,
          reminder: reminderFor(input, plan, facts, row, [], peer),
        });
      }
      continue;
    }
    const reminder = reminderFor(input, plan, facts, row, existing.reminded, peer);
    changes.push(...update(existing, changedFields(existing, want), reminder));
  }
  for (const existing of own) {
    if (wanted.has(existing.key) || existing.status === 'Withdrawn') continue;
    changes.push(...update(existing, { status: 'Withdrawn' }, null));
  }
  return changes;
}

interface RowIndex {
  byKey: Map<string, ExistingFeedbackRequest>;
  /** By the review page id the key starts with: withdrawals look only at their own review's rows. */
  byReview: Map<string, ExistingFeedbackRequest[]>;
}

function indexRows(existing: readonly ExistingFeedbackRequest[]): RowIndex {
  const index: RowIndex = { byKey: new Map(), byReview: new Map() };
  for (const row of existing) {
    // Keys are unique by construction; should two rows share one (a person's copy), the first is ours.
    const parsed = parseRequestKey(row.key);
    if (parsed === null || index.byKey.has(row.key)) continue;
    index.byKey.set(row.key, row);
    const { reviewPageId } = parsed;
    const list = index.byReview.get(reviewPageId);
    if (list) list.push(row);
    else index.byReview.set(reviewPageId, [row]);
  }
  return index;
}

/** Every row change of this run, in review order; pure. */
export function planFeedbackRequests(input: FeedbackRequestInput): FeedbackRequestChange[] {
  const rows = indexRows(input.existing);
  return input.reviews.flatMap((plan) => planOneReview(input, plan, rows));
}
