// Changes against earlier cycles, as the trends step computes them for the summary.

/** ▲, ▼, no change, or no earlier score to compare with. */
export type TrendDirection = 'up' | 'down' | 'same' | 'new';

export interface TrendPoint {
  cycle: string;
  score: number | null;
}

export interface OverallTrend {
  /** Earlier cycles with a page for this reviewee, oldest first. */
  history: TrendPoint[];
  change: number | null;
  direction: TrendDirection | null;
}
