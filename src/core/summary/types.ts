import type { NominationProgress } from './nomination-progress.ts';
import type { GoalStatus, IsoDate } from '../domain.ts';
import type { ActionPlanEntry } from '../action-plan/types.ts';
import type { RaterCounts } from '../scoring/types.ts';
import type { OverallTrend, TrendDirection } from '../trends/types.ts';
import type { SummaryCharts } from '../charts/types.ts';

// What buildSummary produces: the model of a page's summary section, and the goal lines the planner
// hands it.

export interface GoalSummary {
  title: string;
  progress: number | null;
  status: GoalStatus | null;
  due: IsoDate | null;
  /** The related objective's title; null when the goal serves none. Absent without objectives. */
  objective?: string | null;
  /** Set for milestone goals: how many of their milestones are done. */
  milestones?: { done: number; total: number };
}

export interface SummaryRow {
  code: string;
  name: string;
  self: number | null;
  peers: number | null;
  peerCount: number;
  manager: number | null;
  score: number | null;
  gap: number | null;
  /** With `history` configured: the latest earlier score with others' evidence, and the change. */
  previous?: number | null;
  change?: number | null;
  /** Null when this cycle's score has no evidence from others, so nothing is compared. */
  trend?: TrendDirection | null;
  /** Only the reviewee rated this code: the Self column shows it, the score waits for others. */
  awaitingOthers: boolean;
}

/** Counts and dates only: the part of the summary that is written at every stage. */
export interface SummaryProgress {
  /** The stage's display name. */
  stage: string;
  answered: RaterCounts;
  /** Peers needed before peer results and comments are shown. */
  peersNeeded: number;
  /** What is still owed, in plain words: "self-assessment", "1 more peer response", "manager ratings for SD". */
  missing: string[];
  /** The due dates that apply to this page (display stage name and day), in stage order. */
  due: { stage: string; due: IsoDate }[];
  /** Counts and perspective gaps of the nominations; absent with nominations off (see nomination-progress.ts). */
  nominations?: NominationProgress;
}

/** An action item a person moved that is no longer planned: kept as it is, and listed as kept. */
export interface KeptActionItem {
  title: string;
  status: string;
}

export interface SummaryActionPlan {
  /** Before `actionPlan.createFrom`: no action items exist yet, the plan is a proposal. */
  draft: boolean;
  entries: ActionPlanEntry[];
  /**
   * Read from Notion, not computed from the review, so it is left out of the summary hash (see
   * summaryHash); it is refreshed whenever the summary is rewritten.
   */
  kept: KeptActionItem[];
  /**
   * `notion.actionItems.mode: todos`: agreed entries are written as to-do blocks a person ticks.
   * Absent otherwise. The ticks themselves are read from Notion at write time, never part of the model.
   */
  todos?: true;
}

/**
 * What the page's summary section shows. A section that the review's stage has not reached in
 * `visibility` is null: its content is not in the model at all, so it cannot be written by accident.
 */
export interface SummaryModel {
  reviewee: string;
  cycle: string;
  progress: SummaryProgress;
  /** While the manager has not rated every required code: what is still missing. Null once final. */
  provisional: string[] | null;
  overall: {
    score: number | null;
    band: string;
    raters: RaterCounts;
    /** Set while peer results are withheld for anonymity: the number of peers needed to show them. */
    peersHiddenBelow: number | null;
    /** With `history` configured: the overall score of earlier cycles and the change since the latest. */
    trend?: OverallTrend;
  } | null;
  rows: SummaryRow[] | null;
  strengths: string[] | null;
  growthAreas: string[] | null;
  blindSpots: string[] | null;
  highlights: string[] | null;
  goals: GoalSummary[] | null;
  actionPlan: SummaryActionPlan | null;
  /**
   * Self against others per code, and the overall across cycles, drawn from `rows` and `overall` above.
   * Absent with `summary.charts: off`, before scores are shown, and when there is nothing to draw, so a
   * summary without a chart keeps the hash it had before charts existed.
   */
  charts?: SummaryCharts;
}
