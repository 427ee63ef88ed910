import type { PastReview, Person, Review } from '../domain.ts';
import type { CodeScore, ReviewScore } from '../scoring/types.ts';
import type { OverallTrend, RowTrend, TrendDirection } from './types.ts';
import { round2OrNull, roundTo } from '../numbers/round.ts';
import { hasOthersEvidence } from './code-scores.ts';

// Trends compare this cycle with the reviewee's earlier ones, using what the tool wrote on the earlier
// pages. The change is judged on the values people see (one decimal), so "▲ +0.0" never appears.

/** The reviewee's earlier pages, indexed once per run by cycle and person. */
export interface PastReviewIndex {
  history: readonly string[];
  /** `cycle` NUL `id` → pages with that reviewee id. */
  byId: Map<string, PastReview[]>;
  /** `cycle` NUL `email` → pages with that reviewee email (trimmed, lower-case). */
  byEmail: Map<string, PastReview[]>;
}

function emailKey(person: Person): string | null {
  return person.email ? person.email.trim().toLowerCase() : null;
}

function push(map: Map<string, PastReview[]>, key: string, page: PastReview): void {
  const pages = map.get(key);
  if (pages) pages.push(page);
  else map.set(key, [page]);
}

/** One pass over the earlier pages, so finding a reviewee's pages is a lookup, not a scan of them all. */
export function indexPastReviews(past: readonly PastReview[], history: readonly string[]): PastReviewIndex {
  const index: PastReviewIndex = { history, byId: new Map(), byEmail: new Map() };
  const wanted = new Set(history);
  for (const page of past) {
    if (!wanted.has(page.cycle)) continue;
    if (page.reviewee.id) push(index.byId, `${page.cycle}\u0000${page.reviewee.id}`, page);
    const email = emailKey(page.reviewee);
    if (email !== null) push(index.byEmail, `${page.cycle}\u0000${email}`, page);
  }
  return index;
}

/**
 * The pages of one cycle that are the reviewee's. Ids decide when both sides have one, else emails
 * (in any case); a page with neither matches no one.
 */
function pagesOf(review: Pick<Review, 'reviewee'>, cycle: string, index: PastReviewIndex): PastReview[] {
  const { id } = review.reviewee;
  const email = emailKey(review.reviewee);
  const byEmail = email === null ? [] : (index.byEmail.get(`${cycle}\u0000${email}`) ?? []);
  if (!id) return byEmail;
  const byId = index.byId.get(`${cycle}\u0000${id}`) ?? [];
  // With an id on both sides the id decides, so only pages without one may match by email.
  return [...byId, ...byEmail.filter((page) => !page.reviewee.id)];
}

/**
 * The reviewee's pages in the `history` cycles, oldest first (the order config lists them in). A cycle
 * with two pages for one person is ambiguous and is left out rather than guessed. The planner asks once
 * per review: it passes `indexPastReviews`' result, built once a run, so a team's history is scanned
 * once, not per review. A list is indexed for this one call.
 */
export function pastReviewsOf(
  review: Pick<Review, 'reviewee' | 'cycle'>,
  past: readonly PastReview[] | PastReviewIndex,
  history: readonly string[],
): PastReview[] {
  const index = Array.isArray(past)
    ? indexPastReviews(past as readonly PastReview[], history)
    : (past as PastReviewIndex);
  const out: PastReview[] = [];
  for (const cycle of history) {
    if (cycle === review.cycle) continue;
    const pages = pagesOf(review, cycle, index);
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
  const change = round2OrNull(current - previous) ?? 0;
  // The direction follows the one-decimal change the page shows, rounded like every other number:
  // half away from zero, so +0.05 and −0.05 are both a visible move.
  const shown = roundTo(change, 1);
  return { change, direction: shown > 0 ? 'up' : shown < 0 ? 'down' : 'same' };
}

/**
 * Rows with the latest earlier score per code and the change. A code compares only when this cycle's
 * score rests on others' evidence (the same rule that wrote the earlier score), else it shows nothing.
 */
export function rowsWithTrends<Row extends { code: string; score: number | null }>(
  rows: readonly Row[],
  score: Pick<ReviewScore, 'codes'>,
  past: readonly PastReview[],
): (Row & RowTrend)[] {
  return rows.map((row) => {
    const code = score.codes.find((c) => c.code === row.code);
    return { ...row, ...rowTrend(row, code, past) };
  });
}

/** One row's trend fields: see `rowsWithTrends`. */
export function rowTrend(
  row: { code: string; score: number | null },
  code: CodeScore | undefined,
  past: readonly PastReview[],
): RowTrend {
  const evidenced = code !== undefined && hasOthersEvidence(code) && row.score !== null;
  let previous: number | null = null;
  if (evidenced) {
    // The latest earlier cycle with a score for this code.
    for (let i = past.length - 1; i >= 0 && previous === null; i--) {
      previous = past[i]?.codeScores[row.code] ?? null;
    }
  }
  const { change, direction } = trendOf(evidenced ? row.score : null, previous);
  return { previous, change, trend: direction };
}

/** The overall trend: every earlier cycle's overall score, and the change since the latest one. */
export function overallTrend(current: number | null, past: readonly PastReview[]): OverallTrend {
  const history = past.map((p) => ({ cycle: p.cycle, score: round2OrNull(p.overallScore) }));
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
  const size = roundTo(Math.abs(change ?? 0), 1).toFixed(1);
  if (direction === 'up') return `▲ +${size}`;
  if (direction === 'down') return `▼ −${size}`;
  return `= ${size}`;
}
