import type { CompetencyConfig } from '../config-schema.ts';
import { round2OrNull } from '../scoring/numbers.ts';

/**
 * Rounds a score for the summary model, with the scoring's own rounding, so the model shows exactly
 * the values the scores were judged on. Means summed in a different order can differ in the last
 * bits of a double; the rounding cuts that noise first, so the hash never follows response order.
 */
export function roundScore(value: number | null): number | null {
  return round2OrNull(value);
}

/** One decimal, as people read review scores; a dash for no data. */
export function formatScore(value: number | null): string {
  const rounded = roundScore(value);
  return rounded === null ? '—' : rounded.toFixed(1);
}

/**
 * A gap always carries its sign, so "+1.25" reads as "rated self higher". It keeps both decimals:
 * blind spots are judged on this value, so 0.96 must not be shown as 1.0.
 */
export function formatGap(value: number | null): string {
  const rounded = roundScore(value);
  if (rounded === null) return '—';
  return rounded > 0 ? `+${rounded.toFixed(2)}` : rounded.toFixed(2);
}

/** "System design (SD)": the name people know, the code the table uses. */
export function codeLabel(competency: Pick<CompetencyConfig, 'code' | 'name'>): string {
  return `${competency.name} (${competency.code})`;
}
