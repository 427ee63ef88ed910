import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { STAGE_KEYS } from '../domain.ts';
import type { StageKey } from '../domain.ts';
import type { CodeScore, ReviewScore } from '../scoring/types.ts';
import type { Rejection } from '../validation/types.ts';
import { buildOverview, type OverviewReview } from './build-overview.ts';
import { overviewHash } from './overview-hash.ts';
import { bandPieMermaid } from './render.ts';
import { makeReview } from '../../../test/support/review-builders.ts';

const config = makeConfig({ overview: { calibrationMargin: 0.5, minReviewsPerCell: 2 } });

const codes = (manager: number, peers: number | null, gap: CodeScore['gapKind'] = null): CodeScore[] =>
  ['CQ', 'SD', 'COL'].map((code) => ({
    code,
    self: 4,
    manager,
    peers,
    peerCount: peers === null ? 0 : 3,
    peerSubgroups: [],
    score: peers === null ? manager : (manager + peers) / 2,
    gap: null,
    gapKind: code === 'CQ' ? gap : null,
    awaitingOthers: false,
  }));

function entry(
  n: number,
  manager: { id: string; name: string },
  stage: StageKey,
  score: Partial<ReviewScore> & { codes: CodeScore[] },
  extra: { finalBand?: string; overdue?: boolean } = {},
): OverviewReview {
  return {
    review: makeReview({
      pageId: `p${n}`,
      title: `Person ${n}`,
      reviewee: { id: `u${n}`, name: `Person ${n}` },
      manager,
      stage,
      finalBand: extra.finalBand ?? null,
    }),
    score: {
      overall: 3.5,
      band: 'Meets expectations',
      coverage: 1,
      raters: { self: 1, manager: 1, peers: 3 },
      peersVisible: true,
      awaitingManager: [],
      ...score,
    },
    workflow: { to: stage, overdue: extra.overdue ? { stage, due: '2026-11-15', owedBy: 'manager' } : null },
  };
}

const maya = { id: 'm1', name: 'Maya' };
const tobias = { id: 'm2', name: 'Tobias' };
const priya = { id: 'm3', name: 'Priya' };

// Maya rates 5 everywhere, Tobias and Priya 3: Maya is the lenient one. Priya has one scored review only.
const team: OverviewReview[] = [
  entry(
    1,
    maya,
    'calibration',
    { codes: codes(5, 4), band: 'Exceptional' },
    { finalBand: 'Exceeds expectations' },
  ),
  entry(2, maya, 'completed', { codes: codes(5, 3, 'blind-spot'), band: 'Exceeds expectations' }),
  entry(
    3,
    tobias,
    'managerEvaluation',
    { codes: codes(3, 3), band: 'Meets expectations' },
    { overdue: true },
  ),
  entry(
    4,
    tobias,
    'calibration',
    { codes: codes(3, null, 'hidden-strength') },
    { finalBand: 'Meets expectations' },
  ),
  entry(5, priya, 'feedbackDelivery', { codes: codes(3, 2), band: 'Developing' }),
  entry(6, priya, 'feedback', { codes: codes(1, 1), band: 'Below expectations' }, { overdue: true }),
];

const rejected: Rejection[] = [
  { source: 's', ref: '1', reason: 'rating-off-scale', message: 'm' },
  { source: 's', ref: '2', reason: 'unknown-reviewee', message: 'm' },
  { source: 's', ref: '3', reason: 'rating-off-scale', message: 'm' },
];

const build = (reviews = team) =>
  buildOverview({ cycle: '2026-H2', reviews, rejected, config, stageLabel: (s) => s });

