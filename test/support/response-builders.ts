// Shared builders for the validation and scoring tests: a few reviews, and responses that are valid
// unless a test says otherwise, so each case states only the field it is about.
import type { RawResponse, Review, ValidResponse } from '../../src/core/types.ts';
import { makeReview as baseReview } from '../fixtures/domain.ts';

export function makeReview(overrides: Partial<Review> = {}): Review {
  return baseReview({
    pageId: 'p-ada',
    title: 'Ada Lovelace',
    cycle: '2026-H2',
    reviewee: { id: 'u-ada', email: 'ada@example.com', name: 'Ada Lovelace' },
    manager: { id: 'u-grace', email: 'grace@example.com', name: 'Grace Hopper' },
    stage: 'feedback',
    dueOverrides: {},
    calibrated: false,
    delivered: false,
    deliveredOn: null,
    managerRatings: {},
    ...overrides,
  });
}

/** Ada, plus two different people who are both called Sam Lee. */
export const reviews: Review[] = [
  makeReview(),
  makeReview({
    pageId: 'p-sam-a',
    title: 'Sam Lee (platform)',
    reviewee: { id: 'u-sam-a', email: 'sam.a@example.com', name: 'Sam Lee' },
  }),
  makeReview({
    pageId: 'p-sam-b',
    title: 'Sam Lee (payments)',
    reviewee: { id: 'u-sam-b', email: 'sam.b@example.com', name: 'Sam Lee' },
  }),
];

export function makeRaw(overrides: Partial<RawResponse> = {}): RawResponse {
  return {
    source: 'sheet',
    ref: 'row 2',
    submittedAt: Date.parse('2026-10-10T10:00:00Z'),
    respondentEmail: 'bob@example.com',
    reviewee: 'Ada Lovelace',
    relationship: 'Backend peer',
    cycle: null,
    ratings: { CQ: 4, SD: '3', COL: 'N/A' },
    comments: { overall: 'Solid work' },
    ...overrides,
  };
}

export function makeValid(overrides: Partial<ValidResponse> = {}): ValidResponse {
  return {
    source: 'sheet',
    ref: 'row 2',
    submittedAt: Date.parse('2026-10-10T10:00:00.000Z'),
    respondentKey: 'email:bob@example.com',
    respondentEmail: 'bob@example.com',
    reviewPageId: 'p-ada',
    role: 'peer',
    relationship: 'Backend peer',
    ratings: { CQ: 4, SD: 3, COL: null },
    comments: {},
    ...overrides,
  };
}
