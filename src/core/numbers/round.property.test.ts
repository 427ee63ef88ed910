import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round2, roundTo } from './round.ts';

// The rounding every stored summary hash was built with: 12 significant digits, then a decimal shift
// through the exponent both ways. Kept here verbatim so the faster roundTo is held to it bit for bit.
function shift(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function referenceRoundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return 0;
  const magnitude = Math.abs(value);
  if (magnitude >= 2 ** 52 / 100) return value === 0 ? 0 : value;
  const clean = Number(magnitude.toPrecision(12));
  const rounded = shift(Math.round(shift(clean, decimals)), -decimals);
  const signed = value < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed;
}

/** The double `steps` units in the last place away from `value` (towards +∞ for positive steps). */
function ulpsAway(value: number, steps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigInt64(0) + BigInt(value < 0 ? -steps : steps);
  view.setBigInt64(0, bits);
  return view.getFloat64(0);
}

const decimals = fc.oneof(fc.constantFrom(2, 4), fc.integer({ min: 0, max: 16 }));

// Exact halves at some decimal place, and their neighbours a few units in the last place away: the
// values where the binary route and the decimal route could part.
const halves = fc
  .tuple(fc.integer({ min: 0, max: 1e9 }), decimals, fc.integer({ min: -8, max: 8 }), fc.boolean())
  .map(([k, places, steps, negative]) => {
    const half = Number(`${k}.5e-${places}`);
    const value = steps === 0 ? half : ulpsAway(half, steps);
    return { value: negative ? -value : value, places };
  });

// Halves moved by a relative amount around the 12-digit cut (5e-12) and the binary route's margin (1e-10).
const offHalves = fc
  .tuple(
    fc.integer({ min: 0, max: 1e7 }),
    decimals,
    fc.constantFrom(
      1e-14,
      9e-14,
      1e-13,
      1.1e-13,
      5e-13,
      4e-12,
      5e-12,
      6e-12,
      1e-11,
      9e-11,
      1e-10,
      1.1e-10,
      1e-9,
    ),
    fc.integer({ min: -20, max: 20 }),
  )
  .map(([k, places, share, times]) => ({
    value: Number(`${k}.5e-${places}`) * (1 + share * times),
    places,
  }));

// What scoring really rounds: means and weighted means of whole ratings, and their differences.
const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 });
const means = fc
  .tuple(ratings, ratings, fc.constantFrom(0.5, 0.3, 0.2, 0.1, 0.25, 1 / 3), decimals)
  .map(([a, b, weight, places]) => {
    const meanA = a.reduce((sum, x) => sum + x, 0) / a.length;
    const meanB = b.reduce((sum, x) => sum + x, 0) / b.length;
    const value = meanA * weight + meanB * (1 - weight) - (weight > 0.3 ? meanB : 0);
    return { value, places };
  });

const anyDouble = fc
  .tuple(fc.double({ noNaN: true }), decimals)
  .map(([value, places]) => ({ value, places }));

const cases = fc.oneof(anyDouble, halves, offHalves, means);

describe('roundTo gives what the decimal string route gives, bit for bit', () => {
  it('for any double, exact halves and their neighbours, and means of ratings', () => {
    fc.assert(
      fc.property(cases, ({ value, places }) => {
        expect(Object.is(roundTo(value, places), referenceRoundTo(value, places))).toBe(true);
      }),
      { numRuns: 30_000 },
    );
  });

  it('round2 is roundTo at two decimals', () => {
    fc.assert(
      fc.property(cases, ({ value }) => {
        expect(Object.is(round2(value), referenceRoundTo(value, 2))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    [1.005, 2, 1.01],
    [2.9 / 0.8, 2, 3.63],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [4e-16, 2, 0],
    [-0.004, 2, 0],
    [2 / 3, 4, 0.6667],
    [1.23456, 2.5, referenceRoundTo(1.23456, 2.5)],
    [1.5, -1, referenceRoundTo(1.5, -1)],
  ])('roundTo(%d, %d) is %d', (value, places, expected) => {
    expect(Object.is(roundTo(value, places), expected)).toBe(true);
  });
});
