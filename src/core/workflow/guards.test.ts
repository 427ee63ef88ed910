import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import type { Review, StageKey } from '../domain.ts';
import type { WorkflowFacts } from './types.ts';
import { checkGuard, type GuardOutcome } from './guards.ts';
import { makeReview } from '../../../test/support/review-builders.ts';
import { makeFacts } from '../../../test/support/workflow-builders.ts';

// Base config: Berlin, opens 2026-10-01, self due 10-15, feedback due 10-31, minPeerResponses 3.
const config = makeConfig();
const noCalibration = makeConfig({ calibration: { enabled: false } });
const cycle = config.cycles[0]!;

const BEFORE_OPEN = '2026-09-30T21:59:59.999Z';
const OPENED = '2026-09-30T22:00:00.000Z';
const SELF_DUE_LAST_MS = '2026-10-15T21:59:59.999Z';
const AFTER_SELF_DUE = '2026-10-15T22:00:00.000Z';
const FEEDBACK_DUE_LAST_MS = '2026-10-31T22:59:59.999Z'; // Berlin is back on +01:00 by then
const AFTER_FEEDBACK_DUE = '2026-10-31T23:00:00.000Z';

const pass = (note: string | null = null): GuardOutcome => ({ passes: true, note });
const hold = (missing: string): GuardOutcome => ({ passes: false, missing });

interface Row {
  stage: StageKey;
  now: string;
  facts?: Partial<WorkflowFacts>;
  review?: Partial<Review>;
  calibration?: boolean;
  expected: GuardOutcome;
}

const rows: [string, Row][] = [
  [
    'notStarted holds before the cycle opens',
    {
      stage: 'notStarted',
      now: BEFORE_OPEN,
      expected: hold('the cycle has not opened yet (opens 2026-10-01)'),
    },
  ],
  ['notStarted passes at local midnight of opens', { stage: 'notStarted', now: OPENED, expected: pass() }],
  [
    'selfAssessment passes once self responded',
    { stage: 'selfAssessment', now: OPENED, facts: { selfResponded: true }, expected: pass() },
  ],
  [
    'selfAssessment holds on its due day',
    { stage: 'selfAssessment', now: SELF_DUE_LAST_MS, expected: hold('self-assessment missing') },
  ],
  [
    'selfAssessment passes after due, noting it',
    { stage: 'selfAssessment', now: AFTER_SELF_DUE, expected: pass('self-assessment missing') },
  ],
  [
    'selfAssessment uses the page override',
    {
      stage: 'selfAssessment',
      now: AFTER_SELF_DUE,
      review: { dueOverrides: { selfAssessment: '2026-10-16' } },
      expected: hold('self-assessment missing'),
    },
  ],
  [
    'feedback passes at minPeerResponses',
    { stage: 'feedback', now: OPENED, facts: { peerResponses: 3 }, expected: pass() },
  ],
  [
    'feedback holds below minPeerResponses',
    {
      stage: 'feedback',
      now: FEEDBACK_DUE_LAST_MS,
      facts: { peerResponses: 2 },
      expected: hold('only 2 peer responses of 3 needed'),
    },
  ],
  [
    'feedback holds with one response',
    {
      stage: 'feedback',
      now: OPENED,
      facts: { peerResponses: 1 },
      expected: hold('only 1 peer response of 3 needed'),
    },
  ],
  [
    'feedback passes after due with few responses',
    {
      stage: 'feedback',
      now: AFTER_FEEDBACK_DUE,
      facts: { peerResponses: 2 },
      expected: pass('only 2 peer responses by the feedback due date (3 wanted)'),
    },
  ],
  [
    'feedback passes after due with one response',
    {
      stage: 'feedback',
      now: AFTER_FEEDBACK_DUE,
      facts: { peerResponses: 1 },
      expected: pass('only 1 peer response by the feedback due date (3 wanted)'),
    },
  ],
  [
    'feedback passes after due with none',
    {
      stage: 'feedback',
      now: AFTER_FEEDBACK_DUE,
      expected: pass('no peer responses by the feedback due date (3 wanted)'),
    },
  ],
  [
    'managerEvaluation holds without ratings',
    { stage: 'managerEvaluation', now: OPENED, expected: hold('manager ratings missing') },
  ],
  [
    'managerEvaluation passes with ratings',
    { stage: 'managerEvaluation', now: OPENED, facts: { managerRatedAllRequired: true }, expected: pass() },
  ],
  [
    'managerEvaluation ignores its due date',
    { stage: 'managerEvaluation', now: '2027-01-01T00:00:00Z', expected: hold('manager ratings missing') },
  ],
  [
    'calibration holds until ticked',
    { stage: 'calibration', now: OPENED, expected: hold('"Calibrated" is not ticked') },
  ],
  [
    'calibration passes when ticked',
    { stage: 'calibration', now: OPENED, review: { calibrated: true }, expected: pass() },
  ],
  [
    'calibration passes when switched off',
    { stage: 'calibration', now: OPENED, calibration: false, expected: pass() },
  ],
  [
    'feedbackDelivery holds until delivered',
    {
      stage: 'feedbackDelivery',
      now: OPENED,
      expected: hold('neither "Delivered" nor "Delivered on" is set'),
    },
  ],
  [
    'feedbackDelivery passes on Delivered',
    { stage: 'feedbackDelivery', now: OPENED, review: { delivered: true }, expected: pass() },
  ],
  [
    'feedbackDelivery passes on Delivered on',
    { stage: 'feedbackDelivery', now: OPENED, review: { deliveredOn: '2026-12-01' }, expected: pass() },
  ],
  [
    'completed never passes',
    {
      stage: 'completed',
      now: OPENED,
      facts: { selfResponded: true },
      expected: hold('the review is complete'),
    },
  ],
];

describe('checkGuard', () => {
  it.each(rows)('%s', (_name, row) => {
    const outcome = checkGuard(row.stage, {
      review: makeReview(row.review),
      cycle,
      facts: makeFacts(row.facts),
      config: row.calibration === false ? noCalibration : config,
      now: new Date(row.now),
    });
    expect(outcome).toEqual(row.expected);
  });

  it('names the renamed checkbox property in the hold message', () => {
    const renamed = makeConfig({
      notion: { reviews: { database: 'db', properties: { calibrated: 'Calibrated?' } } },
    });
    const ctx = { review: makeReview(), cycle, facts: makeFacts(), config: renamed, now: new Date(OPENED) };
    expect(checkGuard('calibration', ctx)).toEqual(hold('"Calibrated?" is not ticked'));
  });
});
