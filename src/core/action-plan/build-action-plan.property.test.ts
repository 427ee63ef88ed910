import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { buildActionPlan } from './build-action-plan.ts';
import type { CodeClass } from './classify.ts';
import { JANE_REVIEW, makeReview } from '../../../test/support/review-builders.ts';
import { makeScore } from '../../../test/support/score-builders.ts';

// No cap here: which entries a cut keeps depends on the scores, which these properties vary.
const base = makeConfig();
const config = { ...base, actionPlan: { ...base.actionPlan, maxItems: 100 } };
const CODES = ['CQ', 'SD', 'COL'] as const;

// Two scores drawn from one classification (fixture bounds: growth < 3 <= neutral < 4.2 <= strength).
function scoreIn(codeClass: CodeClass): fc.Arbitrary<number | null> {
  switch (codeClass) {
    case 'unscored':
      return fc.constant(null);
    case 'growth':
      return fc.double({ min: 1, max: 3, maxExcluded: true, noNaN: true });
    case 'neutral':
      return fc.double({ min: 3, max: 4.2, maxExcluded: true, noNaN: true });
    case 'strength':
      return fc.double({ min: 4.2, max: 5, noNaN: true });
  }
}

const classArb = fc.constantFrom<CodeClass>('growth', 'neutral', 'strength', 'unscored');
const startArb = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const overallArb = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null });

/** Two score tables with the same classification per code, and the classifications. */
const pairArb = fc
  .tuple(classArb, classArb, classArb)
  .chain((classes) => fc.tuple(fc.tuple(...classes.map(scoreIn)), fc.tuple(...classes.map(scoreIn))))
  .map(([a, b]) => [toScores(a), toScores(b)] as const);

function toScores(values: (number | null)[]): Record<string, number | null> {
  return Object.fromEntries(CODES.map((code, index) => [code, values[index] ?? null]));
}

describe('buildActionPlan properties', () => {
  it('keys are stable across start days and across scores with the same classification', () => {
    fc.assert(
      fc.property(
        pairArb,
        startArb,
        startArb,
        overallArb,
        overallArb,
        ([first, second], startA, startB, overallA, overallB) => {
          const review = makeReview({ ...JANE_REVIEW });
          const a = buildActionPlan({
            review,
            score: makeScore(first, { overall: overallA }),
            config,
            startsOn: startA,
          });
          const b = buildActionPlan({
            review,
            score: makeScore(second, { overall: overallB }),
            config,
            startsOn: startB,
          });
          expect(b.map((entry) => entry.key)).toEqual(a.map((entry) => entry.key));
        },
      ),
    );
  });

  it('keys are unique within a plan, whatever the catalog ids', () => {
    const idArb = fc.constantFrom('a', 'b', 'c', 'd');
    const catalogArb = fc.array(
      fc.record({
        id: idArb,
        code: fc.constantFrom(...CODES),
        kind: fc.constantFrom('training', 'mentorship', 'project', 'recognition', 'mentor-others' as const),
        title: fc.constant('t'),
        dueInDays: fc.integer({ min: 1, max: 400 }),
      }),
      { maxLength: 12 },
    );
    const templatesArb = fc.array(
      fc.record({
        id: idArb,
        code: fc.constantFrom(...CODES),
        title: fc.constant('g'),
        metric: fc.constant('m'),
        baseline: fc.constant(1),
        target: fc.constant(2),
        dueInDays: fc.integer({ min: 1, max: 400 }),
      }),
      { maxLength: 4 },
    );
    const scoresArb = fc
      .tuple(classArb, classArb, classArb)
      .chain((classes) => fc.tuple(...classes.map(scoreIn)));
    fc.assert(
      fc.property(
        catalogArb,
        templatesArb,
        scoresArb,
        startArb,
        (catalog, goalTemplates, scores, startsOn) => {
          const custom = { ...config, actionPlan: { ...config.actionPlan, catalog, goalTemplates } };
          const keys = buildActionPlan({
            review: makeReview({ ...JANE_REVIEW }),
            score: makeScore(toScores(scores)),
            config: custom,
            startsOn,
          }).map((entry) => entry.key);
          expect(new Set(keys).size).toEqual(keys.length);
        },
      ),
    );
  });

  it('changes the key when the review or cycle changes', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), fc.string({ minLength: 1 }), (pageA, pageB, cycle) => {
        fc.pre(pageA !== pageB);
        const score = makeScore({ CQ: 1 });
        const startsOn = new Date('2026-12-01T00:00:00Z');
        const a = buildActionPlan({
          review: makeReview({ ...JANE_REVIEW, pageId: pageA, cycle }),
          score,
          config,
          startsOn,
        });
        const b = buildActionPlan({
          review: makeReview({ ...JANE_REVIEW, pageId: pageB, cycle }),
          score,
          config,
          startsOn,
        });
        const c = buildActionPlan({
          review: makeReview({ ...JANE_REVIEW, pageId: pageA, cycle: `${cycle}x` }),
          score,
          config,
          startsOn,
        });
        const keys = [...a, ...b, ...c].map((entry) => entry.key);
        expect(new Set(keys).size).toEqual(keys.length);
      }),
    );
  });
});
