// The one rounding of the core. Scores, means, gaps and goal progress all leave the core through it, so
// a value compared with what a page holds, hashed into a summary or shown in a report is rounded the
// same way everywhere, and float noise never reads as a change.

/** -0 prints like 0 but is another value to anyone comparing with Object.is, and to content hashes. */
export function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

// Above this, a double has no digits after the second decimal left to round.
const NO_FRACTION_LEFT = 2 ** 52 / 100;

// Powers of ten a double holds exactly, so scaling by one and dividing back are single correct roundings.
const EXACT_POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// Cutting to 12 significant digits moves a value by at most 5e-12 of itself, and the string shift by
// far less. A scaled value further than this share of itself from a half lands in the same whole
// number either way, so only values this close to a half need the exact decimal route.
const NEAR_HALF = 1e-10;
// Closer than this share to a half (a mean of 8 ratings is often exactly one), the 12-digit cut lands
// on the half itself, which rounds up; the cut's grid is at least 5e-13 of a value, so this is safe.
const ON_HALF = 1e-13;
// Below this, a half at the last decimal has at most 12 significant digits, so it survives the cut.
const FEW_DIGITS = 1e10;

/** Shifts the decimal point by `places` through the exponent, which never mangles the digits. */
function shift(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

// The exact route: binary noise cut to 12 significant digits, and a decimal shift through the exponent.
function roundExactly(magnitude: number, decimals: number): number {
  const clean = Number(magnitude.toPrecision(12));
  return shift(Math.round(shift(clean, decimals)), -decimals);
}

/**
 * Rounds half away from zero at a fixed number of decimals, as a person would on paper. Binary noise is
 * cut off first (2.9 / 0.8 is 3.6249999999999996 in floating point, and must round to 3.63), and the
 * shift goes through the decimal exponent so 1.005 does not round down and 4e-16 stays a number;
 * -0.125 rounds like +0.125, and anything that rounds to zero is +0.
 *
 * The string route is costly and runs for every score, so it is kept for values within a hair of a
 * half: elsewhere both routes give the same whole number, and on a half both round it up. Dividing that
 * whole number by an exact power of ten is what the decimal shift back gives too.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return 0;
  const magnitude = Math.abs(value);
  if (magnitude >= NO_FRACTION_LEFT) return noNegativeZero(value);
  const power = EXACT_POWERS[decimals];
  let rounded: number;
  if (power === undefined) {
    rounded = roundExactly(magnitude, decimals);
  } else {
    const scaled = magnitude * power;
    const whole = Math.floor(scaled);
    const fromHalf = Math.abs(scaled - whole - 0.5);
    if (fromHalf > scaled * NEAR_HALF) rounded = Math.round(scaled) / power;
    else if (fromHalf <= scaled * ON_HALF && scaled < FEW_DIGITS) rounded = (whole + 1) / power;
    else rounded = roundExactly(magnitude, decimals);
  }
  return noNegativeZero(value < 0 ? -rounded : rounded);
}

/** Scores, means and gaps leave the core with two decimals: readable, and stable for content hashes. */
export function round2(value: number): number {
  return roundTo(value, 2);
}

export function round2OrNull(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : round2(value);
}
