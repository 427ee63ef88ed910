/**
 * A bounded cache for pure functions keyed by a string. The planner asks the same zone questions
 * (a cycle's first instant, a due date 30 days after a fixed day) for every review, and each answer
 * costs a time-zone offset lookup; caching them keeps `plan()` linear in the team with a small constant.
 * The bound keeps a long-lived process from growing without limit; when it is reached the cache starts
 * afresh, which costs only recomputation.
 */
export interface Memo<T> {
  get(key: string, compute: () => T): T;
}

export function createMemo<T>(limit = 10_000): Memo<T> {
  const values = new Map<string, T>();
  return {
    get(key, compute) {
      const hit = values.get(key);
      if (hit !== undefined || values.has(key)) return hit as T;
      const value = compute();
      if (values.size >= limit) values.clear();
      values.set(key, value);
      return value;
    },
  };
}
