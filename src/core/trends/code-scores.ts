import type { CodeScore, ReviewScore } from '../types.ts';
import { roundScore } from '../summary/format.ts';

// A review page keeps its per-code scores in one tool-owned text property, "CQ 3.85; SD 4.10", so a
// later cycle can compare with them from the same bulk query that reads the page, at no extra request.
// Only codes with evidence from others are written: a score resting on self-ratings alone is no
// judgement, then or later.

/** The manager rated it, or peers did at the anonymity threshold (hidden peers read as null). */
export function hasOthersEvidence(code: Pick<CodeScore, 'manager' | 'peers'>): boolean {
  return code.manager !== null || code.peers !== null;
}

/** The codes worth keeping, in the score's (framework) order, each rounded to 2 decimals. */
export function formatCodeScores(score: Pick<ReviewScore, 'codes'>): string {
  return score.codes
    .flatMap((code) => {
      const value = roundScore(code.score);
      return value !== null && hasOthersEvidence(code) ? [`${code.code} ${value.toFixed(2)}`] : [];
    })
    .join('; ');
}

const ENTRY = /^([A-Z][A-Z0-9-]{0,15})\s+(-?\d+(?:\.\d+)?)$/;

/** Reads what `formatCodeScores` wrote; anything a person typed that does not fit is ignored. */
export function parseCodeScores(text: string | null | undefined): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const part of (text ?? '').split(';')) {
    const match = ENTRY.exec(part.trim());
    if (!match?.[1] || !match[2]) continue;
    const value = Number(match[2]);
    if (Number.isFinite(value)) scores[match[1]] = value;
  }
  return scores;
}
