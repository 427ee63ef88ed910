import type { CompetencyConfig } from '../config-schema.ts';
import { round2OrNull } from '../numbers/round.ts';

/** One decimal, as people read review scores; a dash for no data. */
export function formatScore(value: number | null): string {
  const rounded = round2OrNull(value);
  return rounded === null ? '—' : rounded.toFixed(1);
}

/**
 * A gap always carries its sign, so "+1.25" reads as "rated self higher". It keeps both decimals:
 * blind spots are judged on this value, so 0.96 must not be shown as 1.0.
 */
export function formatGap(value: number | null): string {
  const rounded = round2OrNull(value);
  if (rounded === null) return '—';
  return rounded > 0 ? `+${rounded.toFixed(2)}` : rounded.toFixed(2);
}

/**
 * The Score cell of the summary's code table: two decimals, a dash without a score, or "awaiting
 * others" while nobody but the reviewee has rated the code. `explain` prints this same text as `shown`.
 */
export function scoreCell(value: number | null, awaitingOthers: boolean): string {
  if (awaitingOthers) return 'awaiting others';
  const rounded = round2OrNull(value);
  return rounded === null ? '—' : rounded.toFixed(2);
}

/** "System design (SD)": the name people know, the code the table uses. */
export function codeLabel(competency: Pick<CompetencyConfig, 'code' | 'name'>): string {
  return `${competency.name} (${competency.code})`;
}
