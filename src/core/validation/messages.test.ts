import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { RawResponse } from './types.ts';
import { validateResponses } from './validate-responses.ts';
import { makeReview, reviews } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';

// Rejection messages go into the run report and CI logs: the respondent's email must never be in them.
const email = 'Bob.Secret@Example.com';
const ctx = { reviews, config: makeConfig(), now: new Date('2026-11-01T12:00:00Z') };

describe('rejection messages never contain the respondent email', () => {
  it.each<[string, Partial<RawResponse>]>([
    ['unknown-reviewee', { reviewee: 'Nobody' }],
    ['unknown-reviewee', { reviewee: 'bob.secret@example.com' }],
    ['ambiguous-reviewee', { reviewee: 'Sam Lee' }],
    ['rating-off-scale', { ratings: { CQ: 8 } }],
    ['rating-not-a-number', { ratings: { CQ: 'ask BOB.SECRET@example.com' } }],
    ['outside-cycle-window', { submittedAt: Date.parse('2025-01-01T00:00:00Z') }],
    ['not-the-reviewee', { relationship: 'Self' }],
    ['not-the-manager', { relationship: 'Manager' }],
    ['unknown-relationship', { relationship: 'friend of bob.secret@example.com' }],
    ['missing-timestamp', { submittedAt: null }],
  ])('%s with %j', (reason, overrides) => {
    const [rejection, ...rest] = validateResponses(
      [makeRaw({ respondentEmail: email, ...overrides })],
      ctx,
    ).rejected;
    expect(rest).toEqual([]);
    expect(rejection?.reason).toBe(reason);
    expect(rejection?.message.toLowerCase()).not.toContain('bob.secret');
    expect(rejection?.message.length).toBeGreaterThan(10);
  });

  it("also for the reviewee answering as a peer, where the email is the reviewee's own", () => {
    const self = {
      ...ctx,
      reviews: [makeReview({ stage: 'feedback', reviewee: { email: email, name: 'Bob Secret' } })],
    };
    const [rejection] = validateResponses(
      [makeRaw({ respondentEmail: email, reviewee: 'Bob Secret' })],
      self,
    ).rejected;
    expect(rejection).toMatchObject({ reason: 'self-as-peer' });
    expect(rejection?.message).toBe(
      '"Bob Secret" answered about themselves as "Backend peer"; only "Self" is allowed for their own review',
    );
  });
});
