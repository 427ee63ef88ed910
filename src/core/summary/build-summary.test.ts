import { describe, expect, it } from 'vitest';
import { buildSummary } from './build-summary.ts';
import { makeSummaryInput } from '../../../test/support/summary-builders.ts';
import { makeScore } from '../../../test/support/score-builders.ts';

describe('buildSummary', () => {
  it('builds rows, lists and highlights from the score and responses', () => {
    const model = buildSummary(makeSummaryInput());
    expect(model.reviewee).toEqual('Jane Doe');
    expect(model.overall).toEqual({
      score: 3.8,
      band: 'Exceeds expectations',
      raters: { self: 1, manager: 1, peers: 3 },
      peersHiddenBelow: null,
    });
    expect(model.rows).toEqual([
      {
        code: 'CQ',
        name: 'Code quality',
        self: 4,
        peers: 4.67,
        peerCount: 3,
        manager: 4.5,
        score: 4.5,
        gap: 0,
        awaitingOthers: false,
      },
      {
        code: 'SD',
        name: 'System design',
        self: 4,
        peers: 2.33,
        peerCount: 3,
        manager: 2,
        score: 2.4,
        gap: 1.8,
        awaitingOthers: false,
      },
      {
        code: 'COL',
        name: 'Collaboration',
        self: null,
        peers: null,
        peerCount: 0,
        manager: null,
        score: null,
        gap: null,
        awaitingOthers: false,
      },
    ]);
    expect(model.strengths).toEqual(['Code quality (CQ) — 4.5']);
    expect(model.growthAreas).toEqual(['System design (SD) — 2.4']);
    expect(model.blindSpots).toEqual(['Blind spot: System design (SD) — self-rating 1.80 above others']);
    // General comments first, then by code; within each, in the order of a keyed hash of the text.
    expect(model.highlights).toEqual([
      '=Solid half year',
      'Unblocks everyone',
      'Code quality: Tests!',
      'System design: Sketch first',
    ]);
  });

  it('blanks peer numbers and peer comments when peers are not visible', () => {
    const input = makeSummaryInput();
    const model = buildSummary({ ...input, score: { ...input.score, peersVisible: false } });
    expect((model.rows ?? []).map((row) => [row.peers, row.peerCount])).toEqual([
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
    expect(model.highlights).toEqual(['=Solid half year']);
    expect(model.overall?.peersHiddenBelow).toBe(3);
  });

  it('sorts strengths high to low and growth areas low to high, ties in framework order', () => {
    const input = makeSummaryInput();
    const strong = buildSummary({ ...input, score: makeScore({ COL: 4.5, SD: 4.9, CQ: 4.5 }) });
    expect(strong.strengths).toEqual([
      'System design (SD) — 4.9',
      'Code quality (CQ) — 4.5',
      'Collaboration (COL) — 4.5',
    ]);
    const weak = buildSummary({ ...input, score: makeScore({ COL: 1.2, SD: 2.9, CQ: 1.2 }) });
    expect(weak.growthAreas).toEqual([
      'Code quality (CQ) — 1.2',
      'Collaboration (COL) — 1.2',
      'System design (SD) — 2.9',
    ]);
  });

  it('labels hidden strengths next to blind spots, largest gap first', () => {
    const input = makeSummaryInput();
    const score = makeScore({ CQ: 3.5, SD: 3.5 });
    score.codes[0] = { ...score.codes[0]!, gap: -1.25, gapKind: 'hidden-strength' };
    score.codes[1] = { ...score.codes[1]!, gap: 1.5, gapKind: 'blind-spot' };
    expect(buildSummary({ ...input, score }).blindSpots).toEqual([
      'Blind spot: System design (SD) — self-rating 1.50 above others',
      'Hidden strength: Code quality (CQ) — self-rating 1.25 below others',
    ]);
  });

  it('falls back to the page title, never the email, when the reviewee has no name', () => {
    const input = makeSummaryInput();
    const review = { ...input.review, reviewee: { email: 'jane.doe@example.com' } };
    expect(buildSummary({ ...input, review }).reviewee).toEqual('Jane Doe — 2026-H2');
  });

  it('passes goals and the plan through unchanged', () => {
    const input = makeSummaryInput();
    const model = buildSummary(input);
    expect(model.goals).toEqual(input.goals);
    expect(model.actionPlan).toEqual({ draft: false, entries: input.actionPlan, kept: [] });
  });

  it.each<[string, string[]]>([
    ['notStarted', ['goals']],
    ['feedback', ['goals']],
    ['managerEvaluation', ['scores', 'strengths', 'blindSpots', 'highlights', 'goals', 'plan-draft-hidden']],
    ['feedbackDelivery', ['scores', 'strengths', 'blindSpots', 'highlights', 'goals', 'plan']],
  ])('releases sections by stage with the default visibility: %s', (stage, expected) => {
    const input = makeSummaryInput();
    const model = buildSummary({ ...input, stage: stage as typeof input.stage });
    const released = [
      model.rows !== null && model.overall !== null ? 'scores' : null,
      model.strengths !== null && model.growthAreas !== null ? 'strengths' : null,
      model.blindSpots !== null ? 'blindSpots' : null,
      model.highlights !== null ? 'highlights' : null,
      model.goals !== null ? 'goals' : null,
      model.actionPlan !== null ? 'plan' : stage === 'managerEvaluation' ? 'plan-draft-hidden' : null,
    ].filter((item) => item !== null);
    expect(released).toEqual(expected);
    // Progress is always there, with counts only.
    expect(model.progress.answered).toEqual({ self: 1, manager: 1, peers: 3 });
  });

  it('shows the plan as a draft between visibility.actionPlan and actionPlan.createFrom', () => {
    const input = makeSummaryInput();
    const config = {
      ...input.config,
      visibility: { ...input.config.visibility, actionPlan: 'calibration' as const },
    };
    expect(buildSummary({ ...input, config, stage: 'calibration' }).actionPlan?.draft).toBe(true);
    expect(buildSummary({ ...input, config, stage: 'feedbackDelivery' }).actionPlan?.draft).toBe(false);
  });

  it('says the result is provisional, and what is missing, until the manager rated every required code', () => {
    const input = makeSummaryInput();
    const score = {
      ...input.score,
      awaitingManager: ['SD'],
      peersVisible: false,
      raters: { self: 1, manager: 1, peers: 2 },
    };
    const model = buildSummary({ ...input, score });
    expect(model.provisional).toEqual([
      'the manager has not yet rated System design (SD)',
      '1 more peer response before peer results count',
    ]);
    expect(model.progress.missing).toEqual(['1 more peer response', 'manager ratings for SD']);
    expect(buildSummary(input).provisional).toBeNull();
  });

  it('keeps the overall score null for insufficient data', () => {
    const input = makeSummaryInput();
    const model = buildSummary({
      ...input,
      score: { ...input.score, overall: null, band: 'Insufficient data' },
    });
    expect(model.overall?.score).toBeNull();
    expect(model.overall?.band).toEqual('Insufficient data');
  });
});
