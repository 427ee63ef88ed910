import type { CodeScoreEntry, GoalStatus, IsoInstant, Person, StageKey } from './domain.ts';
import type { ActionPlanEntry } from './action-plan/types.ts';
import type { SummaryModel } from './summary/types.ts';
import type { DueOwner } from './workflow/types.ts';

/** The tool-owned review properties a change may write. Absent keys are left alone. */
export interface ReviewPropertyWrite {
  stage?: StageKey;
  overallScore?: number | null;
  band?: string | null;
  peerResponses?: number;
  goalsOnTrack?: string;
  lastSynced?: IsoInstant;
  syncNotes?: string;
  summaryHash?: string;
  /** Written as the property's text by the Notion writer; an empty list clears it. */
  codeScores?: CodeScoreEntry[];
  /** Filled in by apply with the container the summary change just wrote. */
  summaryBlock?: string;
}

export interface UpdateReviewChange {
  kind: 'update-review';
  reviewPageId: string;
  properties: ReviewPropertyWrite;
  /** Why, for people reading a dry run: "stage Self-assessment → 360 feedback", "score 3.4 → 3.6". */
  reasons: string[];
}

export interface ReplaceSummaryChange {
  kind: 'replace-summary';
  reviewPageId: string;
  model: SummaryModel;
  hash: string;
  /** The container the page's Summary block property names now, to be replaced. */
  currentBlock: string | null;
  /** Todos mode: the container whose ticked to-dos carry over (read once before replacing). */
  ticksFrom?: string;
  /**
   * List the page before deleting anything, and delete only the integration's own containers found
   * there: the record is not known to be this page's, or a person-written copy is to be looked for.
   */
  listFirst?: true;
}

export interface UpdateGoalChange {
  kind: 'update-goal';
  reviewPageId: string;
  goalPageId: string;
  title: string;
  progress: number | null;
  status: GoalStatus | null;
}

export interface CreateActionItemChange {
  kind: 'create-action-item';
  reviewPageId: string;
  entry: ActionPlanEntry;
}

/** Withdraws an item that is no longer planned, or reopens a withdrawn one that is planned again. */
export interface SetActionItemStatusChange {
  kind: 'set-action-item-status';
  reviewPageId: string;
  itemPageId: string;
  title: string;
  action: 'withdraw' | 'reopen';
  status: string;
}

export interface ReminderChange {
  kind: 'reminder';
  reviewPageId: string;
  stage: StageKey;
  owedBy: DueOwner;
  /** People to mention; may be empty when the owner is unknown, then the comment names the role. */
  mention: Person[];
  text: string;
}

export type Change =
  | UpdateReviewChange
  | ReplaceSummaryChange
  | UpdateGoalChange
  | CreateActionItemChange
  | SetActionItemStatusChange
  | ReminderChange;

export type ChangeKind = Change['kind'];
