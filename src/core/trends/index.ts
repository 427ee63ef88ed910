// Progress across cycles: per-code scores kept on each page, and the change since earlier cycles.
export {
  codeScoreEntries,
  codeScoreRecord,
  formatCodeScores,
  hasOthersEvidence,
  parseCodeScores,
  readCodeScores,
  sameCodeScores,
} from './code-scores.ts';
export {
  formatTrend,
  indexPastReviews,
  overallTrend,
  pastReviewsOf,
  rowsWithTrends,
  trendOf,
  type PastReviewIndex,
} from './trends.ts';
