// A complete summary input for the summary tests: a visible peer group, a blind spot, goals and a plan.
import { makeConfig } from './config-builders.ts';
import { buildActionPlan } from '../../src/core/action-plan/build-action-plan.ts';
import { JANE_REVIEW, makeReview } from './review-builders.ts';
import { JANE_PEER, makeValidResponse } from './response-builders.ts';
import { makeCodeScore, makeScore } from './score-builders.ts';
import type { SummaryInput } from '../../src/core/summary/build-summary.ts';
import type { SummaryModel } from '../../src/core/summary/types.ts';

export function makeSummaryInput(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const config = makeConfig();
  const review = makeReview(JANE_REVIEW);
  const score = makeScore(
    {},
    {
      codes: [
        makeCodeScore('CQ', 4.5, { self: 4, manager: 4.5, peers: 4.666666666666667, peerCount: 3 }),
        makeCodeScore('SD', 2.4, {
          self: 4,
          manager: 2,
          peers: 2.3333333333333335,
          gap: 1.8,
          gapKind: 'blind-spot',
        }),
        makeCodeScore('COL', null, { self: null, manager: null, peers: null, peerCount: 0, gap: null }),
      ],
      overall: 3.8,
      band: 'Exceeds expectations',
      raters: { self: 1, manager: 1, peers: 3 },
    },
  );
  const responses = [
    makeValidResponse({
      ...JANE_PEER,
      ref: 'row 2',
      respondentKey: 'p1',
      comments: { overall: 'Unblocks everyone', SD: 'Sketch first' },
    }),
    makeValidResponse({
      ...JANE_PEER,
      ref: 'row 3',
      respondentKey: 'p2',
      respondentEmail: 'sam.lee@example.com',
      comments: { CQ: 'Tests!' },
    }),
    makeValidResponse({
      ...JANE_PEER,
      ref: 'row 4',
      role: 'manager',
      respondentKey: 'm',
      comments: { overall: '=Solid half year' },
    }),
    makeValidResponse({
      ...JANE_PEER,
      ref: 'row 5',
      role: 'self',
      respondentKey: 's',
      comments: { overall: 'I did my best' },
    }),
  ];
  const actionPlan = buildActionPlan({ review, score, config, startsOn: new Date('2026-12-01T10:00:00Z') });
  const goals = [
    { title: 'Ship the outbox', progress: 0.45, status: 'On track' as const, due: '2026-12-31' },
  ];
  const cycle = config.cycles[0];
  if (!cycle) throw new Error('the fixture config has no cycle');
  return { review, cycle, stage: review.stage, score, responses, goals, actionPlan, config, ...overrides };
}

/**
 * A summary model at Feedback delivery with every section empty, for the adapter tests that render one
 * part of it (charts, to-dos): the overrides are the part under test.
 */
export function makeSummaryModel(overrides: Partial<SummaryModel> = {}): SummaryModel {
  return {
    reviewee: 'Ada Lovelace',
    cycle: '2026-H2',
    progress: {
      stage: 'Feedback delivery',
      answered: { self: 1, manager: 1, peers: 4 },
      peersNeeded: 3,
      missing: [],
      due: [],
    },
    provisional: null,
    overall: null,
    rows: null,
    strengths: null,
    growthAreas: null,
    blindSpots: null,
    highlights: null,
    goals: null,
    actionPlan: null,
    ...overrides,
  };
}
