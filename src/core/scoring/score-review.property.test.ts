import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { Config } from '../config-schema.ts';
import type { ReviewScore } from './types.ts';
import type { ValidResponse } from '../validation/types.ts';
import { round2 } from '../numbers/round.ts';
import { scoreReview } from './score-review.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { makeValidResponse } from '../../../test/support/response-builders.ts';

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const response = fc.record({
  role: fc.constantFrom('self', 'manager', 'peer', 'peer', 'peer'),
  relationship: fc.constantFrom('Backend peer', 'QA engineer', 'Frontend developer'),
  ratings: fc.record({ CQ: rating, SD: rating, COL: rating }),
  comment: fc.boolean(),
});
const responses = fc.array(response, { maxLength: 12 }).map((rows): ValidResponse[] =>
  rows.map((row, i) =>
    makeValidResponse({
      ref: `row ${i}`,
      respondentKey: `email:r${i}@example.com`,
      role: row.role,
      relationship: row.role === 'peer' ? row.relationship : row.role === 'self' ? 'Self' : 'Manager',
      ratings: row.ratings,
      comments: row.comment ? { overall: 'text' } : {},
    }),
  ),
);
// Weights as people write them in config: tenths, so scaling never underflows into denormals.
const weight = fc.integer({ min: 0, max: 10 }).map((tenths) => tenths / 10);
const config = fc
  .record({
    weights: fc.record({ manager: weight, peer: weight, self: weight }),
    minPeerResponses: fc.integer({ min: 1, max: 4 }),
    smallPeerGroups: fc.constantFrom('merge' as const, 'omit' as const),
    minCoverage: fc.constantFrom(0, 0.5, 0.75, 1),
  })
  .map(({ minCoverage, ...raters }): Config => {
    const base = makeConfig();
    return { ...base, raters: { ...base.raters, ...raters }, scoring: { ...base.scoring, minCoverage } };
  });
const pageRatings = fc.record({ CQ: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] });

function numbersIn(result: ReviewScore): number[] {
  const perCode = result.codes.flatMap((c) => [
    c.self,
    c.manager,
    c.peers,
    c.score,
    ...c.peerSubgroups.map((g) => g.mean),
  ]);
  return [...perCode, result.overall].filter((value) => value !== null);
}

describe('scoreReview properties', () => {
  it('keeps every score and mean within the scale', () => {
    fc.assert(
      fc.property(responses, config, pageRatings, (rows, c, managerRatings) => {
        const result = scoreReview({
          review: makeReview({ stage: 'feedback', managerRatings }),
          responses: rows,
          config: c,
        });
        for (const value of numbersIn(result)) expect(value >= 1 && value <= 5).toBe(true);
        expect(result.coverage >= 0 && result.coverage <= 1).toBe(true);
      }),
    );
  });

  it('never changes when an all-N/A response is added', () => {
    fc.assert(
      fc.property(responses, config, fc.constantFrom('self', 'manager', 'peer' as const), (rows, c, role) => {
        const na = makeValidResponse({
          ref: 'na',
          respondentKey: 'email:na@example.com',
          role,
          ratings: { CQ: null, SD: null, COL: null },
        });
        const review = makeReview({ stage: 'feedback' });
        expect(scoreReview({ review, responses: [...rows, na], config: c })).toEqual(
          scoreReview({ review, responses: rows, config: c }),
        );
      }),
    );
  });

  it('never depends on the order of responses', () => {
    fc.assert(
      fc.property(
        responses.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        config,
        ([rows, shuffled], c) => {
          const review = makeReview({ stage: 'feedback' });
          expect(scoreReview({ review, responses: shuffled, config: c })).toEqual(
            scoreReview({ review, responses: rows, config: c }),
          );
        },
      ),
    );
  });

  it('re-normalises the rater weights over the groups that have data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        config,
        (self, manager, c) => {
          const { weights } = c.raters;
          // Without the manager's weight the self-rating is alone, and alone it gives no score.
          fc.pre(weights.manager > 0);
          const rows = [
            makeValidResponse({
              role: 'self',
              respondentKey: 'email:ada@example.com',
              ratings: { CQ: self },
            }),
          ];
          const result = scoreReview({
            review: makeReview({ stage: 'feedback', managerRatings: { CQ: manager } }),
            responses: rows,
            config: c,
          });
          const expected =
            (self * weights.self + manager * weights.manager) / (weights.self + weights.manager);
          expect(result.codes[0]?.score).toBe(round2(expected));
        },
      ),
    );
  });

  it('gives the same result when every rater weight is scaled', () => {
    fc.assert(
      fc.property(responses, config, fc.double({ min: 0.1, max: 10, noNaN: true }), (rows, c, k) => {
        const { manager, peer, self } = c.raters.weights;
        const scaled = {
          ...c,
          raters: { ...c.raters, weights: { manager: manager * k, peer: peer * k, self: self * k } },
        };
        const review = makeReview({ stage: 'feedback' });
        const a = scoreReview({ review, responses: rows, config: c });
        const b = scoreReview({ review, responses: rows, config: scaled });
        a.codes.forEach((code, i) =>
          expect(Math.abs((code.score ?? 0) - (b.codes[i]?.score ?? 0))).toBeLessThanOrEqual(0.01),
        );
      }),
    );
  });
});
