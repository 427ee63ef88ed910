// Changes against earlier cycles, as the trends step computes them for the summary.

/** ▲, ▼, no change, or no earlier score to compare with. */
export type TrendDirection = 'up' | 'down' | 'same' | 'new';

export interface TrendPoint {
  cycle: string;
  score: number | null;
}

/** A code's change since earlier cycles, as a summary row carries it. */
export interface RowTrend {
  /** The latest earlier score with others' evidence. */
  previous: number | null;
  change: number | null;
  /** Null when this cycle's score has no evidence from others, so nothing is compared. */
  trend: TrendDirection | null;
}

export interface OverallTrend {
  /** Earlier cycles with a page for this reviewee, oldest first. */
  history: TrendPoint[];
  change: number | null;
  direction: TrendDirection | null;
}
