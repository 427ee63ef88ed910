// Progress across cycles: per-code scores kept on each page, and the change since earlier cycles.
export { formatCodeScores, hasOthersEvidence, parseCodeScores } from './code-scores.ts';
export { formatTrend, overallTrend, pastReviewsOf, rowsWithTrends, trendOf } from './trends.ts';
