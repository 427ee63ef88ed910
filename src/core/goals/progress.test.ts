import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalProgress } from './progress.ts';

describe('goalProgress', () => {
  it.each([
    ['higher is better, halfway', 0, 100, 50, 0.5],
    ['higher is better, at baseline', 0, 100, 0, 0],
    ['higher is better, at target', 0, 100, 100, 1],
    ['higher is better, overshoot clamps to 1', 0, 100, 140, 1],
    ['higher is better, wrong way clamps to 0', 10, 100, 5, 0],
    ['lower is better: p95 400 → 250 at 325 ms', 400, 250, 325, 0.5],
    ['lower is better: at baseline is plain 0', 400, 250, 400, 0],
    ['lower is better: target reached', 400, 250, 250, 1],
    ['lower is better: beyond target clamps to 1', 400, 250, 200, 1],
    ['lower is better: got worse clamps to 0', 400, 250, 450, 0],
    ['negative numbers', -10, 10, 0, 0.5],
  ])('%s', (_name, baseline, target, current, expected) => {
    expect(goalProgress({ baseline, target, current })).toEqual(expected);
  });

  it('returns plain 0, not -0, at the baseline of a falling metric', () => {
    expect(Object.is(goalProgress({ baseline: 400, target: 250, current: 400 }), 0)).toBe(true);
  });

  it.each([
    ['baseline missing', null, 100, 50],
    ['target missing', 0, null, 50],
    ['current missing', 0, 100, null],
    ['target equals baseline', 100, 100, 100],
    ['not a number', 0, 100, Number.NaN],
    ['infinite', 0, Number.POSITIVE_INFINITY, 50],
  ])('null when %s', (_name, baseline, target, current) => {
    expect(goalProgress({ baseline, target, current })).toBeNull();
  });

  it('stays in 0..1 when the differences overflow a double', () => {
    // Found by the property below: both differences overflow to -Infinity and their ratio is NaN.
    expect(
      goalProgress({
        baseline: 2.2952163559649278e293,
        target: -1.7976931348623135e308,
        current: -1.7976931348623135e308,
      }),
    ).toBe(1);
  });

  it('always lies in 0..1 or is null', () => {
    const num = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(num, num, num, (baseline, target, current) => {
        const progress = goalProgress({ baseline, target, current });
        if (progress !== null) {
          expect(progress).toBeGreaterThanOrEqual(0);
          expect(progress).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is the same whichever way the metric points, when mirrored', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, (baseline, target, current) => {
        fc.pre(baseline !== target);
        const up = goalProgress({ baseline, target, current });
        const down = goalProgress({ baseline: -baseline, target: -target, current: -current });
        expect(down).toBeCloseTo(up ?? Number.NaN, 9);
      }),
    );
  });
});
