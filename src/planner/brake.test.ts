import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { Rejection, RejectionReason } from '../core/validation/types.ts';
import type { UpdateReviewChange } from '../core/changes.ts';
import { checkBlastRadius } from './brake.ts';
import type { SyncPlan } from './plan.ts';
import type { ReviewPlan } from './plan-review.ts';
import { makeReview } from '../../test/support/review-builders.ts';

const config = makeConfig();

/** A review plan reduced to what the brake reads: what the page shows, and the property write planned. */
function reviewPlan(
  n: number,
  shows: number | null,
  writes: UpdateReviewChange['properties'] | null,
): ReviewPlan {
  const review = makeReview({ pageId: `p-${n}` });
  review.owned = { ...review.owned, overallScore: shows, band: shows === null ? null : 'Meets expectations' };
  const changes: UpdateReviewChange[] =
    writes === null
      ? []
      : [{ kind: 'update-review', reviewPageId: review.pageId, properties: writes, reasons: [] }];
  return { review, changes } as unknown as ReviewPlan;
}

function planOf(reviews: ReviewPlan[], reasons: RejectionReason[] = []): SyncPlan {
  const rejected: Rejection[] = reasons.map((reason, i) => ({
    source: 'csv',
    ref: `line ${i}`,
    reason,
    message: '',
  }));
  return { reviews, rejected, validResponses: 0, changes: [], itemsRead: [] };
}

const times = (n: number, reason: RejectionReason): RejectionReason[] =>
  Array.from({ length: n }, () => reason);
const wipe = { overallScore: null, band: 'Insufficient data' };

describe('the blast-radius brake', () => {
  it.each<[string, ReviewPlan[], number]>([
    ['nothing taken away', [reviewPlan(1, 3.4, { overallScore: 3.6 }), reviewPlan(2, 3.1, null)], 0],
    [
      'one review of four loses its score',
      [1, 2, 3, 4].map((n) => reviewPlan(n, 3, n === 1 ? wipe : null)),
      0,
    ],
    ['exactly half lose theirs', [1, 2, 3, 4].map((n) => reviewPlan(n, 3, n <= 2 ? wipe : null)), 0],
    ['three of four lose theirs', [1, 2, 3, 4].map((n) => reviewPlan(n, 3, n <= 3 ? wipe : null)), 1],
    [
      'a band set to insufficient alone counts',
      [1, 2, 3].map((n) => reviewPlan(n, 3, { band: 'Insufficient data' })),
      1,
    ],
    [
      'reviews without results do not count',
      [reviewPlan(1, null, wipe), reviewPlan(2, null, wipe), reviewPlan(3, 3, null)],
      0,
    ],
    ['a single review with results is no blast radius', [reviewPlan(1, 3, wipe)], 0],
  ])('%s', (_label, reviews, findings) => {
    expect(checkBlastRadius(planOf(reviews), config, 10)).toHaveLength(findings);
  });

  it.each<[string, RejectionReason[], number, string | null]>([
    ['a few rejections', ['unknown-reviewee', 'rating-off-scale'], 10, null],
    ['half rejected for one reason', times(5, 'outside-cycle-window'), 10, null],
    ['most rejected as outside the window', times(6, 'outside-cycle-window'), 10, 'time zone'],
    ['most rejected as unknown reviewees', times(8, 'unknown-reviewee'), 10, 'sources[].fields.reviewee'],
    [
      'most rejected, but for different reasons',
      [...times(3, 'unknown-reviewee'), ...times(3, 'rating-off-scale')],
      10,
      null,
    ],
  ])('%s', (_label, reasons, responses, cause) => {
    const findings = checkBlastRadius(planOf([], reasons), config, responses);
    if (cause === null) expect(findings).toEqual([]);
    else expect(findings[0]?.likelyCause).toContain(cause);
  });
});

describe('the brake and nominations', () => {
  const notNominated = (n: number, awaitingApproval: boolean): Rejection[] =>
    Array.from({ length: n }, (_, i) => ({
      source: 'csv',
      ref: `line ${i}`,
      reason: 'not-nominated' as const,
      message: '',
      ...(awaitingApproval ? { awaitingApproval: true as const } : {}),
    }));
  const planWith = (rejected: Rejection[]): SyncPlan => ({ ...planOf([]), rejected });

  it('ignores peer answers held back only because the nominations are not approved yet', () => {
    expect(checkBlastRadius(planWith(notNominated(8, true)), config, 10)).toEqual([]);
  });

  it('stops when most answers come from no approved nominee of an approved list', () => {
    const [finding] = checkBlastRadius(planWith(notNominated(8, false)), config, 10);
    expect(finding?.message).toBe('8 of 10 responses were rejected as not-nominated');
    expect(finding?.likelyCause).toContain('sources[].fields.respondentEmail');
  });
});
