/**
 * `list` in an array of exactly its length. A plan keeps some lists once per review, or once per code of
 * every review, for the rest of the run, and an array grown by push, filter or flatMap keeps spare slots
 * (V8 grows an empty array to 17 at its first push). Across thousands of reviews those slots were
 * megabytes of a dry run's peak memory; the copy costs one short-lived array.
 */
export function keptList<T>(list: readonly T[]): T[] {
  return list.slice();
}
