import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { ValidResponse } from '../validation/types.ts';
import { manager, peer, self } from '../../../test/support/rater-builders.ts';
import { buildActionPlan } from '../action-plan/index.ts';
import { scoreReview } from './score-review.ts';
import { makeReview } from '../../../test/support/review-builders.ts';

const config = makeConfig();
const review = makeReview({ stage: 'feedback' });
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
          awaitingOthers: false,
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
          awaitingOthers: false,
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
          awaitingOthers: false,
        },
      ],
      overall: 3.5,
      band: 'Meets expectations',
      coverage: 1,
      raters: { self: 1, manager: 1, peers: 3 },
      peersVisible: true,
      awaitingManager: [],
    });
  });
});

describe('scoreReview: rater groups', () => {
  it.each([
    ['self only: no evidence from others, no score', [self({ CQ: 4 })], null],
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
    const result = score(responses, makeReview({ stage: 'feedback', managerRatings }));
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

describe('scoreReview: evidence before judgement', () => {
  it('self-ratings alone give no score, no gap and no band, and mark every code as awaiting others', () => {
    const result = score([self({ CQ: 5, SD: 4, COL: 3 }), peer(1, { CQ: 5, SD: 5, COL: 5 })]);
    expect(result).toMatchObject({ overall: null, band: 'Insufficient data', coverage: 0 });
    expect(result.codes.map((c) => [c.code, c.self, c.score, c.gap, c.gapKind, c.awaitingOthers])).toEqual([
      ['CQ', 5, null, null, null, true],
      ['SD', 4, null, null, null, true],
      ['COL', 3, null, null, null, true],
    ]);
    // COL is optional in the fixture framework, so the manager owes only CQ and SD.
    expect(result.awaitingManager).toEqual(['CQ', 'SD']);
  });

  it('self-ratings alone draw no action-plan entry, however low or high', () => {
    const result = score([self({ CQ: 1, SD: 5, COL: 1 }), peer(1, { CQ: 1, SD: 5, COL: 1 })]);
    expect(
      buildActionPlan({ review, score: result, config, startsOn: new Date('2026-12-01T00:00:00Z') }),
    ).toEqual([]);
  });

  it('a code the manager rated is scored; the rest wait, and coverage counts only the scored weight', () => {
    const result = score(
      [self({ CQ: 5, SD: 4, COL: 3 })],
      makeReview({ stage: 'feedback', managerRatings: { CQ: 4 } }),
    );
    expect(result.codes.map((c) => c.awaitingOthers)).toEqual([false, true, true]);
    expect(result).toMatchObject({ coverage: 0.5, overall: null, band: 'Insufficient data' });
    expect(result.awaitingManager).toEqual(['SD']);
  });

  it('peers at the threshold are evidence without the manager', () => {
    const result = score([self({ CQ: 5 }), peer(1, { CQ: 3 }), peer(2, { CQ: 3 }), peer(3, { CQ: 3 })]);
    expect(result.codes[0]).toMatchObject({
      score: 3.8,
      gap: 2,
      gapKind: 'blind-spot',
      awaitingOthers: false,
    });
  });

  it('equal ratings from everyone give a gap of exactly 0 and no blind spot', () => {
    const value = 2.9999999999999996;
    const result = score([
      self({ CQ: value }),
      manager({ CQ: 3 }),
      peer(1, { CQ: 3 }),
      peer(2, { CQ: 3 }),
      peer(3, { CQ: 3 }),
    ]);
    expect(result.codes[0]).toMatchObject({ self: 3, gap: 0, gapKind: null });
    expect(Object.is(result.codes[0]?.gap, 0)).toBe(true);
  });
});
