import type { Review } from '../../src/core/domain.ts';
import type { WorkflowFacts } from '../../src/core/workflow/types.ts';
import { makeReview } from './review-builders.ts';

// Test-only builders for workflow and goal tests. Each test states only what it changes.

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
