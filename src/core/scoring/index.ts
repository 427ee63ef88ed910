// Scoring: valid responses and the page's manager ratings in, per-code scores, overall and band out.
export { scoreReview, bandFor, type ScoreInput } from './score-review.ts';
export { OTHER_PEERS } from './peer-subgroups.ts';
