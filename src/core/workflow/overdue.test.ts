import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { STAGE_KEYS } from '../domain.ts';
import { overdueFor } from './overdue.ts';
import { makeReview } from '../../../test/support/review-builders.ts';

// overdueFor answers for any stage, so it also covers the stages the state machine itself leaves on
// their due date (self-assessment, 360 feedback): a caller can still ask who owes that work.
const config = makeConfig();
const cycle = config.cycles[0]!;
const LATE = new Date('2027-02-01T00:00:00Z');

describe('overdueFor', () => {
  it.each([
    ['notStarted', null],
    ['selfAssessment', { stage: 'selfAssessment', due: '2026-10-15', owedBy: 'reviewee' }],
    ['feedback', { stage: 'feedback', due: '2026-10-31', owedBy: 'reviewers' }],
    ['managerEvaluation', { stage: 'managerEvaluation', due: '2026-11-15', owedBy: 'manager' }],
    ['calibration', { stage: 'calibration', due: '2026-11-30', owedBy: 'manager' }],
    ['feedbackDelivery', { stage: 'feedbackDelivery', due: '2026-12-15', owedBy: 'manager' }],
    ['completed', null],
  ] as const)('%s when long past due', (stage, expected) => {
    expect(overdueFor(makeReview({ stage }), cycle, stage, config, LATE)).toEqual(expected);
  });

  it('is never late for a stage without a due date', () => {
    const bare = { ...cycle, due: {} };
    for (const stage of STAGE_KEYS) {
      expect(overdueFor(makeReview({ stage }), bare, stage, config, LATE)).toBeNull();
    }
  });
});
