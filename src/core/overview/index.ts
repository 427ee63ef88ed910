// The cycle overview: a pure model of one cycle at a glance, its content hash, and shared text.
export { buildOverview, type OverviewInput, type OverviewReview } from './build-overview.ts';
export { overviewHash, OVERVIEW_HASH_VERSION } from './overview-hash.ts';
export { bandPieMermaid, cellText, signedScore } from './render.ts';
export type * from './types.ts';
