import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { RawResponse } from './types.ts';
import { validateResponses } from './validate-responses.ts';
import { makeReview, reviews } from '../../../test/support/review-builders.ts';
import { makeRaw } from '../../../test/support/response-builders.ts';

const config = makeConfig();
const now = new Date('2026-11-01T12:00:00Z');
const run = (raw: RawResponse[], ctx = { reviews, config, now }) => validateResponses(raw, ctx);
const only = (overrides: Partial<RawResponse>) => run([makeRaw(overrides)]);

describe('validateResponses: a valid response', () => {
  it('is tied to its review with a role, canonical relationship and parsed ratings', () => {
    const result = only({
      relationship: '  backend   PEER ',
      comments: { overall: '  =SUM(A1) **bold** @bob ', CQ: ' ' },
    });
    expect(result).toEqual({
      valid: [
        {
          source: 'sheet',
          ref: 'row 2',
          submittedAt: Date.parse('2026-10-10T10:00:00.000Z'),
          respondentKey: 'email:bob@example.com',
          respondentEmail: 'bob@example.com',
          reviewPageId: 'p-ada',
          role: 'peer',
          relationship: 'Backend peer',
          ratings: { CQ: 4, SD: 3, COL: null },
          comments: { overall: '=SUM(A1) **bold** @bob' },
        },
      ],
      rejected: [],
      superseded: [],
    });
  });

  it('treats a missing code as N/A and ignores codes outside the framework', () => {
    const [valid] = only({ ratings: { CQ: '5', XX: 'junk' } }).valid;
    expect(valid?.ratings).toEqual({ CQ: 5, SD: null, COL: null });
  });

  it('keys respondents without an email by source and ref', () => {
    const [valid] = only({ respondentEmail: '  ', source: 'form', ref: 'r-17' }).valid;
    expect(valid).toMatchObject({ respondentKey: 'ref:form#r-17', respondentEmail: null });
  });
});

describe('validateResponses: reviewee matching', () => {
  it.each([
    ['ADA@Example.com', 'p-ada'],
    [' ada@example.com ', 'p-ada'],
    ['ada lovelace', 'p-ada'],
    ['  Ada    LOVELACE ', 'p-ada'],
    ['Sam Lee (payments)', 'p-sam-b'],
    ['sam.a@example.com', 'p-sam-a'],
  ])('matches %j to %s', (reviewee, pageId) => {
    expect(only({ reviewee }).valid.map((v) => v.reviewPageId)).toEqual([pageId]);
  });

  it.each([
    ['Charles Babbage', 'unknown-reviewee', 'no open review for "Charles Babbage"'],
    ['nobody@example.com', 'unknown-reviewee', 'no open review for "nobody@example.com"'],
    ['Ada', 'unknown-reviewee', 'no open review for "Ada"'],
    [
      'Sam Lee',
      'ambiguous-reviewee',
      '"Sam Lee" matches 2 different people; answer with the reviewee\'s email instead',
    ],
    [
      '  sam   lee',
      'ambiguous-reviewee',
      '"sam lee" matches 2 different people; answer with the reviewee\'s email instead',
    ],
  ])('rejects %j as %s', (reviewee, reason, message) => {
    expect(only({ reviewee }).rejected).toEqual([{ source: 'sheet', ref: 'row 2', reason, message }]);
  });

  it('lets the cycle answer pick between namesakes', () => {
    const sams = [reviews[1], makeReview({ ...reviews[2], cycle: '2026-H1' })].filter((r) => r !== undefined);
    const ctx = { reviews: sams, config, now };
    expect(run([makeRaw({ reviewee: 'Sam Lee', cycle: '2026-h2' })], ctx).valid[0]?.reviewPageId).toBe(
      'p-sam-a',
    );
    expect(run([makeRaw({ reviewee: 'Sam Lee', cycle: '2027-H1' })], ctx).rejected[0]).toMatchObject({
      reason: 'unknown-reviewee',
      message: 'no open review for "Sam Lee" in cycle "2027-H1"',
    });
  });
});

