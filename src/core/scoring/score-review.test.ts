import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/fixtures/config.ts';
import type { ValidResponse } from '../types.ts';
import { makeReview, makeValid } from '../validation/test-data.ts';
import { bandFor, scoreReview } from './score-review.ts';

const config = makeConfig();
const review = makeReview();
const self = (ratings: ValidResponse['ratings']) =>
  makeValid({
    ref: 'self',
    respondentKey: 'email:ada@example.com',
    role: 'self',
    relationship: 'Self',
    ratings,
  });
const manager = (ratings: ValidResponse['ratings']) =>
  makeValid({
    ref: 'mgr',
    respondentKey: 'email:grace@example.com',
    role: 'manager',
    relationship: 'Manager',
    ratings,
  });
const peer = (n: number, ratings: ValidResponse['ratings'], relationship = 'Backend peer', comments = {}) =>
  makeValid({
    ref: `peer ${n}`,
    respondentKey: `email:peer${n}@example.com`,
    relationship,
    ratings,
    comments,
  });
const score = (responses: ValidResponse[], r = review, c = config) =>
  scoreReview({ review: r, responses, config: c });

describe('scoreReview: a full review', () => {
  it('combines groups, hides a code few peers rated, and weights codes', () => {
    const result = score([
      self({ CQ: 4, SD: 3, COL: null }),
      manager({ CQ: 3, SD: 3, COL: 4 }),
      peer(1, { CQ: 5, SD: 2, COL: null }),
      peer(2, { CQ: 4, SD: 2, COL: null }),
      peer(3, { CQ: 3, SD: null, COL: null }, 'QA engineer'),
    ]);
    expect(result).toEqual({
      codes: [
        {
          code: 'CQ',
          self: 4,
          manager: 3,
          peers: 4,
          peerCount: 3,
          peerSubgroups: [{ label: 'Other peers', mean: 4, n: 3 }],
          score: 3.5,
          gap: 0.63,
          gapKind: null,
        },
        {
          code: 'SD',
          self: 3,
          manager: 3,
          peers: null,
          peerCount: 0,
          peerSubgroups: [],
          score: 3,
          gap: 0,
          gapKind: null,
        },
        {
          code: 'COL',
          self: null,
          manager: 4,
          peers: null,
          peerCount: 0,
          peerSubgroups: [],
          score: 4,
          gap: null,
          gapKind: null,
        },
      ],
      overall: 3.5,
      band: 'Meets expectations',
      coverage: 1,
      raters: { self: 1, manager: 1, peers: 3 },
      peersVisible: true,
    });
  });
});

describe('scoreReview: rater groups', () => {
  it.each([
    ['self only', [self({ CQ: 4 })], 4],
    ['manager only', [manager({ CQ: 4 })], 4],
    ['self and manager, peer weight re-normalised away', [self({ CQ: 2 }), manager({ CQ: 4 })], 3.43],
    [
      'all three',
      [self({ CQ: 2 }), manager({ CQ: 4 }), peer(1, { CQ: 3 }), peer(2, { CQ: 3 }), peer(3, { CQ: 3 })],
      3.3,
    ],
    [
      'N/A left out of the group mean',
      [manager({ CQ: 4 }), peer(1, { CQ: 2 }), peer(2, { CQ: 2 }), peer(3, { CQ: 5 }), peer(4, { CQ: null })],
      3.63,
    ],
    ['nobody', [], null],
  ])('%s', (_name, responses, expected) => {
    expect(score(responses).codes[0]?.score).toBe(expected);
  });

  it('gives no score when the only group with data has weight 0', () => {
    const noSelf = makeConfig({ raters: { weights: { manager: 0.5, peer: 0.3, self: 0 } } });
    expect(score([self({ CQ: 4 })], review, noSelf).codes[0]?.score).toBeNull();
  });

  it.each([
    ['page wins over the form', { CQ: 5 }, [manager({ CQ: 2 })], 5, 1],
    ['page alone counts the manager', { CQ: 4 }, [], 4, 1],
    ['off-scale page value is ignored', { CQ: 9 }, [manager({ CQ: 2 })], 2, 1],
    ['form alone', {}, [manager({ CQ: 3 })], 3, 1],
    ['no manager rating', {}, [], null, 0],
  ])('manager: %s', (_name, managerRatings, responses, expected, count) => {
    const result = score(responses, makeReview({ managerRatings }));
    expect(result.codes[0]?.manager).toBe(expected);
    expect(result.raters.manager).toBe(count);
  });

  it('ignores responses about another page', () => {
    expect(
      score([manager({ CQ: 2 }), { ...manager({ CQ: 5 }), reviewPageId: 'p-other' }]).codes[0]?.manager,
    ).toBe(2);
  });
});

describe('scoreReview: peer anonymity (threshold 3)', () => {
  it('hides peers and leaves them out of the score below the threshold, but reports the count', () => {
    const result = score([manager({ CQ: 4 }), peer(1, { CQ: 1 }), peer(2, { CQ: 1 })]);
    expect(result.peersVisible).toBe(false);
    expect(result.raters.peers).toBe(2);
    expect(result.codes[0]).toMatchObject({ peers: null, peerCount: 0, peerSubgroups: [], score: 4 });
  });

  it.each([
    ['a comment counts as an answer', [peer(3, { CQ: null }, 'QA engineer', { overall: 'Helpful' })], true],
    ['an all-N/A response without comment does not', [peer(3, { CQ: null, SD: null, COL: null })], false],
  ])('%s', (_name, extra, visible) => {
    expect(score([peer(1, { CQ: 3 }), peer(2, { CQ: 4 }), ...extra]).peersVisible).toBe(visible);
  });
});

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
      makeReview({ managerRatings: managerValue === null ? {} : { CQ: managerValue } }),
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
    expect(score([], makeReview({ managerRatings }))).toMatchObject({ overall, band, coverage });
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
