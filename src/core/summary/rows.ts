import type { CompetencyConfig, Config } from '../config-schema.ts';
import type { PastReview } from '../domain.ts';
import { codeAt } from '../scoring/code-at.ts';
import type { ReviewScore } from '../scoring/types.ts';
import type { SummaryRow } from './types.ts';
import { rowTrend } from '../trends/trends.ts';
import { round2OrNull } from '../numbers/round.ts';

/**
 * One row per competency, in framework order, even when nobody rated it: a missing row would
 * hide that a code went unrated. Peer results are blanked again when peers are not visible, so
 * the summary stays anonymous even if a score arrives with peer numbers it should not show.
 * With `past` (the reviewee's earlier pages, when `history` is configured) each row also carries
 * its trend, as `rowsWithTrends` adds it.
 */
export function buildRows(score: ReviewScore, config: Config, past?: readonly PastReview[]): SummaryRow[] {
  // `map` sizes the list exactly, and each row is one literal with every field it will have: the plan
  // keeps a row per code of every review, and fields added after the fact cost a second allocation each.
  return config.framework.competencies.map((competency: CompetencyConfig): SummaryRow => {
    const code = codeAt(score.codes, competency.code);
    const peersShown = score.peersVisible && code !== undefined;
    const self = round2OrNull(code?.self ?? null);
    const peers = peersShown ? round2OrNull(code.peers) : null;
    const peerCount = peersShown ? code.peerCount : 0;
    const manager = round2OrNull(code?.manager ?? null);
    const value = round2OrNull(code?.score ?? null);
    const gap = round2OrNull(code?.gap ?? null);
    const awaitingOthers = code?.awaitingOthers ?? false;
    // Two literals on purpose: without `history` a row has no trend keys at all, so the plan does not hold
    // three empty slots per code of every review, and each literal keeps one object shape for its rows.
    if (past === undefined) {
      return {
        code: competency.code,
        name: competency.name,
        self,
        peers,
        peerCount,
        manager,
        score: value,
        gap,
        awaitingOthers,
      };
    }
    const { previous, change, trend } = rowTrend({ code: competency.code, score: value }, code, past);
    return {
      code: competency.code,
      name: competency.name,
      self,
      peers,
      peerCount,
      manager,
      score: value,
      gap,
      previous,
      change,
      trend,
      awaitingOthers,
    };
  });
}
