// The one builder for raw responses and the one for valid responses. Their defaults are a peer's
// answer about Ada; tests written against another shape spread a named preset, so each call shows it.
import type { RawResponse, ValidResponse } from '../../src/core/validation/types.ts';
import { PAGE_ID } from './review-builders.ts';

/** A sheet row naming Ada by name, a string rating and an N/A, that validation accepts as it stands. */
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

/** A CSV line naming Ada by email and rating every code, as the sync tests read it. */
export const CSV_PEER: Partial<RawResponse> = {
  source: 'csv:responses.csv',
  ref: 'line 2',
  reviewee: 'ada@example.com',
  ratings: { CQ: 4, SD: 3, COL: 4 },
  comments: {},
};

/** Self, manager and three peers, all rating every code: enough data to reach Calibration. */
export function fullResponses(): RawResponse[] {
  return [
    makeRaw({
      ...CSV_PEER,
      ref: 'line 2',
      respondentEmail: 'ada@example.com',
      relationship: 'Self',
      ratings: { CQ: 5, SD: 4, COL: 4 },
    }),
    makeRaw({
      ...CSV_PEER,
      ref: 'line 3',
      respondentEmail: 'grace@example.com',
      relationship: 'Manager',
      ratings: { CQ: 3, SD: 2, COL: 4 },
    }),
    makeRaw({
      ...CSV_PEER,
      ref: 'line 4',
      respondentEmail: 'bob@example.com',
      comments: { overall: 'Great reviews of my PRs' },
    }),
    makeRaw({
      ...CSV_PEER,
      ref: 'line 5',
      respondentEmail: 'cy@example.com',
      relationship: 'QA engineer',
      ratings: { CQ: 3, SD: 2, COL: 5 },
    }),
    makeRaw({
      ...CSV_PEER,
      ref: 'line 6',
      respondentEmail: 'di@example.com',
      relationship: 'Product manager',
      ratings: { CQ: 4, SD: 3, COL: 'N/A' },
    }),
  ];
}

/** Bob's accepted peer response about Ada. */
export function makeValidResponse(overrides: Partial<ValidResponse> = {}): ValidResponse {
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

/** An accepted peer response about Jane's page (JANE_REVIEW) with no ratings, for the summary tests. */
export const JANE_PEER: Partial<ValidResponse> = {
  submittedAt: Date.parse('2026-10-20T09:00:00.000Z'),
  respondentKey: 'peer-1',
  respondentEmail: 'peer.one@example.com',
  reviewPageId: PAGE_ID,
  ratings: {},
};
