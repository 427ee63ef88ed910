// Pages a person moved too far, and overdue stages after advancing.
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { Review, StageKey } from '../domain.ts';
import type { WorkflowFacts, WorkflowResult } from './types.ts';
import { advanceReview } from './advance.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { DONE_FACTS, makeFacts } from '../../../test/support/workflow-builders.ts';

// Base config: Berlin; opens 10-01; due self 10-15, feedback 10-31, manager 11-15, calibration 11-30,
// delivery 12-15; minPeerResponses 3; calibration on; enforce off; graceDays 0.
const config = makeConfig();
const cycle = config.cycles[0]!;
const enforcing = makeConfig({ enforce: true });

const DURING_SELF = new Date('2026-10-10T10:00:00Z');

function run(review: Review, facts: WorkflowFacts, now = DURING_SELF, cfg = config): WorkflowResult {
  return advanceReview({ review, cycle, facts, config: cfg, now });
}

describe('advanceReview: pages moved too far by hand', () => {
  const cases: [string, StageKey, Partial<Review>, Partial<WorkflowFacts>, StageKey, string][] = [
    [
      'Completed without manager ratings',
      'completed',
      {},
      { selfResponded: true, peerResponses: 3 },
      'managerEvaluation',
      'manager ratings missing',
    ],
    [
      'Completed without calibration',
      'completed',
      {},
      DONE_FACTS,
      'calibration',
      '"Calibrated" is not ticked',
    ],
    [
      'Completed without delivery',
      'completed',
      { calibrated: true },
      DONE_FACTS,
      'feedbackDelivery',
      'neither "Delivered" nor "Delivered on" is set',
    ],
    [
      'Manager evaluation without a self-assessment',
      'managerEvaluation',
      {},
      {},
      'selfAssessment',
      'self-assessment missing',
    ],
    [
      '360 feedback without a self-assessment',
      'feedback',
      {},
      {},
      'selfAssessment',
      'self-assessment missing',
    ],
  ];

  it.each(cases)('%s: reported, not moved', (_name, stage, review, facts, supported, missing) => {
    const result = run(makeReview({ stage, ...review }), makeFacts(facts));
    const label = {
      completed: 'Completed',
      managerEvaluation: 'Manager evaluation',
      feedback: '360 feedback',
    }[stage as string];
    expect(result.to).toEqual(stage);
    expect(result.path).toEqual([]);
    expect(result.violation?.stage).toEqual(stage);
    expect(result.violation?.supported).toEqual(supported);
    expect(result.violation?.message).toContain(`Stage is ${label} but ${missing}`);
  });

  it.each(cases)('%s: moved back with enforce', (_name, stage, review, facts, supported) => {
    const result = run(makeReview({ stage, ...review }), makeFacts(facts), DURING_SELF, enforcing);
    expect(result).toMatchObject({ from: stage, to: supported, path: [supported] });
    expect(result.violation?.supported).toEqual(supported);
  });

  it('writes the whole message', () => {
    const facts = makeFacts({ selfResponded: true, peerResponses: 3 });
    expect(run(makeReview({ stage: 'completed' }), facts).violation).toEqual({
      stage: 'completed',
      supported: 'managerEvaluation',
      message: 'Stage is Completed but manager ratings missing; the data supports Manager evaluation',
    });
    expect(run(makeReview({ stage: 'completed' }), facts, DURING_SELF, enforcing).violation?.message).toEqual(
      'Stage is Completed but manager ratings missing; moved back to Manager evaluation',
    );
  });

  it('uses the stage names from config', () => {
    const renamed = makeConfig({ stages: { completed: 'Done', managerEvaluation: 'Manager review' } });
    const facts = makeFacts({ selfResponded: true, peerResponses: 3 });
    expect(run(makeReview({ stage: 'completed' }), facts, DURING_SELF, renamed).violation?.message).toEqual(
      'Stage is Done but manager ratings missing; the data supports Manager review',
    );
  });

  it('does not call a page moved back by hand a violation, and moves it forward again', () => {
    const result = run(
      makeReview({ stage: 'selfAssessment' }),
      DONE_FACTS,
      DURING_SELF,
      makeConfig({ calibration: { enabled: false } }),
    );
    expect(result.violation).toBeNull();
    expect(result.path).toEqual(['feedback', 'managerEvaluation', 'feedbackDelivery']);
  });
});

describe('advanceReview: overdue', () => {
  it.each([
    // Each row holds the page in one stage after its due day (Berlin) has ended.
    [
      'manager owes the evaluation',
      'managerEvaluation',
      {},
      { selfResponded: true, peerResponses: 3 },
      '2026-11-15T23:00:00Z',
      { stage: 'managerEvaluation', due: '2026-11-15', owedBy: 'manager' },
    ],
    [
      'manager owes calibration',
      'calibration',
      {},
      DONE_FACTS,
      '2026-11-30T23:00:00Z',
      { stage: 'calibration', due: '2026-11-30', owedBy: 'manager' },
    ],
    [
      'manager owes delivery',
      'feedbackDelivery',
      { calibrated: true },
      DONE_FACTS,
      '2026-12-15T23:00:00Z',
      { stage: 'feedbackDelivery', due: '2026-12-15', owedBy: 'manager' },
    ],
    [
      'not yet on the due day itself',
      'managerEvaluation',
      {},
      { selfResponded: true, peerResponses: 3 },
      '2026-11-15T22:59:59.999Z',
      null,
    ],
    [
      'page override moves the deadline',
      'managerEvaluation',
      { dueOverrides: { managerEvaluation: '2026-11-20' } },
      { selfResponded: true, peerResponses: 3 },
      '2026-11-16T12:00:00Z',
      null,
    ],
    [
      'never once completed',
      'feedbackDelivery',
      { calibrated: true, delivered: true },
      DONE_FACTS,
      '2027-06-01T00:00:00Z',
      null,
    ],
    ['never before the cycle opens', 'notStarted', {}, {}, '2026-09-01T00:00:00Z', null],
  ] as const)('%s', (_name, stage, review, facts, now, expected) => {
    const result = run(makeReview({ stage, ...review }), makeFacts(facts), new Date(now));
    expect(result.overdue).toEqual(expected);
  });

  it('waits out the grace days', () => {
    const grace = makeConfig({ nudges: { enabled: true, graceDays: 2 } });
    const facts = makeFacts({ selfResponded: true, peerResponses: 3 });
    const review = makeReview({ stage: 'managerEvaluation' });
    expect(run(review, facts, new Date('2026-11-17T22:59:59Z'), grace).overdue).toBeNull();
    expect(run(review, facts, new Date('2026-11-17T23:00:00Z'), grace).overdue?.owedBy).toEqual('manager');
  });

  it('reports the stage the page ends in after a violation is enforced', () => {
    const facts = makeFacts({ selfResponded: true, peerResponses: 3 });
    const result = run(
      makeReview({ stage: 'completed' }),
      facts,
      new Date('2026-12-01T00:00:00Z'),
      enforcing,
    );
    expect(result.overdue).toEqual({ stage: 'managerEvaluation', due: '2026-11-15', owedBy: 'manager' });
  });
});
