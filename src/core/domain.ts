// The domain inputs every layer speaks: stages, people, review pages, goals and action items as the
// adapters read them. Adapters produce them, the core computes on them, sync writes them. What the core's
// steps compute lives beside each step (scoring/types.ts, workflow/types.ts, summary/types.ts, ...).

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

/** The goal statuses the tool writes, in the order a select shows them. */
export const GOAL_STATUSES = ['Achieved', 'On track', 'At risk', 'Off track'] as const;
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

/** The properties the tool owns on a review page, as they currently stand in Notion. */
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
  /** The peers nominated on the page, read only when `raters.nominations` is not `off`. */
  nominations?: Nominations | null;
}

/**
 * Who was asked for feedback: the page's Peers people property and the manager's Peers approved tick.
 * Participation only: who was asked, never what anyone said.
 */
export interface Nominations {
  /** In the order the page lists them; a person without a readable email is kept, matched by id only. */
  peers: Person[];
  approved: boolean;
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
