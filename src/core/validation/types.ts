import type { EpochMillis, RaterRole } from '../domain.ts';

// Responses as sources deliver them, and what validateResponses makes of them: checked responses tied
// to a review, and rejections with the reason.

/** A response as a source delivers it, before any checks. Values are raw text or numbers. */
export interface RawResponse {
  source: string;
  /** Row number, response id or line: enough for a person to find it again. */
  ref: string;
  /** Null when the source had no readable timestamp; the core rejects such a response. */
  submittedAt: EpochMillis | null;
  respondentEmail: string | null;
  reviewee: string;
  relationship: string;
  cycle: string | null;
  ratings: Record<string, string | number | null>;
  /** Free text by code, plus `overall` for the general comment. */
  comments: Record<string, string>;
}

/** A checked response, tied to one review. A rating of null means N/A. */
export interface ValidResponse {
  source: string;
  ref: string;
  submittedAt: EpochMillis;
  respondentKey: string;
  respondentEmail: string | null;
  reviewPageId: string;
  role: RaterRole;
  relationship: string;
  ratings: Record<string, number | null>;
  comments: Record<string, string>;
}

export type RejectionReason =
  | 'unknown-reviewee'
  | 'ambiguous-reviewee'
  | 'rating-off-scale'
  | 'rating-not-a-number'
  | 'outside-cycle-window'
  | 'self-as-peer'
  | 'not-the-reviewee'
  | 'not-the-manager'
  | 'unknown-relationship'
  | 'missing-timestamp'
  | 'not-nominated';

export interface Rejection {
  source: string;
  ref: string;
  reason: RejectionReason;
  message: string;
  /**
   * Set on a `not-nominated` rejection about a review whose nominations are not approved yet: expected
   * early in a cycle, so the brake does not count it.
   */
  awaitingApproval?: true;
}
