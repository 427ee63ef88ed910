// Arithmetic shared by the scoring steps. Scores are computed in full precision and rounded only where
// they leave the core, so rounding never compounds from one step into the next. Every function here
// returns a finite number or null for finite input: never NaN, never an infinity, never -0. Rounding
// lives in ../numbers/round.ts, shared with every other part of the core that rounds.

import { noNegativeZero } from '../numbers/round.ts';

export interface Weighted {
  value: number;
  weight: number;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * Arithmetic mean. When every value is the same the mean is that value exactly, so three ratings of
 * 2.9999999999999996 give it back rather than a neighbour. A sum that would overflow is taken in
 * shares instead, and the result never leaves the range of the values, as a mean cannot.
 * Plain loops, in the order the values come: this runs for every code of every review. `count` takes
 * only the first values, so a buffer reused from code to code needs no copy.
 */
export function mean(values: readonly number[], count = values.length): number | null {
  let n = 0;
  let first = 0;
  let same = true;
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) continue;
    if (n === 0) first = value;
    else if (value !== first) same = false;
    n += 1;
    sum += value;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (n === 0) return null;
  if (same) return noNegativeZero(first);
  sum /= n;
  if (!Number.isFinite(sum)) {
    sum = 0;
    for (let i = 0; i < count; i++) {
      const value = values[i] as number;
      if (Number.isFinite(value)) sum += value / n;
    }
  }
  return noNegativeZero(clamp(sum, low, high));
}

function usable(entry: Weighted): boolean {
  return Number.isFinite(entry.value) && Number.isFinite(entry.weight) && entry.weight > 0;
}

/**
 * Weighted mean, re-normalised over the entries given: a missing rater group or unscored code simply
 * drops out and the remaining weights are scaled up to sum to one. Null when nothing carries weight.
 * Weights are scaled by the largest first, so huge or tiny weights neither overflow nor vanish.
 * `count` takes only the first entries, as for `mean`.
 */
export function weightedMean(entries: readonly Weighted[], count = entries.length): number | null {
  let n = 0;
  let first = 0;
  let same = true;
  let largest = -Infinity;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < count; i++) {
    const entry = entries[i] as Weighted;
    if (!usable(entry)) continue;
    if (n === 0) first = entry.value;
    else if (entry.value !== first) same = false;
    n += 1;
    if (entry.weight > largest) largest = entry.weight;
    if (entry.value < low) low = entry.value;
    if (entry.value > high) high = entry.value;
  }
  if (n === 0) return null;
  if (same) return noNegativeZero(first);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const entry = entries[i] as Weighted;
    if (usable(entry)) total += entry.weight / largest;
  }
  let result = 0;
  for (let i = 0; i < count; i++) {
    const entry = entries[i] as Weighted;
    if (usable(entry)) result += entry.value * (entry.weight / largest / total);
  }
  return noNegativeZero(clamp(result, low, high));
}

/** `a − b`, exactly 0 when they are equal; null when either is missing or the difference overflows. */
export function difference(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (a === b) return 0;
  const result = a - b;
  return Number.isFinite(result) ? noNegativeZero(result) : null;
}
