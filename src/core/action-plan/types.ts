import type { ActionKind, IsoDate } from '../domain.ts';

// What buildActionPlan produces: one entry per planned action, written as action items and in the summary.

export interface ActionPlanEntry {
  /** Stable across runs: the same review, cycle and catalog entry always give the same key. */
  key: string;
  kind: ActionKind | 'goal';
  code: string;
  title: string;
  detail: string;
  due: IsoDate;
}
