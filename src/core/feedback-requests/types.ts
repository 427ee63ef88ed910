import type { FEEDBACK_REQUEST_STATUSES } from '../notion-contract/contract.ts';
import type { IsoDate, Person } from '../domain.ts';

// Feedback request rows: one per approved reviewee–peer pair. Participation only (who was asked and
// whether they answered), never what anyone said.

export type FeedbackRequestStatus = (typeof FEEDBACK_REQUEST_STATUSES)[number];

/** A row as read from the Feedback requests data source; rows without a key are people's, not ours. */
export interface ExistingFeedbackRequest {
  pageId: string;
  key: string;
  /** The Status as the row holds it: any option name, or null when empty. */
  status: string | null;
  due: IsoDate | null;
  link: string | null;
  /** The due dates a reminder was posted for, as the Reminders property records them. */
  reminded: IsoDate[];
}

/** What a row should hold after this run; the planner writes only the fields that differ. */
export interface RequestFields {
  status: FeedbackRequestStatus;
  due: IsoDate | null;
  link: string | null;
}

export interface CreateRequest {
  kind: 'create-request';
  key: string;
  reviewPageId: string;
  peer: Person;
  title: string;
  fields: RequestFields;
  /** A row created overdue gets its one reminder right after it exists, in the same run. */
  reminder: RequestReminder | null;
}

/**
 * A change to an existing row: its fields that differ, and optionally one reminder, posted before the
 * fields and the Reminders record are written in one update.
 */
export interface UpdateRequest {
  kind: 'update-request';
  pageId: string;
  key: string;
  set: Partial<RequestFields>;
  /** Withdrawn, reopened (from Withdrawn), or another change of status; null when status is kept. */
  transition: 'withdraw' | 'reopen' | 'status' | null;
  reminder: RequestReminder | null;
}

export interface RequestReminder {
  peer: Person;
  due: IsoDate;
  text: string;
  /** The whole Reminders record after this one, one due date a line. */
  record: string;
}

export type FeedbackRequestChange = CreateRequest | UpdateRequest;
