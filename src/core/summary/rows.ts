import type { Config } from '../config-schema.ts';
import type { CodeScore, ReviewScore, SummaryRow } from '../types.ts';
import { roundScore } from './format.ts';

/**
 * One row per competency, in framework order, even when nobody rated it: a missing row would
 * hide that a code went unrated. Peer results are blanked again when peers are not visible, so
 * the summary stays anonymous even if a score arrives with peer numbers it should not show.
 */
export function buildRows(score: ReviewScore, config: Config): SummaryRow[] {
  const byCode = new Map<string, CodeScore>(score.codes.map((code) => [code.code, code]));
  return config.framework.competencies.map((competency) => {
    const code = byCode.get(competency.code);
    const peersShown = score.peersVisible && code !== undefined;
    return {
      code: competency.code,
      name: competency.name,
      self: roundScore(code?.self ?? null),
      peers: peersShown ? roundScore(code.peers) : null,
      peerCount: peersShown ? code.peerCount : 0,
      manager: roundScore(code?.manager ?? null),
      score: roundScore(code?.score ?? null),
      gap: roundScore(code?.gap ?? null),
      awaitingOthers: code?.awaitingOthers ?? false,
    };
  });
}
