import type { Review, WorkflowFacts } from '../../src/core/types.ts';
import { makeReview as baseReview } from '../fixtures/domain.ts';

// Test-only builders for workflow and goal tests. Each test states only what it changes.

export function makeReview(overrides: Partial<Review> = {}): Review {
  return baseReview({
    pageId: 'page-1',
    title: 'Ada Lovelace — 2026-H2',
    cycle: '2026-H2',
    reviewee: { email: 'ada@example.com', name: 'Ada Lovelace' },
    manager: { email: 'grace@example.com', name: 'Grace Hopper' },
    stage: 'notStarted',
    dueOverrides: {},
    calibrated: false,
    delivered: false,
    deliveredOn: null,
    managerRatings: {},
    ...overrides,
  });
}

export function makeFacts(overrides: Partial<WorkflowFacts> = {}): WorkflowFacts {
  return { selfResponded: false, peerResponses: 0, managerRatedAllRequired: false, ...overrides };
}

/** A review with every piece of data present, so that the data supports Completed. */
export function makeDoneReview(overrides: Partial<Review> = {}): Review {
  return makeReview({ calibrated: true, delivered: true, ...overrides });
}

export const DONE_FACTS: WorkflowFacts = {
  selfResponded: true,
  peerResponses: 5,
  managerRatedAllRequired: true,
};
