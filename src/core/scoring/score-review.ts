import type { Config } from '../config-schema.ts';
import { createScoringMemos, type ScoringMemos } from './memos.ts';
import type { Review } from '../domain.ts';
import type { ReviewScore } from './types.ts';
import type { ValidResponse } from '../validation/types.ts';
import { scoreCode, type CodeResult } from './code-score.ts';
import { round2, roundTo } from '../numbers/round.ts';
import { weightedMean } from './numbers.ts';
import { groupRaters } from './rater-groups.ts';

export interface ScoreInput {
  review: Review;
  /** Valid responses about this review; responses about other pages are ignored. */
  responses: ValidResponse[];
  config: Config;
  /** The run's indexes; without one, the call builds its own. */
  run?: ScoringMemos;
}

// Weights such as 0.1 + 0.2 do not add up exactly in binary; coverage at the threshold must pass.
const EPSILON = 1e-9;

/** The first band, from the highest threshold down, that the score reaches; the lowest band below them all. */
export function bandFor(
  score: number,
  bands: Config['scoring']['bands'],
  // Bands sorted from the highest threshold down, once per config: the run's (see ScoringMemos).
  sortedBands: WeakMap<Config['scoring']['bands'], Config['scoring']['bands']> = new WeakMap(),
): string {
  let sorted = sortedBands.get(bands);
  if (sorted === undefined) {
    sorted = [...bands].sort((a, b) => b.min - a.min);
    sortedBands.set(bands, sorted);
  }
  const reached = sorted.find((band) => band.min <= score) ?? sorted[sorted.length - 1];
  return reached?.name ?? '';
}

function overallOf(
  results: readonly CodeResult[],
  config: Config,
  run: ScoringMemos,
): Pick<ReviewScore, 'overall' | 'band' | 'coverage'> {
  const scored = run.scored;
  const competencies = config.framework.competencies;
  let total = 0;
  let scoredWeight = 0;
  let filled = 0;
  for (let i = 0; i < competencies.length; i++) {
    const weight = competencies[i]?.weight ?? 0;
    total += weight;
    const exact = results[i]?.exact ?? null;
    if (exact === null) continue;
    const entry = scored[filled] ?? { value: 0, weight: 0 };
    entry.value = exact;
    entry.weight = weight;
    scored[filled++] = entry;
    scoredWeight += weight;
  }
  const coverage = total > 0 ? scoredWeight / total : 0;
  const overall = weightedMean(scored, filled);
  const insufficient = {
    overall: null,
    band: config.scoring.insufficientBand,
    coverage: roundTo(coverage, 4),
  };
  if (overall === null || coverage + EPSILON < config.scoring.minCoverage) return insufficient;
  // The band is read from the rounded score, so a page showing 3.00 never says "Developing".
  const rounded = round2(overall);
  return {
    overall: rounded,
    band: bandFor(rounded, config.scoring.bands, run.sortedBands),
    coverage: roundTo(coverage, 4),
  };
}

/**
 * Scores one review: group means per code, re-normalised rater weights, code weights, coverage and band.
 * Too little coverage gives the "Insufficient data" band and no overall score, never a zero. Coverage
 * counts only codes with others' evidence, so self-ratings alone never give a band.
 */
export function scoreReview(input: ScoreInput): ReviewScore {
  const { review, responses, config } = input;
  const run = input.run ?? createScoringMemos();
  const groups = groupRaters(review, responses, config, run);
  const results = config.framework.competencies.map(({ code }) => scoreCode(code, review, groups, config));
  const codes = results.map((result) => result.score);
  const awaitingManager = config.framework.competencies
    .filter((competency, i) => competency.required && codes[i]?.manager === null)
    .map((competency) => competency.code);
  return {
    codes,
    ...overallOf(results, config, run),
    raters: groups.raters,
    peersVisible: groups.peersVisible,
    awaitingManager,
  };
}
