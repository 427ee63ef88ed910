// Hand-built scores for the plan and summary tests: scoring is its own module, and these tests must not
// depend on how it computes, only on the shape it returns.
import type { CodeScore, ReviewScore } from '../../src/core/scoring/types.ts';

export function makeCodeScore(
  code: string,
  score: number | null,
  overrides: Partial<CodeScore> = {},
): CodeScore {
  return {
    code,
    self: score,
    manager: score,
    peers: score,
    peerCount: score === null ? 0 : 3,
    peerSubgroups: [],
    score,
    gap: score === null ? null : 0,
    gapKind: null,
    awaitingOthers: false,
    ...overrides,
  };
}

/** A score for the fixture framework (CQ, SD, COL) with the given per-code scores. */
export function makeScore(
  scores: Record<string, number | null>,
  overrides: Partial<ReviewScore> = {},
): ReviewScore {
  return {
    codes: Object.entries(scores).map(([code, value]) => makeCodeScore(code, value)),
    overall: 3.2,
    band: 'Meets expectations',
    coverage: 1,
    raters: { self: 1, manager: 1, peers: 3 },
    peersVisible: true,
    awaitingManager: [],
    ...overrides,
  };
}
