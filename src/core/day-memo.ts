/**
 * A bounded cache for the calendar questions every review asks again (a due day in the team's zone,
 * the first instant of a cycle's day), keyed by zone, day and a number of days. Unlike a string-keyed
 * memo it builds no key text per question: the planner asks these for every review and goal, and the
 * key strings were a steady share of what a run allocates. When the bound is reached the cache starts
 * afresh, which costs only recomputation.
 */
export interface DayMemo<T> {
  get(zone: string, day: string | number, days: number, compute: () => T): T;
}

export function createDayMemo<T>(limit = 10_000): DayMemo<T> {
  let byZone = new Map<string, Map<string | number, Map<number, T>>>();
  let size = 0;
  return {
    get(zone, day, days, compute) {
      const byDay = byZone.get(zone);
      const byDays = byDay?.get(day);
      const hit = byDays?.get(days);
      if (hit !== undefined || byDays?.has(days)) return hit as T;
      const value = compute();
      if (size >= limit) {
        byZone = new Map();
        size = 0;
      }
      let zoneDays = byZone.get(zone);
      if (zoneDays === undefined) {
        zoneDays = new Map();
        byZone.set(zone, zoneDays);
      }
      let dayValues = zoneDays.get(day);
      if (dayValues === undefined) {
        dayValues = new Map();
        zoneDays.set(day, dayValues);
      }
      dayValues.set(days, value);
      size += 1;
      return value;
    },
  };
}
