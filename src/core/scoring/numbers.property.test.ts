import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { ValidResponse } from '../validation/types.ts';
import { round2, round2OrNull, roundTo } from '../numbers/round.ts';
import { difference, mean, weightedMean } from './numbers.ts';
import { scoreReview } from './score-review.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { makeValidResponse } from '../../../test/support/response-builders.ts';

// Values that have broken rounding before: a hair below 3, a hair above 0, and their neighbours.
const awkward = fc.constantFrom(2.9999999999999996, 3.0000000000000004, 1e-16, -1e-16, 0, -0, 3, 5, 1);
const anyFinite = fc.oneof(awkward, fc.double({ noNaN: true, noDefaultInfinity: true }));
const onScale = fc.oneof(awkward, fc.double({ min: 1, max: 5, noNaN: true }));

const isClean = (value: number | null) => value === null || (Number.isFinite(value) && !Object.is(value, -0));

describe('numbers: finite or null for every finite input', () => {
  it('mean, weighted mean, difference and rounding', () => {
    fc.assert(
      fc.property(
        fc.array(anyFinite, { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1e300, noNaN: true })),
        (values, weights) => {
          const weighted = values.map((value, i) => ({ value, weight: weights[i] ?? 1 }));
          const m = mean(values);
          const w = weightedMean(weighted);
          expect(isClean(m)).toBe(true);
          expect(isClean(w)).toBe(true);
          expect(isClean(round2OrNull(m))).toBe(true);
          expect(isClean(difference(m, w))).toBe(true);
          expect(isClean(round2OrNull(difference(m, w)))).toBe(true);
          for (const value of values) expect(isClean(round2(value))).toBe(true);
        },
      ),
    );
  });

  it('equal values give exactly that value, and a gap of exactly 0', () => {
    fc.assert(
      fc.property(
        onScale,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (value, n, k) => {
          const a = mean(Array.from({ length: n }, () => value));
          const b = weightedMean([
            { value, weight: 0.5 },
            ...Array.from({ length: k }, () => ({ value, weight: 0.3 })),
          ]);
          expect(a).toBe(value === 0 ? 0 : value);
          expect(b).toBe(value === 0 ? 0 : value);
          expect(Object.is(difference(a, b), 0)).toBe(true);
        },
      ),
    );
  });

  it('a mean stays within the values', () => {
    fc.assert(
      fc.property(fc.array(anyFinite, { minLength: 1, maxLength: 40 }), (values) => {
        const m = mean(values) ?? Number.NaN;
        expect(m >= Math.min(...values) && m <= Math.max(...values)).toBe(true);
      }),
    );
  });
});

describe('numbers: regressions', () => {
  it.each([
    [3 - 2.9999999999999996, 0],
    [1e-16, 0],
    [-1e-16, 0],
    [4e-16, 0],
    [-0.004, 0],
    [1e21, 1e21],
  ])('round2(%d) is %d and never NaN or -0', (value, expected) => {
    expect(Object.is(round2(value), expected)).toBe(true);
  });
});

describe('round2: the shortcut for values already at two decimals', () => {
  it('gives what roundTo gives, for any double and for every k / 100', () => {
    const twoDecimals = fc.integer({ min: -1e11, max: 1e11 }).map((k) => k / 100);
    const near = twoDecimals.map((v) => v + v * Number.EPSILON);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), twoDecimals, near, awkward), (value) => {
        expect(Object.is(round2(value), roundTo(value, 2))).toBe(true);
      }),
    );
  });
});

// Rater sets of awkward values: long runs of 2.9999999999999996 and 1e-16 among ordinary ratings.
const rating = fc.option(fc.oneof(awkward, fc.integer({ min: 1, max: 5 })), { nil: null });
const raters = fc
  .array(
    fc.record({
      role: fc.constantFrom('self', 'manager', 'peer', 'peer', 'peer'),
      ratings: fc.record({ CQ: rating, SD: rating, COL: rating }),
    }),
    { maxLength: 30 },
  )
  .map((rows): ValidResponse[] =>
    rows.map((row, i) =>
      makeValidResponse({
        ref: `row ${i}`,
        respondentKey: `email:r${i}@example.com`,
        role: row.role,
        relationship: row.role === 'peer' ? 'Backend peer' : row.role === 'self' ? 'Self' : 'Manager',
        ratings: row.ratings,
      }),
    ),
  );

describe('scoreReview over generated rater sets', () => {
  const config = makeConfig();

  it('every number is finite or null, and never -0', () => {
    fc.assert(
      fc.property(raters, (rows) => {
        const result = scoreReview({ review: makeReview({ stage: 'feedback' }), responses: rows, config });
        for (const code of result.codes) {
          for (const value of [code.self, code.manager, code.peers, code.score, code.gap])
            expect(isClean(value)).toBe(true);
        }
        expect(isClean(result.overall)).toBe(true);
      }),
    );
  });

  it('a blind spot or hidden strength needs the rounded gap at or over the threshold', () => {
    fc.assert(
      fc.property(raters, (rows) => {
        const result = scoreReview({ review: makeReview({ stage: 'feedback' }), responses: rows, config });
        for (const code of result.codes) {
          const shown = code.gap === null ? null : round2(code.gap);
          expect(shown).toBe(code.gap);
          const marked = shown !== null && Math.abs(shown) >= config.scoring.gapThreshold;
          expect(code.gapKind !== null).toBe(marked);
          if (code.gapKind === 'blind-spot') expect(shown).toBeGreaterThan(0);
          if (code.gapKind === 'hidden-strength') expect(shown).toBeLessThan(0);
        }
      }),
    );
  });

  it('when everyone gives a code the same rating, its gap is exactly 0 and unmarked', () => {
    fc.assert(
      fc.property(
        awkward.filter((v) => v >= 1),
        fc.integer({ min: 3, max: 20 }),
        (value, peers) => {
          const rows = [
            makeValidResponse({
              ref: 's',
              respondentKey: 'email:s@example.com',
              role: 'self',
              relationship: 'Self',
              ratings: { CQ: value },
            }),
            makeValidResponse({
              ref: 'm',
              respondentKey: 'email:m@example.com',
              role: 'manager',
              relationship: 'Manager',
              ratings: { CQ: value },
            }),
            ...Array.from({ length: peers }, (_, i) =>
              makeValidResponse({
                ref: `p${i}`,
                respondentKey: `email:p${i}@example.com`,
                ratings: { CQ: value },
              }),
            ),
          ];
          const cq = scoreReview({ review: makeReview({ stage: 'feedback' }), responses: rows, config })
            .codes[0];
          expect(Object.is(cq?.gap, 0)).toBe(true);
          expect(cq?.gapKind).toBeNull();
        },
      ),
    );
  });
});