describe('buildOverview', () => {
  it('counts reviews and overdue ones per stage', () => {
    const model = build();
    expect(model.funnel.map((s) => [s.stage, s.count, s.overdue])).toEqual([
      ['notStarted', 0, 0],
      ['selfAssessment', 0, 0],
      ['feedback', 1, 1],
      ['managerEvaluation', 1, 1],
      ['calibration', 2, 0],
      ['feedbackDelivery', 1, 0],
      ['completed', 1, 0],
    ]);
  });

  it('counts bands only for reviews whose scores are shown, highest band first', () => {
    const model = build();
    expect(model.scored).toBe(5);
    expect(model.bands).toEqual([
      { band: 'Exceptional', count: 1 },
      { band: 'Exceeds expectations', count: 1 },
      { band: 'Meets expectations', count: 2 },
      { band: 'Developing', count: 1 },
    ]);
    expect(bandPieMermaid(model)).toBe(
      'pie showData title Bands · 2026-H2\n    "Exceptional" : 1\n    "Exceeds expectations" : 1\n    "Meets expectations" : 2\n    "Developing" : 1',
    );
  });

  it("escapes band and cycle names in the pie with the charts' one Mermaid escaper", () => {
    const pie = bandPieMermaid({
      cycle: '2026 "H2" %% x',
      bands: [{ band: 'Meets "most" %% of it', count: 2 }],
    });
    expect(pie).toBe('pie showData title Bands · 2026 H2 x\n    "Meets most of it" : 2');
  });

  it('leaves a heatmap cell blank below the threshold of reviews, and colours the others', () => {
    const { heatmap } = build();
    expect(heatmap.columns).toEqual(['Maya', 'Priya', 'Tobias']);
    const cq = heatmap.rows.find((r) => r.code === 'CQ');
    // Priya has one scored review (the other is still collecting feedback): blank, not even a count.
    expect(cq?.cells).toEqual([
      { mean: 4.25, raters: 10, reviews: 2, tone: 'strong' },
      null,
      { mean: 3, raters: 7, reviews: 2, tone: 'neutral' },
    ]);
  });

  it('flags a lenient manager against the team mean of manager ratings, and final bands that differ', () => {
    const { calibration } = build();
    expect(calibration.teamMean).toBe(3.8);
    expect(calibration.managers).toEqual([
      { manager: 'Maya', mean: 5, ratings: 6, difference: 1.2, flag: 'lenient' },
      { manager: 'Priya', mean: 3, ratings: 3, difference: -0.8, flag: 'severe' },
      { manager: 'Tobias', mean: 3, ratings: 6, difference: -0.8, flag: 'severe' },
    ]);
    expect(
      calibration.reviews.filter((r) => r.differs).map((r) => [r.reviewee, r.computed, r.final]),
    ).toEqual([['Person 1', 'Exceptional', 'Exceeds expectations']]);
  });

  it('counts blind spots, hidden strengths and rejections per reason', () => {
    const model = build();
    expect(model.gaps.find((g) => g.code === 'CQ')).toMatchObject({ blindSpots: 1, hiddenStrengths: 1 });
    expect(model.rejections).toEqual([
      { reason: 'rating-off-scale', count: 2 },
      { reason: 'unknown-reviewee', count: 1 },
    ]);
  });

  it('gives the same model and hash in any input order, and a new hash when a stage moves', () => {
    const reversed = build([...team].reverse());
    expect(reversed).toEqual(build());
    expect(overviewHash(reversed)).toBe(overviewHash(build()));
    const moved = team.map((r, i) =>
      i === 0 ? { ...r, workflow: { ...r.workflow, to: 'completed' as const } } : r,
    );
    expect(overviewHash(build(moved))).not.toBe(overviewHash(build()));
  });

  // One review at each stage, against a section released from each stage: a review counts in a part of
  // the overview exactly when its own page shows that section.
  const pairs = STAGE_KEYS.flatMap((from) => STAGE_KEYS.map((at) => ({ from, at })));
  const released = (at: StageKey, from: StageKey) => STAGE_KEYS.indexOf(at) >= STAGE_KEYS.indexOf(from);

  it.each(pairs)('scores released from $from: a review at $at counts when it shows them', ({ from, at }) => {
    const visible = makeConfig({
      overview: { minReviewsPerCell: 1 },
      visibility: { scores: from, blindSpots: 'notStarted' },
    });
    const one = entry(
      1,
      maya,
      at,
      { codes: codes(4, 4), band: 'Meets expectations' },
      { finalBand: 'Developing' },
    );
    const model = buildOverview({
      cycle: '2026-H2',
      reviews: [one],
      rejected,
      config: visible,
      stageLabel: (s) => s,
    });
    const shown = released(at, from);
    expect(model.scoresFrom).toBe(from);
    expect(model.scored).toBe(shown ? 1 : 0);
    expect(model.bands).toEqual(shown ? [{ band: 'Meets expectations', count: 1 }] : []);
    expect(model.heatmap.rows[0]?.cells).toEqual(
      shown ? [{ mean: 4, raters: 5, reviews: 1, tone: 'neutral' }] : [],
    );
    expect(model.calibration.reviews.length).toBe(shown ? 1 : 0);
    expect(model.calibration.managers.map((m) => m.mean)).toEqual(shown ? [4] : []);
    // The funnel and rejections are counts only: always there.
    expect(model.funnel.find((s) => s.stage === at)?.count).toBe(1);
    expect(model.rejections.length).toBe(2);
  });

  it.each(pairs)(
    'blind spots released from $from: a review at $at counts when it shows them',
    ({ from, at }) => {
      const visible = makeConfig({
        visibility: { scores: 'completed', blindSpots: from },
      });
      const one = entry(1, maya, at, { codes: codes(4, 3, 'blind-spot') });
      const model = buildOverview({
        cycle: '2026-H2',
        reviews: [one],
        rejected,
        config: visible,
        stageLabel: (s) => s,
      });
      const shown = released(at, from);
      expect(model.blindSpotsFrom).toBe(from);
      expect(model.gapsCounted).toBe(shown ? 1 : 0);
      expect(model.gaps.find((g) => g.code === 'CQ')?.blindSpots).toBe(shown ? 1 : 0);
    },
  );
});
