import type { GoalSummary } from '../summary/types.ts';

export interface GoalGroup {
  /** The objective's title; null for goals that serve none. */
  objective: string | null;
  goals: GoalSummary[];
}

/**
 * Goals grouped under their objective, objectives in title order (code-unit order, so no locale
 * dependence) and goals without one last; within a group the goals keep the caller's order.
 */
export function groupGoalsByObjective(goals: readonly GoalSummary[]): GoalGroup[] {
  const groups = new Map<string | null, GoalSummary[]>();
  for (const goal of goals) {
    const key = goal.objective ?? null;
    groups.set(key, [...(groups.get(key) ?? []), goal]);
  }
  const named = [...groups.keys()].filter((k): k is string => k !== null).sort();
  const order: (string | null)[] = [...named, ...(groups.has(null) ? [null] : [])];
  return order.map((objective) => ({ objective, goals: groups.get(objective) ?? [] }));
}
