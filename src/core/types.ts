import type { GOAL_STATUSES } from './notion-schema/contract.ts';
// The domain types every layer speaks. Adapters produce them, the core computes on them, sync writes them.

export const STAGE_KEYS = [
  'notStarted',
  'selfAssessment',
  'feedback',
  'managerEvaluation',
  'calibration',
  'feedbackDelivery',
  'completed',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

/** Stages that own a due date: the work of that stage is owed by then. */
export const DUE_STAGES = [
  'selfAssessment',
  'feedback',
  'managerEvaluation',
  'calibration',
  'feedbackDelivery',
] as const;
export type DueStage = (typeof DUE_STAGES)[number];

export const RATER_ROLES = ['self', 'manager', 'peer'] as const;
export type RaterRole = (typeof RATER_ROLES)[number];

export const ACTION_KINDS = ['training', 'mentorship', 'project', 'recognition', 'mentor-others'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The goal statuses the tool writes, as the schema contract lists them. */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A person as Notion knows them. `id` is a Notion user id when the value came from a people property. */
export interface Person {
  id?: string;
  email?: string;
  name?: string;
}

/** Dates are ISO strings: `YYYY-MM-DD` for calendar days, full ISO with offset for instants. */
export type IsoDate = string;
export type IsoInstant = string;
/**
 * An instant as milliseconds since 1970-01-01T00:00:00Z. A response's timestamp is converted to one once,
 * by its source, so that the core only ever compares numbers, whatever zone or format it arrived in.
 */
export type EpochMillis = number;

/** The properties the tool owns on a review page, as they currently stand in Notion. */
/** One code's score as a review page keeps it for later cycles, rounded to 2 decimals. */
export interface CodeScoreEntry {
  code: string;
  value: number;
}

/** The page's per-code scores property, read once into data (see readCodeScores). */
export interface PageCodeScores {
  /** In the order the page lists them. */
  entries: CodeScoreEntry[];
  /** The text is exactly what the tool writes for these entries. */
  exact: boolean;
}

export interface OwnedReviewFields {
  overallScore: number | null;
  band: string | null;
  peerResponses: number | null;
  goalsOnTrack: string | null;
  lastSynced: IsoInstant | null;
  syncNotes: string;
  summaryHash: string | null;
  /**
   * This cycle's per-code scores as the page holds them, read from the "CQ 3.85; SD 4.10" text once
   * (readCodeScores). Absent when the page has no such property: the tool then never writes it
   * (trends of later cycles show codes as new).
   */
  codeScores?: PageCodeScores | null;
  /** Id of the summary's container block, as the tool last wrote it; null before the first summary. */
  summaryBlock: string | null;
  /**
   * The record came from an earlier release (a bare block id) and is not known to belong to this page:
   * the page is listed before anything is deleted. Absent for a record that names this page.
   */
  summaryBlockUnverified?: true;
  /**
   * The record names another page's container (Notion's Duplicate copies every property): the id of
   * that page. The record and the hash are then taken as absent, so this page gets its own summary.
   */
  summaryCopiedFrom?: string;
}

export interface Review {
  pageId: string;
  title: string;
  cycle: string;
  reviewee: Person;
  manager: Person | null;
  stage: StageKey;
  /** Per-page due-date overrides, calendar days in the team's time zone. */
  dueOverrides: Partial<Record<DueStage, IsoDate>>;
  calibrated: boolean;
  delivered: boolean;
  deliveredOn: IsoDate | null;
  /** Ratings the manager typed into the page's number properties, by code. */
  managerRatings: Record<string, number>;
  owned: OwnedReviewFields;
  /** The reviewee's team, when config names a team property. */
  team?: string | null;
  /** The human-owned "Final band" set in calibration; never written by the tool. */
  finalBand?: string | null;
}

/** A review page of an earlier cycle, as far as trends need it: what the tool wrote there. */
export interface PastReview {
  pageId: string;
  cycle: string;
  reviewee: Person;
  overallScore: number | null;
  band: string | null;
  /** Per-code scores read from the page's Code scores property; only codes with others' evidence. */
  codeScores: Record<string, number>;
}

/** An objective from the optional Objectives data source. */
export interface Objective {
  pageId: string;
  title: string;
}

export interface Milestone {
  title: string;
  done: boolean;
}

/** A response as a source delivers it, before any checks. Values are raw text or numbers. */
export interface RawResponse {
  source: string;
  /** Row number, response id or line: enough for a person to find it again. */
  ref: string;
  /** Null when the source had no readable timestamp; the core rejects such a response. */
  submittedAt: EpochMillis | null;
  respondentEmail: string | null;
  reviewee: string;
  relationship: string;
  cycle: string | null;
  ratings: Record<string, string | number | null>;
  /** Free text by code, plus `overall` for the general comment. */
  comments: Record<string, string>;
}

/** A checked response, tied to one review. A rating of null means N/A. */
export interface ValidResponse {
  source: string;
  ref: string;
  submittedAt: EpochMillis;
  respondentKey: string;
  respondentEmail: string | null;
  reviewPageId: string;
  role: RaterRole;
  relationship: string;
  ratings: Record<string, number | null>;
  comments: Record<string, string>;
}

export type RejectionReason =
  | 'unknown-reviewee'
  | 'ambiguous-reviewee'
  | 'rating-off-scale'
  | 'rating-not-a-number'
  | 'outside-cycle-window'
  | 'self-as-peer'
  | 'not-the-reviewee'
  | 'not-the-manager'
  | 'unknown-relationship'
  | 'missing-timestamp';

export interface Rejection {
  source: string;
  ref: string;
  reason: RejectionReason;
  message: string;
}

export interface Goal {
  pageId: string;
  title: string;
  reviewPageId: string;
  competency: string | null;
  metric: string | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  start: IsoDate | null;
  due: IsoDate | null;
  owned: { progress: number | null; status: string | null };
  /** The objective this goal serves (a page of the Objectives data source), if any. */
  objectiveId?: string | null;
  /** Milestones from the goal's checklist property; a non-empty list makes it a milestone goal. */
  milestones?: Milestone[];
}

/** An action item that already exists in Notion, found by its stable key. */
export interface ExistingActionItem {
  pageId: string;
  key: string;
  reviewPageId: string | null;
  title: string;
  /** The Status option as it stands; null when empty. */
  status: string | null;
  /** What the tool last set (the tool-owned Synced status); null when never set or not in the schema. */
  syncedStatus: string | null;
}

// ---- Results of the core's computations -------------------------------------------------------

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

export type DueOwner = 'reviewee' | 'manager' | 'reviewers';

export interface OverdueInfo {
  stage: StageKey;
  due: IsoDate;
  owedBy: DueOwner;
}

export interface StageViolation {
  /** The stage a person set by hand. */
  stage: StageKey;
  /** The furthest stage the data supports. */
  supported: StageKey;
  message: string;
}

export interface WorkflowFacts {
  selfResponded: boolean;
  peerResponses: number;
  managerRatedAllRequired: boolean;
}

export interface WorkflowResult {
  from: StageKey;
  to: StageKey;
  /** Every stage entered this run, in order; empty when nothing moved. */
  path: StageKey[];
  /** Human notes such as "self-assessment missing". */
  notes: string[];
  violation: StageViolation | null;
  overdue: OverdueInfo | null;
}

export interface ActionPlanEntry {
  /** Stable across runs: the same review, cycle and catalog entry always give the same key. */
  key: string;
  kind: ActionKind | 'goal';
  code: string;
  title: string;
  detail: string;
  due: IsoDate;
}

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

/** ▲, ▼, no change, or no earlier score to compare with. */
export type TrendDirection = 'up' | 'down' | 'same' | 'new';

export interface TrendPoint {
  cycle: string;
  score: number | null;
}

export interface OverallTrend {
  /** Earlier cycles with a page for this reviewee, oldest first. */
  history: TrendPoint[];
  change: number | null;
  direction: TrendDirection | null;
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
}
