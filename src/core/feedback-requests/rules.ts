import type { IsoDate, Person } from '../domain.ts';
import type { FeedbackRequestStatus } from './types.ts';

// The row state machine, pure. Requested → Answered when the peer's accepted answer arrives;
// Withdrawn when the pair is no longer nominated and approved; a withdrawn pair nominated again is
// reopened to whatever it would be now. With `answeredStatus: false` no row says who answered:
// Requested until the 360 stage closes, then Closed.

export interface RowFacts {
  /** The pair is nominated and approved on the review page. */
  nominated: boolean;
  /** An accepted peer answer from this peer's email exists. */
  answered: boolean;
  /** The review has left the 360 stage, or its due date has passed. */
  stageClosed: boolean;
  answeredStatus: boolean;
}

export function requestStatus(facts: RowFacts): FeedbackRequestStatus {
  if (!facts.nominated) return 'Withdrawn';
  if (facts.answeredStatus) return facts.answered ? 'Answered' : 'Requested';
  return facts.stageClosed ? 'Closed' : 'Requested';
}

/**
 * Whether a row still waits for its peer, for reminders. With `answeredStatus: false` the tool does
 * not say who answered, so every nominated row counts as open and each peer gets the same reminder.
 */
export function awaitsAnswer(facts: RowFacts): boolean {
  if (!facts.nominated) return false;
  return facts.answeredStatus ? !facts.answered : true;
}

/** How re-runs find a row: the review page and the peer's Notion user id, both canonical. */
export function requestKey(reviewPageId: string, peerUserId: string): string {
  return `${reviewPageId}/${peerUserId}`;
}

/**
 * The two halves of a row's key, or null when a person's edit left it malformed (no slash, an empty
 * half, a third part): such a row is no pair of ours, so it is neither matched, withdrawn nor copied.
 */
export function parseRequestKey(key: string): { reviewPageId: string; peerUserId: string } | null {
  const parts = key.trim().split('/');
  if (parts.length !== 2) return null;
  const [reviewPageId = '', peerUserId = ''] = parts.map((part) => part.trim());
  return reviewPageId === '' || peerUserId === '' ? null : { reviewPageId, peerUserId };
}

/** The Reminders property: the due dates reminded for, one a line; anything else on a line is kept out. */
export function parseReminded(text: string): IsoDate[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\d{4}-\d{2}-\d{2}$/.test(line));
}

export function remindedRecord(reminded: readonly IsoDate[], due: IsoDate): string {
  return [...new Set([...reminded, due])].sort().join('\n');
}

/** The reminder's fixed opening: how the row's own comments are recognised as this reminder. */
export function reminderOpening(due: IsoDate): string {
  return `Feedback was due on ${due}:`;
}

/**
 * Worded the same whether or not the peer answered: with `answeredStatus: false` every open row gets
 * it, and the text must not tell anyone who has answered.
 */
export function requestReminderText(reviewTitle: string, due: IsoDate): string {
  return (
    `${reminderOpening(due)} if you have not given your feedback on ${reviewTitle} yet, the link on ` +
    `this row opens the form. (review-sync posts one reminder per request and due date.)`
  );
}

export function isRequestReminder(commentText: string, due: IsoDate): boolean {
  return commentText.includes(reminderOpening(due));
}

export const requestTitle = (reviewTitle: string) => `Feedback on ${reviewTitle}`;

/** A peer can be a row only with a Notion user id: the Peer people property and the key need one. */
export const peerUserId = (peer: Person): string | null =>
  peer.id && peer.id.trim() !== '' ? peer.id : null;
