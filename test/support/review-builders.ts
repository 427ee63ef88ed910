// Hand-built reviews and scores for the plan and summary tests: scoring is its own module, and these
// tests must not depend on how it computes, only on the shape it returns.
import type { CodeScore, Review, ReviewScore, ValidResponse } from '../../src/core/types.ts';
import { makeReview as baseReview } from '../fixtures/domain.ts';

export const PAGE_ID = '1f2e3d4c-5b6a-4978-8877-665544332211';

export function makeReview(overrides: Partial<Review> = {}): Review {
  return baseReview({
    pageId: PAGE_ID,
    title: 'Jane Doe — 2026-H2',
    cycle: '2026-H2',
    reviewee: { id: 'user-jane', email: 'jane.doe@example.com', name: 'Jane Doe' },
    manager: { id: 'user-max', email: 'max.boss@example.com', name: 'Max Boss' },
    stage: 'feedbackDelivery',
    dueOverrides: {},
    calibrated: true,
    delivered: false,
    deliveredOn: null,
    managerRatings: {},
    ...overrides,
  });
}

export function makeCodeScore(
  code: string,
  score: number | null,
  overrides: Partial<CodeScore> = {},
): CodeScore {
  return {
    code,
    self: score,
    manager: score,
    peers: score,
    peerCount: score === null ? 0 : 3,
    peerSubgroups: [],
    score,
    gap: score === null ? null : 0,
    gapKind: null,
    awaitingOthers: false,
    ...overrides,
  };
}

/** A score for the fixture framework (CQ, SD, COL) with the given per-code scores. */
export function makeScore(
  scores: Record<string, number | null>,
  overrides: Partial<ReviewScore> = {},
): ReviewScore {
  return {
    codes: Object.entries(scores).map(([code, value]) => makeCodeScore(code, value)),
    overall: 3.2,
    band: 'Meets expectations',
    coverage: 1,
    raters: { self: 1, manager: 1, peers: 3 },
    peersVisible: true,
    awaitingManager: [],
    ...overrides,
  };
}

export function makeResponse(overrides: Partial<ValidResponse> = {}): ValidResponse {
  return {
    source: 'sheet',
    ref: 'row 2',
    submittedAt: Date.parse('2026-10-20T09:00:00.000Z'),
    respondentKey: 'peer-1',
    respondentEmail: 'peer.one@example.com',
    reviewPageId: PAGE_ID,
    role: 'peer',
    relationship: 'Backend peer',
    ratings: {},
    comments: {},
    ...overrides,
  };
}
