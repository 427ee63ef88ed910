import type {
  OverallTrend,
  PastReview,
  Person,
  Review,
  ReviewScore,
  SummaryRow,
  TrendDirection,
} from '../types.ts';
import { roundScore } from '../summary/format.ts';
import { hasOthersEvidence } from './code-scores.ts';

// Trends compare this cycle with the reviewee's earlier ones, using what the tool wrote on the earlier
// pages. The change is judged on the values people see (one decimal), so "▲ +0.0" never appears.

function samePerson(a: Person, b: Person): boolean {
  if (a.id && b.id) return a.id === b.id;
  if (a.email && b.email) return a.email.trim().toLowerCase() === b.email.trim().toLowerCase();
  return false;
}

/**
 * The reviewee's pages in the `history` cycles, oldest first (the order config lists them in). A cycle
 * with two pages for one person is ambiguous and is left out rather than guessed.
 */
export function pastReviewsOf(
  review: Pick<Review, 'reviewee' | 'cycle'>,
  past: readonly PastReview[],
  history: readonly string[],
): PastReview[] {
  const out: PastReview[] = [];
  for (const cycle of history) {
    if (cycle === review.cycle) continue;
    const pages = past.filter((p) => p.cycle === cycle && samePerson(p.reviewee, review.reviewee));
    if (pages.length === 1 && pages[0]) out.push(pages[0]);
  }
  return out;
}

/** The change from `previous` to `current`, rounded as shown; null when either is missing. */
export function trendOf(
  current: number | null,
  previous: number | null,
): { change: number | null; direction: TrendDirection | null } {
  if (current === null) return { change: null, direction: null };
  if (previous === null) return { change: null, direction: 'new' };
  const change = roundScore(current - previous) ?? 0;
  const shown = Math.round(change * 10) / 10;
  return { change, direction: shown > 0 ? 'up' : shown < 0 ? 'down' : 'same' };
}

/**
 * Rows with the latest earlier score per code and the change. A code compares only when this cycle's
 * score rests on others' evidence (the same rule that wrote the earlier score), else it shows nothing.
 */
export function rowsWithTrends(
  rows: readonly SummaryRow[],
  score: Pick<ReviewScore, 'codes'>,
  past: readonly PastReview[],
): SummaryRow[] {
  return rows.map((row) => {
    const code = score.codes.find((c) => c.code === row.code);
    const evidenced = code !== undefined && hasOthersEvidence(code) && row.score !== null;
    const previous = evidenced ? latest(past.map((p) => p.codeScores[row.code] ?? null)) : null;
    const { change, direction } = trendOf(evidenced ? row.score : null, previous);
    return { ...row, previous, change, trend: direction };
  });
}

/** The overall trend: every earlier cycle's overall score, and the change since the latest one. */
export function overallTrend(current: number | null, past: readonly PastReview[]): OverallTrend {
  const history = past.map((p) => ({ cycle: p.cycle, score: roundScore(p.overallScore) }));
  const { change, direction } = trendOf(current, latest(history.map((h) => h.score)));
  return { history, change, direction };
}

function latest(values: readonly (number | null | undefined)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** "▲ +0.4", "▼ −0.3", "= 0.0" or "new"; empty when nothing is compared. */
export function formatTrend(change: number | null | undefined, direction: TrendDirection | null | undefined) {
  if (direction === null || direction === undefined) return '';
  if (direction === 'new') return 'new';
  const size = Math.abs(change ?? 0).toFixed(1);
  if (direction === 'up') return `▲ +${size}`;
  if (direction === 'down') return `▼ −${size}`;
  return `= ${size}`;
}
