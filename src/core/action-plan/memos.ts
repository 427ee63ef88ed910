import type { Config } from '../config-schema.ts';
import { createDayMemo, type DayMemo } from '../day-memo.ts';
import type { IsoDate } from '../domain.ts';
import type { Recipes } from './recipes.ts';

/** What the action plan keeps for a run (part of the planner's RunContext). */
export interface ActionPlanMemos {
  /** Action-plan due days after a start, by zone, start and days. */
  dueDates: DayMemo<IsoDate>;
  recipes: WeakMap<Config['actionPlan'], WeakMap<Config['framework'], Recipes>>;
}

export function createActionPlanMemos(): ActionPlanMemos {
  return { dueDates: createDayMemo(), recipes: new WeakMap() };
}
