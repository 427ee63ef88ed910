import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { validateResponses } from './validate-responses.ts';
import { reviews } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';

const ctx = { reviews, config: makeConfig(), now: new Date('2026-11-01T12:00:00Z') };

describe('validateResponses: repeated answers', () => {
  it('keeps the latest answer of one respondent and lists the older as superseded', () => {
    const result = validateResponses(
      [
        makeRaw({
          ref: 'row 3',
          submittedAt: Date.parse('2026-10-12T10:00:00Z'),
          respondentEmail: 'BOB@example.com',
          ratings: { CQ: 2 },
        }),
        makeRaw({ ref: 'row 2', submittedAt: Date.parse('2026-10-10T10:00:00Z') }),
        makeRaw({ ref: 'row 9', submittedAt: Date.parse('2026-10-11T10:00:00Z') }),
      ],
      ctx,
    );
    expect(result.valid.map((v) => [v.ref, v.ratings.CQ])).toEqual([['row 3', 2]]);
    expect(result.superseded).toEqual([
      { source: 'sheet', ref: 'row 2' },
      { source: 'sheet', ref: 'row 9' },
    ]);
    expect(result.rejected).toEqual([]);
  });

  it.each([
    ['different reviewees', [{ ref: 'row 2' }, { ref: 'row 3', reviewee: 'sam.a@example.com' }], 2],
    [
      'no email: every row is its own respondent',
      [
        { ref: 'row 2', respondentEmail: null },
        { ref: 'row 3', respondentEmail: null },
      ],
      2,
    ],
    ['different respondents', [{ ref: 'row 2' }, { ref: 'row 3', respondentEmail: 'eve@example.com' }], 2],
    [
      'one respondent under two peer relationships',
      [
        { ref: 'row 2' },
        { ref: 'row 3', relationship: 'QA engineer', submittedAt: Date.parse('2026-10-11T10:00:00Z') },
      ],
      1,
    ],
    [
      'two "Self" answers without email: a review has one reviewee',
      [
        { ref: 'row 2', respondentEmail: null, relationship: 'Self' },
        {
          ref: 'row 3',
          respondentEmail: null,
          relationship: 'Self',
          submittedAt: Date.parse('2026-10-11T10:00:00Z'),
        },
      ],
      1,
    ],
  ])('%s keeps %#', (_name, rows, kept) => {
    expect(validateResponses(rows.map(makeRaw), ctx).valid).toHaveLength(kept);
  });

  it('settles equal timestamps by ref, not by input order', () => {
    const rows = [makeRaw({ ref: 'row 10' }), makeRaw({ ref: 'row 9' })];
    expect(validateResponses(rows, ctx).valid.map((v) => v.ref)).toEqual(['row 10']);
    expect(validateResponses([...rows].reverse(), ctx).valid.map((v) => v.ref)).toEqual(['row 10']);
  });

  it('does not let a later rejected answer replace an earlier valid one', () => {
    const result = validateResponses(
      [
        makeRaw({ ref: 'row 2' }),
        makeRaw({ ref: 'row 3', submittedAt: Date.parse('2026-10-11T10:00:00Z'), ratings: { CQ: 'lots' } }),
      ],
      ctx,
    );
    expect(result.valid.map((v) => v.ref)).toEqual(['row 2']);
    expect(result.rejected.map((r) => [r.ref, r.reason])).toEqual([['row 3', 'rating-not-a-number']]);
    expect(result.superseded).toEqual([]);
  });
});
