import type { RaterRole, StageKey } from '../core/domain.ts';

// The shape `review-sync explain --json` prints (docs/explain.md). Counts, scores and rules only: no
// respondent is named, and no comment text is carried.

/** A summary section, or a part of explain that follows one, and the first stage that shows it. */
export interface HiddenSection {
  section: 'scores' | 'strengths' | 'blindSpots' | 'actionPlan';
  from: StageKey;
}

export interface ResponseCounts {
  used: { total: number; byRole: Partial<Record<RaterRole, number>>; byRelationship: Record<string, number> };
  excluded: { total: number; byReason: Record<string, number> };
}

export interface CodeExplanation {
  code: string;
  weight: number;
  self: number | null;
  /** Null while peers are fewer than `raters.minPeerResponses`: hidden below the anonymity threshold. */
  peers: { mean: number | null; n: number } | null;
  manager: number | null;
  /** The unrounded weighted mean, and the two-decimal value the page shows. */
  score: number | null;
  rounded: number | null;
  /** As the summary's code table shows it: two decimals, a dash without a score, or "awaiting others". */
  shown: string;
  awaitingOthers: boolean;
}

export interface OverallExplanation {
  weights: { self: number; peer: number; manager: number };
  coverage: number;
  minCoverage: number;
  bands: { name: string; min: number }[];
  insufficientBand: string;
  score: number | null;
  rounded: number | null;
  band: string;
  reason: string;
}

export interface ListChoice {
  code: string;
  reason: string;
}

export interface ListsExplanation {
  strengths: ListChoice[];
  growthAreas: ListChoice[];
  blindSpots: ListChoice[];
}

export interface ActionChoice {
  code: string;
  kind: string;
  title: string;
  reason: string;
}

export interface ActionPlanExplanation {
  maxItems: number;
  entries: ActionChoice[];
  /** Entries the rules drew that `actionPlan.maxItems` cut as the least urgent. */
  cut: ActionChoice[];
}

export interface GuardExplanation {
  stage: StageKey;
  passes: boolean;
  /** What is still missing when the guard holds, or why it passed without the work done. */
  detail: string | null;
}

export interface StageExplanation {
  from: StageKey;
  stage: StageKey;
  guards: GuardExplanation[];
  reason: string;
  notes: string[];
}

/** Sections left null are hidden at the page's stage (see `hidden`) unless `--all-stages` was given. */
export interface Explanation {
  /**
   * `frozen`: a completed review keeps what was delivered; the numbers here are worked out from today's
   * data, as `sync` would before freezing, and may differ from the page.
   */
  review: { pageId: string; cycle: string; stage: StageKey; frozen: boolean };
  allStages: boolean;
  responses: ResponseCounts;
  peersVisible: boolean;
  minPeerResponses: number;
  codes: CodeExplanation[] | null;
  overall: OverallExplanation | null;
  lists: ListsExplanation | null;
  actionPlan: ActionPlanExplanation | null;
  stage: StageExplanation;
  hidden: HiddenSection[];
}
