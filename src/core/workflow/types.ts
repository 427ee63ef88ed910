import type { IsoDate, StageKey } from '../domain.ts';

// What advanceReview decides for one page, and the facts from the responses it decides on.

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
