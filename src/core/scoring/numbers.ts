// Arithmetic shared by the scoring steps. Scores are computed in full precision and rounded only where
// they leave the core, so rounding never compounds from one step into the next.

export interface Weighted {
  value: number;
  weight: number;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Weighted mean, re-normalised over the entries given: a missing rater group or unscored code simply
 * drops out and the remaining weights are scaled up to sum to one. Null when nothing carries weight.
 */
export function weightedMean(entries: readonly Weighted[]): number | null {
  const used = entries.filter((entry) => entry.weight > 0);
  const total = used.reduce((sum, entry) => sum + entry.weight, 0);
  if (total <= 0) return null;
  return used.reduce((sum, entry) => sum + entry.value * entry.weight, 0) / total;
}

/**
 * Rounds half away from zero at a fixed number of decimals, as a person would on paper. Binary noise is
 * cut off first (2.9 / 0.8 is 3.6249999999999996 in floating point, and must round to 3.63), and going
 * through the decimal string keeps 1.005 from rounding down; -0.125 rounds like +0.125.
 */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const clean = Number(Math.abs(value).toPrecision(12));
  const shifted = Math.round(Number(`${clean}e${decimals}`));
  const rounded = sign * Number(`${shifted}e-${decimals}`);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Scores, means and gaps leave the core with two decimals: readable, and stable for content hashes. */
export function round2(value: number): number {
  return roundTo(value, 2);
}

export function round2OrNull(value: number | null): number | null {
  return value === null ? null : round2(value);
}
