import type { RaterRole, Review } from '../domain.ts';
import type { RejectionReason } from './types.ts';
import { normaliseEmail } from '../emails.ts';
import { quote } from './text.ts';

export interface RespondentFailure {
  reason: Extract<RejectionReason, 'self-as-peer' | 'not-the-reviewee' | 'not-the-manager'>;
  message: string;
}

// The mirror image of a reviewee posing as a peer: someone else answered as the reviewee's "Self".
const SOMEONE_ELSE_AS_SELF: RespondentFailure['reason'] = 'not-the-reviewee';

// Only a rejection names the reviewee, so the quoted name is made only for one.
function whoOf(review: Review): string {
  return quote(review.reviewee.name ?? review.title);
}

export interface PageEmails {
  reviewee: string | null;
  manager: string | null;
}

// Every response about a page compares against the same two addresses: normalised once per page.
function emailsOf(review: Review, pageEmails: WeakMap<Review, PageEmails>): PageEmails {
  let emails = pageEmails.get(review);
  if (emails === undefined) {
    emails = {
      reviewee: normaliseEmail(review.reviewee.email),
      manager: normaliseEmail(review.manager?.email),
    };
    pageEmails.set(review, emails);
  }
  return emails;
}

/**
 * Checks that the claimed relationship fits who answered. Emails are compared only when both sides are
 * known. A form that collects no email cannot prove who a manager is, and manager ratings carry the
 * largest weight, so unverifiable manager responses are rejected; the page's manager-rating properties
 * remain the way to rate without email. Self and peer claims without an email are trusted, as in any
 * anonymous form. `respondent` is the respondent's email as normaliseEmail gives it.
 */
export function checkRespondent(
  review: Review,
  role: RaterRole,
  relationship: string,
  respondent: string | null,
  pageEmails: WeakMap<Review, PageEmails> = new WeakMap(),
): RespondentFailure | null {
  const { reviewee, manager } = emailsOf(review, pageEmails);
  const isReviewee = respondent !== null && reviewee !== null && respondent === reviewee;

  if (role !== 'self' && isReviewee) {
    return {
      reason: 'self-as-peer',
      message: `${whoOf(review)} answered about themselves as "${relationship}"; only "Self" is allowed for their own review`,
    };
  }
  if (role === 'self' && respondent !== null && reviewee !== null && !isReviewee) {
    return {
      reason: SOMEONE_ELSE_AS_SELF,
      message: `a "Self" response about ${whoOf(review)} came from someone other than the reviewee`,
    };
  }
  if (role !== 'manager') return null;

  if (manager === null) {
    return {
      reason: 'not-the-manager',
      message: `manager response about ${whoOf(review)} cannot be verified: the review page has no manager email`,
    };
  }
  if (respondent === null) {
    return {
      reason: 'not-the-manager',
      message: `manager response about ${whoOf(review)} cannot be verified: the form did not collect the respondent's email`,
    };
  }
  if (respondent !== manager) {
    return {
      reason: 'not-the-manager',
      message: `manager response about ${whoOf(review)} came from someone other than the page's manager`,
    };
  }
  return null;
}
