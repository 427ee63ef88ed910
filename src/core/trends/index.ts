// Progress across cycles: per-code scores kept on each page, and the change since earlier cycles.
export { formatCodeScores, hasOthersEvidence, parseCodeScores } from './code-scores.ts';
export {
  formatTrend,
  indexPastReviews,
  overallTrend,
  pastReviewsOf,
  rowsWithTrends,
  trendOf,
  type PastReviewIndex,
} from './trends.ts';