describe('validateResponses: one person in several open cycles', () => {
  const twoCycles = makeConfig({
    cycles: [
      { name: '2026-H1', opens: '2026-04-01', closes: '2026-10-05' },
      { name: '2026-H2', opens: '2026-10-01', closes: '2026-12-31' },
    ],
  });
  const ctx = {
    reviews: [
      makeReview({ stage: 'feedback', pageId: 'p-h1', cycle: '2026-H1' }),
      makeReview({ stage: 'feedback', pageId: 'p-h2' }),
    ],
    config: twoCycles,
    now,
  };

  it.each([
    ['2026-06-01T10:00:00Z', null, 'p-h1'],
    ['2026-11-01T10:00:00Z', null, 'p-h2'],
    ['2026-10-03T10:00:00Z', null, 'p-h2'],
    ['2026-10-03T10:00:00Z', '2026-H1', 'p-h1'],
    ['2026-06-01T10:00:00Z', '2026-h2', null],
  ])('at %s with cycle %j picks %s', (submittedAt, cycle, pageId) => {
    const result = run([makeRaw({ submittedAt: Date.parse(submittedAt), cycle })], ctx);
    expect(result.valid.map((v) => v.reviewPageId)).toEqual(pageId ? [pageId] : []);
  });

  it('rejects a timestamp outside every open cycle', () => {
    expect(
      run([makeRaw({ submittedAt: Date.parse('2026-01-01T10:00:00Z') })], ctx).rejected[0],
    ).toMatchObject({
      reason: 'outside-cycle-window',
      message:
        'response about "Ada Lovelace" was submitted outside the windows of their open cycles (2026-H1, 2026-H2)',
    });
  });
});

describe('validateResponses: relationship and respondent', () => {
  it.each([
    [{ relationship: 'Intern' }, 'unknown-relationship'],
    [{ relationship: '' }, 'unknown-relationship'],
    [{ respondentEmail: 'Ada@Example.com', relationship: 'QA engineer' }, 'self-as-peer'],
    [{ respondentEmail: 'ada@example.com', relationship: 'Manager' }, 'self-as-peer'],
    [{ respondentEmail: 'bob@example.com', relationship: 'Self' }, 'not-the-reviewee'],
    [{ respondentEmail: 'bob@example.com', relationship: 'Manager' }, 'not-the-manager'],
    [{ respondentEmail: null, relationship: 'Manager' }, 'not-the-manager'],
  ])('rejects %j as %s', (overrides, reason) => {
    expect(only(overrides).rejected.map((r) => r.reason)).toEqual([reason]);
  });

  it.each([
    [{ respondentEmail: 'GRACE@example.com', relationship: 'manager' }, 'manager'],
    [{ respondentEmail: 'ada@example.com', relationship: 'Self' }, 'self'],
    [{ respondentEmail: null, relationship: 'Self' }, 'self'],
    [{ respondentEmail: null, relationship: 'QA engineer' }, 'peer'],
  ])('accepts %j as %s', (overrides, role) => {
    expect(only(overrides).valid.map((v) => v.role)).toEqual([role]);
  });

  it('says why a manager response cannot be verified', () => {
    expect(only({ respondentEmail: null, relationship: 'Manager' }).rejected[0]?.message).toBe(
      'manager response about "Ada Lovelace" cannot be verified: the form did not collect the respondent\'s email',
    );
    const noManager = { reviews: [makeReview({ stage: 'feedback', manager: null })], config, now };
    expect(
      run([makeRaw({ respondentEmail: 'grace@example.com', relationship: 'Manager' })], noManager).rejected[0]
        ?.message,
    ).toBe('manager response about "Ada Lovelace" cannot be verified: the review page has no manager email');
  });
});

describe('validateResponses: ratings and blanks', () => {
  it('rejects the whole response for one bad rating and names code, value and reviewee', () => {
    expect(only({ ratings: { CQ: 4, SD: '9', COL: 'N/A' } }).rejected).toEqual([
      {
        source: 'sheet',
        ref: 'row 2',
        reason: 'rating-off-scale',
        message:
          'rating for SD is "9", expected a whole number from 1 to 5 or N/A (response about "Ada Lovelace")',
      },
    ]);
  });

  it.each([
    [{ reviewee: '', relationship: '', ratings: {}, comments: {} }],
    [{ reviewee: '  ', relationship: ' ', ratings: { CQ: null, SD: ' ' }, comments: { overall: '  ' } }],
    [{ reviewee: '', relationship: '', ratings: {}, comments: {}, submittedAt: null }],
  ])('skips the blank row %j silently', (overrides) => {
    expect(only(overrides)).toEqual({ valid: [], rejected: [], superseded: [] });
  });
});
