// The one builder for review pages. Its defaults are Ada's page before the tool's first write; tests that
// need another reviewee spread a named preset, so each call shows which page it is about.
import type { Review } from '../../src/core/domain.ts';

/** A review page as the Notion adapter delivers it; each test states only what it changes. */
export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    pageId: 'p-ada',
    title: 'Ada Lovelace',
    cycle: '2026-H2',
    reviewee: { id: 'u-ada', email: 'ada@example.com', name: 'Ada Lovelace' },
    manager: { id: 'u-grace', email: 'grace@example.com', name: 'Grace Hopper' },
    stage: 'notStarted',
    dueOverrides: {},
    calibrated: false,
    delivered: false,
    deliveredOn: null,
    managerRatings: {},
    owned: {
      overallScore: null,
      band: null,
      peerResponses: null,
      goalsOnTrack: null,
      lastSynced: null,
      syncNotes: '',
      summaryHash: null,
      summaryBlock: null,
    },
    ...overrides,
  };
}

/** A real-looking page id, for the summary and plan tests that print or hash it. */
export const PAGE_ID = '1f2e3d4c-5b6a-4978-8877-665544332211';

/** Jane's calibrated page, due for feedback delivery: the page the summary and action-plan tests write. */
export const JANE_REVIEW: Partial<Review> = {
  pageId: PAGE_ID,
  title: 'Jane Doe — 2026-H2',
  reviewee: { id: 'user-jane', email: 'jane.doe@example.com', name: 'Jane Doe' },
  manager: { id: 'user-max', email: 'max.boss@example.com', name: 'Max Boss' },
  stage: 'feedbackDelivery',
  calibrated: true,
};

/** Ada, plus two different people who are both called Sam Lee, all collecting feedback. */
export const reviews: Review[] = [
  makeReview({ stage: 'feedback' }),
  makeReview({
    pageId: 'p-sam-a',
    title: 'Sam Lee (platform)',
    reviewee: { id: 'u-sam-a', email: 'sam.a@example.com', name: 'Sam Lee' },
    stage: 'feedback',
  }),
  makeReview({
    pageId: 'p-sam-b',
    title: 'Sam Lee (payments)',
    reviewee: { id: 'u-sam-b', email: 'sam.b@example.com', name: 'Sam Lee' },
    stage: 'feedback',
  }),
];
