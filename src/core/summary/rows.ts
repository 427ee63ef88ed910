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
  const competencies = config.framework.competencies;
  const rows: SummaryRow[] = [];
  for (let i = 0; i < competencies.length; i++) {
    const competency = competencies[i] as CompetencyConfig;
    const code = codeAt(score.codes, competency.code);
    const peersShown = score.peersVisible && code !== undefined;
    const row: SummaryRow = {
      code: competency.code,
      name: competency.name,
      self: round2OrNull(code?.self ?? null),
      peers: peersShown ? round2OrNull(code.peers) : null,
      peerCount: peersShown ? code.peerCount : 0,
      manager: round2OrNull(code?.manager ?? null),
      score: round2OrNull(code?.score ?? null),
      gap: round2OrNull(code?.gap ?? null),
      awaitingOthers: code?.awaitingOthers ?? false,
    };
    if (past !== undefined) {
      const trend = rowTrend(row, code, past);
      row.previous = trend.previous;
      row.change = trend.change;
      row.trend = trend.trend;
    }
    rows.push(row);
  }
  return rows;
}
