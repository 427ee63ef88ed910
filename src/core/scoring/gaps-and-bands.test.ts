import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { ValidResponse } from '../validation/types.ts';
import { manager, peer, self } from '../../../test/support/rater-builders.ts';
import { bandFor, scoreReview } from './score-review.ts';
import { makeReview } from '../../../test/support/review-builders.ts';

const config = makeConfig();
const review = makeReview({ stage: 'feedback' });
const score = (responses: ValidResponse[], r = review, c = config) =>
  scoreReview({ review: r, responses, config: c });

describe('scoreReview: gaps', () => {
  const threshold = (gapThreshold: number) => makeConfig({ scoring: { ...config.scoring, gapThreshold } });
  it.each([
    [5, 4, config, 1, 'blind-spot'],
    [2, 3, config, -1, 'hidden-strength'],
    [4, 3.5, config, 0.5, null],
    [3, 3, config, 0, null],
    [5, 4, threshold(1.5), 1, null],
    [5, null, config, null, null],
    [null, 4, config, null, null],
  ])('self %s vs manager %s', (selfValue, managerValue, c, gap, kind) => {
    const result = score(
      [self({ CQ: selfValue })],
      makeReview({ stage: 'feedback', managerRatings: managerValue === null ? {} : { CQ: managerValue } }),
      c,
    );
    expect(result.codes[0]).toMatchObject({ gap, gapKind: kind });
  });

  it('weighs manager and visible peers for the others side', () => {
    const result = score([
      self({ CQ: 5 }),
      manager({ CQ: 4 }),
      peer(1, { CQ: 3 }),
      peer(2, { CQ: 3 }),
      peer(3, { CQ: 3 }),
    ]);
    expect(result.codes[0]).toMatchObject({ gap: 1.38, gapKind: 'blind-spot' });
  });
});

describe('scoreReview: coverage and bands', () => {
  it.each([
    ['CQ only: 2 of 4', { CQ: 4 }, null, 'Insufficient data', 0.5],
    ['CQ and SD: 3 of 4 meets 0.75', { CQ: 4, SD: 3 }, 3.67, 'Meets expectations', 0.75],
    ['SD and COL: 2 of 4', { SD: 5, COL: 5 }, null, 'Insufficient data', 0.5],
    ['nothing', {}, null, 'Insufficient data', 0],
    ['all', { CQ: 5, SD: 4, COL: 5 }, 4.75, 'Exceptional', 1],
  ])('%s', (_name, managerRatings, overall, band, coverage) => {
    expect(score([], makeReview({ stage: 'feedback', managerRatings }))).toMatchObject({
      overall,
      band,
      coverage,
    });
  });

  it('never scores zero when nothing is rated, even with no coverage threshold', () => {
    const lenient = makeConfig({ scoring: { ...config.scoring, minCoverage: 0 } });
    expect(score([], review, lenient)).toMatchObject({ overall: null, band: 'Insufficient data' });
  });

  const bands = [
    { name: 'Low', min: 0 },
    { name: 'High', min: 4 },
    { name: 'Mid', min: 2.5 },
  ];
  it.each([
    [4.5, 'High'],
    [4, 'High'],
    [3.99, 'Mid'],
    [2.5, 'Mid'],
    [0, 'Low'],
    [-1, 'Low'],
  ])('bandFor(%d) is %s with unsorted bands', (value, name) => {
    expect(bandFor(value, bands)).toBe(name);
  });
});
