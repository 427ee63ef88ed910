import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { STAGE_KEYS, type Review } from '../domain.ts';
import type { WorkflowFacts } from './types.ts';
import type { Config } from '../config-schema.ts';
import { advanceReview } from './advance.ts';
import { stageIndex } from './stages.ts';
import { supportedStage } from './supported-stage.ts';
import { makeReview } from '../../../test/support/review-builders.ts';

// Random pages, data, clocks and configs; the state machine's laws must hold for all of them.

const configs: Config[] = [];
for (const timeZone of ['Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Tokyo']) {
  for (const enabled of [true, false]) {
    for (const enforce of [true, false]) {
      configs.push(
        makeConfig({ timeZone, calibration: { enabled }, enforce, nudges: { enabled: true, graceDays: 1 } }),
      );
    }
  }
}

const day = fc.date({
  min: new Date('2026-09-20T00:00:00Z'),
  max: new Date('2027-01-10T00:00:00Z'),
  noInvalidDate: true,
});
const isoDay = day.map((d) => d.toISOString().slice(0, 10));

const reviewArb: fc.Arbitrary<Review> = fc
  .record({
    stage: fc.constantFrom(...STAGE_KEYS),
    calibrated: fc.boolean(),
    delivered: fc.boolean(),
    deliveredOn: fc.option(isoDay, { nil: null }),
    selfDue: fc.option(isoDay, { nil: undefined }),
    feedbackDue: fc.option(isoDay, { nil: undefined }),
  })
  .map(({ selfDue, feedbackDue, ...rest }) =>
    makeReview({
      ...rest,
      dueOverrides: {
        ...(selfDue === undefined ? {} : { selfAssessment: selfDue }),
        ...(feedbackDue === undefined ? {} : { feedback: feedbackDue }),
      },
    }),
  );

const factsArb: fc.Arbitrary<WorkflowFacts> = fc.record({
  selfResponded: fc.boolean(),
  peerResponses: fc.nat({ max: 6 }),
  managerRatedAllRequired: fc.boolean(),
});

const world = fc.record({
  review: reviewArb,
  facts: factsArb,
  now: day,
  config: fc.constantFrom(...configs),
});

describe('advanceReview properties', () => {
  it('advancing twice equals advancing once', () => {
    fc.assert(
      fc.property(world, ({ review, facts, now, config }) => {
        const cycle = config.cycles[0]!;
        const once = advanceReview({ review, cycle, facts, config, now });
        const twice = advanceReview({ review: { ...review, stage: once.to }, cycle, facts, config, now });
        // An enforced move back fixes the violation; an unenforced one is still there next run.
        expect(twice).toEqual({
          ...once,
          from: once.to,
          path: [],
          violation: config.enforce ? null : once.violation,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never moves backwards without enforce, and only ever to the supported stage', () => {
    fc.assert(
      fc.property(world, ({ review, facts, now, config }) => {
        const cycle = config.cycles[0]!;
        const result = advanceReview({ review, cycle, facts, config, now });
        const supported = supportedStage({ review, cycle, facts, config, now });
        expect([review.stage, supported]).toContain(result.to);
        if (!config.enforce) expect(stageIndex(result.to)).toBeGreaterThanOrEqual(stageIndex(review.stage));
        if (result.violation === null) expect(result.to).toEqual(supported);
      }),
      { numRuns: 500 },
    );
  });

  it('lists every stage entered, in order, ending where the page ends', () => {
    fc.assert(
      fc.property(world, ({ review, facts, now, config }) => {
        const result = advanceReview({ review, cycle: config.cycles[0]!, facts, config, now });
        if (result.path.length === 0) {
          expect(result.to).toEqual(result.from);
          return;
        }
        expect(result.path.at(-1)).toEqual(result.to);
        if (!config.calibration.enabled) expect(result.path).not.toContain('calibration');
        if (result.violation === null) {
          const indices = result.path.map(stageIndex);
          expect(indices).toEqual([...indices].sort((a, b) => a - b));
          expect(indices[0]).toBeGreaterThan(stageIndex(result.from));
        }
      }),
      { numRuns: 500 },
    );
  });
});
