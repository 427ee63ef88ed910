import type { CompetencyConfig } from '../config-schema.ts';

/**
 * Rounds a score for the summary model. Means summed in a different order can differ in the last
 * bits of a double; the model must not, or the summary hash would change with response order.
 * Cutting to 9 decimals first removes that noise, then 2 decimals is the precision shown.
 */
export function roundScore(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const rounded = Number(Number(value.toFixed(9)).toFixed(2));
  // -0 and 0 print the same but would be two values to anyone comparing with Object.is.
  return rounded === 0 ? 0 : rounded;
}

/** One decimal, as people read review scores; a dash for no data. */
export function formatScore(value: number | null): string {
  const rounded = roundScore(value);
  return rounded === null ? '—' : rounded.toFixed(1);
}

/** A gap always carries its sign, so "+1.2" reads as "rated self higher". */
export function formatGap(value: number | null): string {
  const rounded = roundScore(value);
  if (rounded === null) return '—';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : rounded.toFixed(1);
}

/** "System design (SD)": the name people know, the code the table uses. */
export function codeLabel(competency: Pick<CompetencyConfig, 'code' | 'name'>): string {
  return `${competency.name} (${competency.code})`;
}
