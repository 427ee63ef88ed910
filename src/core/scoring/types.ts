// What scoreReview produces: per-code scores with their rater groups and gaps, the overall and band.

export type GapKind = 'blind-spot' | 'hidden-strength';

export interface PeerSubgroup {
  /** A relationship such as "QA engineer", or "Other peers" for merged small groups. */
  label: string;
  mean: number | null;
  n: number;
}

export interface CodeScore {
  code: string;
  self: number | null;
  manager: number | null;
  /** Mean of all peer ratings; null when no peer rated or peers are below the anonymity threshold. */
  peers: number | null;
  /** Number of peers who gave this code a numeric rating (0 when hidden). */
  peerCount: number;
  peerSubgroups: PeerSubgroup[];
  /** Weighted mean across rater groups with data, or null when nobody rated the code. */
  score: number | null;
  /** Self minus the weighted mean of the others; null when either side is missing. */
  gap: number | null;
  gapKind: GapKind | null;
  /** Only the reviewee rated this code: no score, class or plan entry until the manager or peers do. */
  awaitingOthers: boolean;
}

export interface RaterCounts {
  self: number;
  manager: number;
  peers: number;
}

export interface ReviewScore {
  codes: CodeScore[];
  overall: number | null;
  band: string;
  /** Share of total code weight that has a score, 0..1. */
  coverage: number;
  raters: RaterCounts;
  /** Whether peer results and comments may be shown (at least minPeerResponses peers answered). */
  peersVisible: boolean;
  /** Required codes the manager has not rated yet, in framework order; while any remain, the result is provisional. */
  awaitingManager: string[];
}
