import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { Review } from '../domain.ts';
import type { WorkflowFacts, WorkflowResult } from './types.ts';
import { advanceReview } from './advance.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { DONE_FACTS, makeDoneReview, makeFacts } from '../../../test/support/workflow-builders.ts';

// Base config: Berlin; opens 10-01; due self 10-15, feedback 10-31, manager 11-15, calibration 11-30,
// delivery 12-15; minPeerResponses 3; calibration on; enforce off; graceDays 0.
const config = makeConfig();
const cycle = config.cycles[0]!;
const noCalibration = makeConfig({ calibration: { enabled: false } });

const DURING_SELF = new Date('2026-10-10T10:00:00Z');
const AFTER_FEEDBACK_DUE = new Date('2026-11-05T10:00:00Z');

function run(review: Review, facts: WorkflowFacts, now = DURING_SELF, cfg = config): WorkflowResult {
  return advanceReview({ review, cycle, facts, config: cfg, now });
}

describe('advanceReview: one step per guard', () => {
  it.each([
    ['cycle opens', 'notStarted', {}, {}, 'selfAssessment'],
    ['self responded', 'selfAssessment', { selfResponded: true }, {}, 'feedback'],
    ['enough peers', 'feedback', { selfResponded: true, peerResponses: 3 }, {}, 'managerEvaluation'],
    ['manager rated', 'managerEvaluation', { ...DONE_FACTS }, {}, 'calibration'],
    ['calibrated', 'calibration', { ...DONE_FACTS }, { calibrated: true }, 'feedbackDelivery'],
    ['delivered', 'feedbackDelivery', { ...DONE_FACTS }, { calibrated: true, delivered: true }, 'completed'],
    [
      'delivered on',
      'feedbackDelivery',
      { ...DONE_FACTS },
      { calibrated: true, deliveredOn: '2026-10-09' },
      'completed',
    ],
  ] as const)('%s: %s → %s', (_name, stage, facts, review, expected) => {
    const result = run(makeReview({ stage, ...review }), makeFacts(facts));
    expect(result).toEqual({
      from: stage,
      to: expected,
      path: [expected],
      notes: [],
      violation: null,
      overdue: null,
    });
  });

  it.each([
    ['before the cycle opens', 'notStarted', {}, '2026-09-30T21:59:59Z'],
    ['waiting for the self-assessment', 'selfAssessment', {}, '2026-10-15T21:59:59Z'],
    ['waiting for peers', 'feedback', { selfResponded: true, peerResponses: 2 }, '2026-10-31T22:59:59Z'],
    [
      'waiting for the manager',
      'managerEvaluation',
      { selfResponded: true, peerResponses: 3 },
      '2026-11-10T00:00:00Z',
    ],
    ['waiting for calibration', 'calibration', { ...DONE_FACTS }, '2026-11-10T00:00:00Z'],
  ] as const)('stays put %s', (_name, stage, facts, now) => {
    const result = run(makeReview({ stage }), makeFacts(facts), new Date(now));
    expect(result.to).toEqual(stage);
    expect(result.path).toEqual([]);
  });
});

describe('advanceReview: several steps in one run', () => {
  it('moves a fresh page all the way when every guard holds', () => {
    const result = run(makeDoneReview(), DONE_FACTS);
    expect(result.path).toEqual([
      'selfAssessment',
      'feedback',
      'managerEvaluation',
      'calibration',
      'feedbackDelivery',
      'completed',
    ]);
    expect(result.to).toEqual('completed');
  });

  it('skips calibration when it is switched off', () => {
    const result = run(
      makeReview({ stage: 'managerEvaluation', delivered: true }),
      DONE_FACTS,
      DURING_SELF,
      noCalibration,
    );
    expect(result.path).toEqual(['feedbackDelivery', 'completed']);
  });

  it('moves a page sitting in calibration on when calibration is off', () => {
    const result = run(makeReview({ stage: 'calibration' }), DONE_FACTS, DURING_SELF, noCalibration);
    expect(result).toMatchObject({ from: 'calibration', to: 'feedbackDelivery', path: ['feedbackDelivery'] });
    expect(result.violation).toBeNull();
  });

  it('passes due dates with notes, in stage order', () => {
    const result = run(makeReview(), makeFacts({ peerResponses: 1 }), AFTER_FEEDBACK_DUE);
    expect(result).toEqual({
      from: 'notStarted',
      to: 'managerEvaluation',
      path: ['selfAssessment', 'feedback', 'managerEvaluation'],
      notes: ['self-assessment missing', 'only 1 peer response by the feedback due date (3 wanted)'],
      violation: null,
      overdue: null,
    });
  });

  it('keeps the notes on later runs, because they describe the data', () => {
    const result = run(
      makeReview({ stage: 'managerEvaluation' }),
      makeFacts({ peerResponses: 3 }),
      AFTER_FEEDBACK_DUE,
    );
    expect(result.path).toEqual([]);
    expect(result.notes).toEqual(['self-assessment missing']);
  });
});
