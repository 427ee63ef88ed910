import type { Config } from '../config-schema.ts';
import type { RaterRole, Review } from '../domain.ts';
import { approvedNominees, isApprovedNominee } from '../nominations/nominees.ts';
import type { RejectionReason } from './types.ts';
import { quote } from './text.ts';

// `raters.nominations: required`: a peer answer counts only from a nominated peer the manager approved.
// Judged against the page as this run reads it, so an answer that arrived before approval counts from
// the first run after it. Self and Manager answers are checked elsewhere and never here.

export interface NominationFailure {
  reason: Extract<RejectionReason, 'not-nominated'>;
  message: string;
  /** The review's nominations are not approved yet: such answers are expected early in a cycle. */
  awaitingApproval: boolean;
}

/**
 * Null when the answer may count. The message names the review, never the respondent: who answered is
 * exactly what the report must not say. `respondent` is the email as normaliseEmail gives it.
 */
export function checkNomination(
  config: Config,
  review: Review,
  role: RaterRole,
  respondent: string | null,
): NominationFailure | null {
  if (config.raters.nominations !== 'required' || role !== 'peer') return null;
  if (isApprovedNominee(review.nominations, respondent)) return null;
  const who = quote(review.reviewee.name ?? review.title);
  const awaitingApproval = review.nominations?.approved !== true;
  const why = awaitingApproval
    ? 'its nominations are not approved yet (it counts once the manager ticks the approval and the respondent is among the peers)'
    : respondent === null
      ? 'the source gave no respondent email to match against the nominated peers'
      : approvedNominees(review.nominations).length === 0
        ? 'no peers are nominated'
        : 'the respondent is not among the approved nominated peers';
  return {
    reason: 'not-nominated',
    message: `a peer response about ${who} does not count: ${why}`,
    awaitingApproval,
  };
}
