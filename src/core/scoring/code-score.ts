import type { Config } from '../config-schema.ts';
import type { Review } from '../domain.ts';
import type { CodeScore, GapKind } from './types.ts';
import { countRatings, meanRating } from './code-ratings.ts';
import { round2, round2OrNull } from '../numbers/round.ts';
import { difference, weightedMean, type Weighted } from './numbers.ts';
import { peerSubgroups } from './peer-subgroups.ts';
import { pageManagerRating, type RaterGroups } from './rater-groups.ts';

/** A code's score in full precision, kept beside the rounded output so the overall is not built on rounding. */
export interface CodeResult {
  score: CodeScore;
  exact: number | null;
}

/** Judged on the rounded gap the page shows, against the threshold as the page would show it. */
function gapKind(gap: number | null, threshold: number): GapKind | null {
  if (gap === null || gap === 0 || Math.abs(gap) < round2(threshold)) return null;
  return gap > 0 ? 'blind-spot' : 'hidden-strength';
}

// The rater groups with data, in the order manager, peers, self, filled into entries reused from code
// to code: weightedMean reads only the ones filled.
const entries: Weighted[] = [
  { value: 0, weight: 0 },
  { value: 0, weight: 0 },
  { value: 0, weight: 0 },
];

function put(at: number, value: number | null, weight: number): number {
  if (value === null) return at;
  const entry = entries[at] as Weighted;
  entry.value = value;
  entry.weight = weight;
  return at + 1;
}

function raterMean(
  manager: number | null,
  peers: number | null,
  self: number | null,
  weights: Config['raters']['weights'],
): number | null {
  const filled = put(put(put(0, manager, weights.manager), peers, weights.peer), self, weights.self);
  return weightedMean(entries, filled);
}

/**
 * Scores one code. The manager's rating on the page wins over the form, since it is what the manager
 * last typed where the review lives. Peers count only when at least minPeerResponses of them rated this
 * code: otherwise their mean could be worked out from the score and the other columns, so they are
 * hidden and left out of the score, and the weights re-normalise over self and manager.
 *
 * Evidence before judgement: a code gets a score (and so a class and plan entries) only when someone
 * other than the reviewee rated it: the manager, or peers at the anonymity threshold. A self-rating
 * alone stays in the Self column and the code is marked as awaiting others.
 */
export function scoreCode(code: string, review: Review, groups: RaterGroups, config: Config): CodeResult {
  const { weights, minPeerResponses } = config.raters;
  const self = meanRating(groups.self, code);
  const manager = pageManagerRating(review, code, config.scale) ?? meanRating(groups.manager, code);
  const peerCount = groups.peerGroups === null ? 0 : countRatings(groups.peers, code);
  const peersShown = peerCount >= minPeerResponses;
  const peers = peersShown ? meanRating(groups.peers, code) : null;

  const others = raterMean(manager, peers, null, weights);
  const exact = others === null ? null : raterMean(manager, peers, self, weights);
  // The threshold is applied to the rounded gap, so a gap shown as 1.00 is always marked.
  const gap = round2OrNull(difference(self, others));

  return {
    exact,
    score: {
      code,
      self: round2OrNull(self),
      manager: round2OrNull(manager),
      peers: round2OrNull(peers),
      peerCount: peersShown ? peerCount : 0,
      peerSubgroups:
        peersShown && groups.peerGroups !== null ? peerSubgroups(groups.peerGroups, code, config.raters) : [],
      score: round2OrNull(exact),
      gap,
      gapKind: gapKind(gap, config.scoring.gapThreshold),
      awaitingOthers: others === null && self !== null,
    },
  };
}
