import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { RawResponse } from './types.ts';
import { validateResponses } from './validate-responses.ts';
import { reviews } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';

const ctx = { reviews, config: makeConfig(), now: new Date('2026-11-01T12:00:00Z') };

const rating = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.constantFrom('1', ' 3 ', '5 - Top', 'N/A', '', 'meh', null),
);

// A mix of good and bad responses, with refs made unique so each one can be found again.
const rawResponse = fc.record({
  submittedAt: fc.constantFrom(
    Date.parse('2026-10-02T08:00:00Z'),
    Date.parse('2026-10-02T08:00:00Z'),
    Date.parse('2026-10-20T09:30:00Z'),
    Date.parse('2025-01-01T00:00:00Z'),
    null,
  ),
  respondentEmail: fc.constantFrom(
    'bob@example.com',
    'eve@example.com',
    'ada@example.com',
    'grace@example.com',
    null,
  ),
  reviewee: fc.constantFrom('Ada Lovelace', 'ada@example.com', 'Sam Lee', 'sam.b@example.com', 'Nobody', ''),
  relationship: fc.constantFrom('Self', 'Manager', 'Backend peer', 'QA engineer', 'Intern', ''),
  ratings: fc.record({ CQ: rating, SD: rating, COL: rating }),
});

const responses = fc
  .array(rawResponse, { maxLength: 25 })
  .map((rows): RawResponse[] => rows.map((row, i) => makeRaw({ ...row, ref: `row ${i + 2}`, comments: {} })));

describe('validateResponses properties', () => {
  it('gives the same result whatever order the responses arrive in', () => {
    fc.assert(
      fc.property(
        responses.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          expect(validateResponses(shuffled, ctx)).toEqual(validateResponses(rows, ctx));
        },
      ),
    );
  });

  it('accounts for every non-blank response exactly once', () => {
    fc.assert(
      fc.property(responses, (rows) => {
        const { valid, rejected, superseded } = validateResponses(rows, ctx);
        const seen = [...valid, ...rejected, ...superseded].map((r) => r.ref).sort();
        const nonBlank = rows.filter(
          (r) =>
            r.reviewee !== '' ||
            r.relationship !== '' ||
            Object.values(r.ratings).some((v) => v !== null && v !== ''),
        );
        expect(seen).toEqual(nonBlank.map((r) => r.ref).sort());
      }),
    );
  });

  it('keeps every accepted rating on the scale or N/A', () => {
    fc.assert(
      fc.property(responses, (rows) => {
        for (const response of validateResponses(rows, ctx).valid) {
          for (const value of Object.values(response.ratings)) {
            if (value !== null) expect(Number.isInteger(value) && value >= 1 && value <= 5).toBe(true);
          }
        }
      }),
    );
  });
});
